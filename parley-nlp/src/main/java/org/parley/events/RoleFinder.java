package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.Lexicon.WordClass;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;

/**
 * Sources and targets: which actor mentions play the roles of a predicate. The source is its subject, else a passive
 * agent, the issuer of a document, the object of a controlling verb or the subject of the clause that governs it; the
 * target is an object or a phrase with a targeting preposition, else, for accusations and demands, the subject of the
 * complement clause. Roles without a country ("security forces", "workers") take the one their phrase or their
 * event's source gives.
 */
final class RoleFinder {
  private static final Set<String> TARGET_CASES = Set.of("to", "with", "against", "on", "at", "into", "toward",
      "towards", "upon", "over", "for", "from", "onto", "of", "in", "between");

  private final SentenceGraph graph;
  private final EntryMatcher matcher;

  RoleFinder(SentenceGraph graph, EntryMatcher matcher) {
    this.graph = graph;
    this.matcher = matcher;
  }

  List<Mention> sources(Frame f, int depth) {
    return sourcesOf(f.subjectHost() >= 0 ? f.subjectHost() : -1, f.noun(), depth);
  }

  private List<Mention> sourcesOf(int verb, @Nullable Integer noun, int depth) {
    if (verb < 0 && noun != null) {
      return nounSources(noun);
    }
    return verbSources(verb, depth);
  }

  List<Mention> verbSources(int v, int depth) {
    if (depth > SentenceGraph.MAX_DEPTH) {
      return List.of();
    }
    boolean passive = false;
    for (Dependency d : graph.kids(v)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        passive = true;
      }
    }
    for (Dependency d : graph.kids(v)) {
      if (d.relation().equals("nsubj") || d.relation().equals("csubj")) {
        int subj = d.dependent();
        List<Mention> a = actorsOf(subj, 0);
        if (!a.isEmpty()) {
          return a;
        }
        a = documentIssuer(subj);
        if (!a.isEmpty()) {
          return a;
        }
        Token st = graph.token(subj);
        if (st.pos().startsWith("WP") || st.pos().equals("WDT") || graph.lower(subj).equals("that")) {
          Dependency h = graph.head(v);
          if (h != null && h.governor() >= 0 && h.relation().startsWith("acl")) {
            return actorsOf(h.governor(), 0);
          }
        }
        if (st.pos().startsWith("PRP")) {
          return governorSources(v, depth);
        }
        return List.of();
      }
    }
    if (passive) {
      int agent = graph.passiveAgent(v);
      if (agent >= 0) {
        return actorsOf(agent, 0);
      }
      List<Mention> holder = EventWords.RELEASING_VERBS.contains(graph.lemma(v)) ? holderOf(v) : List.of();
      if (!holder.isEmpty()) {
        return holder;
      }
      // "the motion was defeated in the Senate": a legislature is where its votes are cast
      for (Dependency d : graph.kids(v)) {
        if (d.baseRelation().equals("obl") && "in".equals(graph.caseOf(d.dependent()))) {
          List<Mention> a = actorsOf(d.dependent(), 0);
          if (!a.isEmpty() && a.get(0).actor() != null && "LEG".equals(a.get(0).actor().sector())) {
            return a;
          }
        }
      }
      // "were killed in Israeli shelling": the agent is the source of the event noun
      for (Dependency d : graph.kids(v)) {
        int o = d.dependent();
        if (d.baseRelation().equals("obl") && graph.token(o).isNoun()
            && ("in".equals(graph.caseOf(o)) || "during".equals(graph.caseOf(o)))
            && matcher.best(WordClass.EVENT_NOUN, o, graph.lemma(o)) != null) {
          List<Mention> a = nounSources(o);
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
      return List.of();
    }
    Dependency h = graph.head(v);
    if (h == null || h.governor() < 0) {
      return List.of();
    }
    int g = h.governor();
    switch (h.relation()) {
      case "xcomp": {
        for (Dependency d : graph.kids(g)) {
          if (d.relation().equals("nsubj:pass")) {
            return actorsOf(d.dependent(), 0); // "Obama is scheduled to attend", "X is expected to sign"
          }
        }
        if (EventWords.OBJECT_CONTROL_VERBS.contains(graph.lemma(g))) {
          for (Dependency d : graph.kids(g)) {
            if (d.relation().equals("obj") || d.relation().equals("iobj")) {
              return actorsOf(d.dependent(), 0);
            }
          }
        }
        return verbSources(g, depth + 1);
      }
      case "advcl", "conj", "ccomp", "xcomp:pass":
        return graph.token(g).isVerb() || graph.hasKid(g, "nsubj") ? verbSources(g, depth + 1) : List.of();
      case "acl": {
        if (graph.token(v).pos().equals("VBN")) {
          return List.of(); // "a member jailed last year": the noun is the patient, not the agent
        }
        List<Mention> a = actorsOf(g, 0);
        if (!a.isEmpty()) {
          return a;
        }
        Dependency gh = graph.head(g);
        return gh != null && gh.governor() >= 0 && graph.token(gh.governor()).isVerb()
            ? verbSources(gh.governor(), depth + 1) : List.of();
      }
      default:
        return List.of();
    }
  }

  /**
   * "A report released in the Rwandan capital alleged …", "a statement issued by the Foreign Ministry said …": a
   * document speaks for whoever issued it, named by the agent or place of its participle.
   */
  private List<Mention> documentIssuer(int noun) {
    if (!EventWords.DOCUMENTS.contains(graph.lemma(noun))) {
      return List.of();
    }
    for (Dependency d : graph.kids(noun)) {
      if (!d.relation().equals("acl") || !graph.token(d.dependent()).pos().equals("VBN")) {
        continue;
      }
      for (String want : List.of("by", "from", "in")) {
        for (Dependency o : graph.kids(d.dependent())) {
          if (o.baseRelation().equals("obl") && want.equals(graph.caseOf(o.dependent()))) {
            List<Mention> a = actorsOf(o.dependent(), 0);
            if (!a.isEmpty()) {
              return a;
            }
          }
        }
      }
    }
    return List.of();
  }

  /** "Obama said he would …": a pronoun subject of a complement refers to the governing clause's subject. */
  private List<Mention> governorSources(int v, int depth) {
    int cur = v;
    for (int k = 0; k < 3; k++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0) {
        return List.of();
      }
      cur = h.governor();
      if (graph.token(cur).isVerb() || graph.hasKid(cur, "nsubj")) {
        List<Mention> a = subjectActors(cur, false);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  /** The actors of the first subject of a clause that has any; {@code passive} admits passive subjects too. */
  private List<Mention> subjectActors(int clause, boolean passive) {
    for (Dependency d : graph.kids(clause)) {
      if (passive ? d.relation().startsWith("nsubj") : d.relation().equals("nsubj")) {
        List<Mention> a = actorsOf(d.dependent(), 0);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  /**
   * "All four Britons held by the US will be returned": the people a passive release or return is about were held by
   * someone, and the holder lets them go. Read from the passive subject's "held/detained by" participle.
   */
  private List<Mention> holderOf(int v) {
    for (Dependency d : graph.kids(v)) {
      if (!d.relation().equals("nsubj:pass") && !d.relation().equals("csubj:pass")) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>();
      candidates.add(d.dependent());
      for (Dependency c : graph.kids(d.dependent())) {
        if (c.relation().startsWith("acl")) {
          candidates.add(c.dependent());
        }
      }
      for (int c : candidates) {
        if (!graph.token(c).pos().equals("VBN") || !EventWords.HOLDING_VERBS.contains(graph.lemma(c))) {
          continue;
        }
        int agent = graph.passiveAgent(c);
        List<Mention> m = agent < 0 ? List.of() : actorsOf(agent, 0);
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    return List.of();
  }

  /** The actors an agent-naming event noun's "from" or "by" phrase names ("criticism from the media"). */
  List<Mention> agentFrom(int noun) {
    for (Dependency d : graph.kids(noun)) {
      String c = d.baseRelation().equals("nmod") ? graph.caseOf(d.dependent()) : null;
      if ("from".equals(c) || "by".equals(c)) {
        List<Mention> a = actorsOf(d.dependent(), 1);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  private List<Mention> nounSources(int noun) {
    if (EventWords.AGENT_FROM_NOUNS.contains(graph.lemma(noun))) {
      List<Mention> a = agentFrom(noun);
      if (!a.isEmpty()) {
        return a;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Dependency d : graph.kids(noun)) {
      String r = d.relation();
      if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
          || (r.equals("nmod") && "by".equals(graph.caseOf(d.dependent())))) {
        out.addAll(actorsOf(d.dependent(), 1));
      }
    }
    return dedupe(out);
  }

  List<Mention> targets(Frame f) {
    List<Mention> direct = directTargets(f);
    if (!direct.isEmpty() || f.subjectHost() < 0) {
      return direct;
    }
    // "promised to continue military aid to Mozambique", "threatened to cut off electricity to Nakhichevan"
    for (Dependency d : graph.kids(f.subjectHost())) {
      if (d.relation().equals("xcomp") && graph.token(d.dependent()).isVerb()) {
        List<Mention> a = verbTargets(d.dependent(), null);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    // "threatened to stop the talks if the United States …": a threat is aimed at whoever the condition names
    if (graph.lemma(f.subjectHost()).equals("threaten") || graph.lemma(f.subjectHost()).equals("warn")) {
      List<Integer> clauses = new ArrayList<>();
      clauses.add(f.subjectHost());
      for (Dependency d : graph.kids(f.subjectHost())) {
        if (d.relation().equals("xcomp")) {
          clauses.add(d.dependent());
        }
      }
      for (int c : clauses) {
        for (Dependency d : graph.kids(c)) {
          if (!d.relation().equals("advcl")) {
            continue;
          }
          boolean condition = false;
          for (Dependency m : graph.kids(d.dependent())) {
            condition |= m.relation().equals("mark") && Set.of("if", "unless").contains(graph.lemma(m.dependent()));
          }
          List<Mention> a = condition ? subjectActors(d.dependent(), true) : List.of();
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return List.of();
  }

  private List<Mention> directTargets(Frame f) {
    if (f.noun() != null) {
      List<Mention> own = nounTargets(f.noun());
      if (own.isEmpty() && f.subjectHost() < 0) {
        // "Blair's refusal to accept the Tories' proposals": the noun's own infinitive names the target
        for (Dependency d : graph.kids(f.noun())) {
          if ((d.relation().equals("acl") || d.relation().equals("xcomp")) && graph.token(d.dependent()).isVerb()) {
            own = verbTargets(d.dependent(), null);
            if (!own.isEmpty()) {
              break;
            }
          }
        }
      }
      if (own.isEmpty() && f.subjectHost() < 0) {
        own = receiverOf(f.noun());
      }
      if (!own.isEmpty() || f.subjectHost() < 0) {
        return own;
      }
      return verbTargets(f.subjectHost(), f.noun());
    }
    return verbTargets(f.trigger(), null);
  }

  /**
   * "Clinton has locked up support from party insiders", "the minister faced criticism from the media": an act named
   * with its agent after "from" is aimed at the subject of the clause that has it.
   */
  private List<Mention> receiverOf(int noun) {
    Dependency h = graph.head(noun);
    if (h == null || h.governor() < 0 || !h.relation().equals("obj") || !EventWords.AGENT_FROM_NOUNS.contains(
        graph.lemma(noun)) || agentFrom(noun).isEmpty()) {
      return List.of();
    }
    return subjectActors(h.governor(), false);
  }

  private List<Mention> nounTargets(int noun) {
    boolean fromIsAgent = EventWords.AGENT_FROM_NOUNS.contains(graph.lemma(noun));
    for (Dependency d : graph.kids(noun)) {
      if (d.baseRelation().equals("nmod") && !d.relation().equals("nmod:poss")) {
        String c = graph.caseOf(d.dependent());
        if (c != null && TARGET_CASES.contains(c) && !c.equals("by") && !(fromIsAgent && c.equals("from"))) {
          List<Mention> a = actorsOf(d.dependent(), 1);
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return List.of();
  }

  List<Mention> verbTargets(int v, @Nullable Integer skip) {
    List<Integer> order = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    for (String want : List.of("nsubj:pass", "iobj", "obj")) {
      for (Dependency d : graph.kids(v)) {
        if (d.relation().equals(want)) {
          order.add(d.dependent());
        }
      }
    }
    for (Dependency d : graph.kids(v)) {
      if (d.baseRelation().equals("obl") && !d.relation().equals("obl:agent") && !d.relation().equals("obl:tmod")) {
        String c = graph.caseOf(d.dependent());
        if (c == null || c.equals("by")) {
          continue;
        }
        if (c.equals("in") || c.equals("from") || c.equals("for") || c.equals("of")) {
          late.add(d.dependent());
        } else if (TARGET_CASES.contains(c)) {
          order.add(d.dependent());
        }
      }
    }
    order.addAll(late);
    for (int o : order) {
      if (skip != null && o == skip) {
        List<Mention> a = nounTargets(o);
        if (!a.isEmpty()) {
          return a;
        }
        continue;
      }
      List<Mention> a = actorsOf(o, 0);
      if (a.isEmpty()) {
        a = nounTargets(o);
      }
      if (!a.isEmpty()) {
        return a;
      }
    }
    // "attacked the decision by Britain's highest court", "welcomed the move by India and Pakistan": the author of
    // the thing acted upon is who the act is aimed at
    for (int o : order) {
      for (Dependency d : graph.kids(o)) {
        if (d.baseRelation().equals("nmod") && "by".equals(graph.caseOf(d.dependent()))) {
          List<Mention> a = actorsOf(d.dependent(), 1);
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Accused (or addressed) whom: the object ("accused Belgrade of …"), else the subject of the complement ("alleged
   * that France …", "demanded that Hamas renounce …").
   */
  List<Mention> accusationTargets(Frame f, boolean accusation) {
    List<Mention> direct = targets(f);
    if (!direct.isEmpty()) {
      return direct;
    }
    int v = f.trigger();
    for (Dependency d : graph.kids(v)) {
      // a demand or refusal names its addressee only as the subject of its complement clause
      if (d.relation().equals("ccomp") || accusation && d.relation().equals("advcl")) {
        List<Mention> subject = subjectActors(d.dependent(), true);
        if (!subject.isEmpty()) {
          return subject;
        }
        List<Mention> a = accusation ? verbTargets(d.dependent(), null) : List.of();
        if (!a.isEmpty() && d.relation().equals("ccomp")) {
          return a;
        }
      }
    }
    return List.of();
  }

  /**
   * The actors a noun phrase refers to: the mention covering its head, else a mention in its modifiers ("Iraq's
   * security adviser", "Opponents of Rwanda's Senate"), plus those of coordinated phrases ("Brazil and the US").
   */
  List<Mention> actorsOf(int t, int depth) {
    List<Mention> out = new ArrayList<>();
    collect(t, depth, out);
    for (Dependency d : graph.kids(t)) {
      if (d.relation().equals("conj")) {
        collect(d.dependent(), depth, out);
      }
    }
    return dedupe(out);
  }

  private void collect(int t, int depth, List<Mention> out) {
    if (graph.mentionAt(t) != null) {
      out.add(located(t, graph.mentionAt(t)));
      for (Dependency d : graph.kids(t)) {
        String r = d.relation();
        Mention other = graph.mentionAt(d.dependent());
        // "US and British activists": a coordinated modifier outside the head's own mention is a second actor
        if (other != null && other != graph.mentionAt(t)
            && (r.equals("conj") || r.equals("compound") || r.equals("amod"))
            && other.actor() != null && other.actor().country() != null) {
          out.add(other);
        }
      }
      return;
    }
    if (depth > 3) {
      return;
    }
    for (String rel : List.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod")) {
      for (Dependency d : graph.kids(t)) {
        if (!d.relation().equals(rel)) {
          continue;
        }
        if (rel.equals("nmod")) {
          String c = graph.caseOf(d.dependent());
          if (c == null || !(c.equals("of") || c.equals("from"))) {
            continue;
          }
        }
        collect(d.dependent(), depth + 1, out);
        if (!out.isEmpty() && (rel.equals("nmod:poss") || rel.equals("appos") || rel.equals("nmod"))) {
          return;
        }
      }
      if (!out.isEmpty()) {
        return; // all compound/amod modifiers of one level: "US and British activists"
      }
    }
  }

  /**
   * A role mention without a country ("security forces", "demonstrators") placed by its phrase ("in Guinea", "of
   * Iraq"): the role takes that country, as a reader would.
   */
  private Mention located(int t, Mention m) {
    Actor a = m.actor();
    if (a == null || !unplaced(a)) {
      return m;
    }
    for (Dependency d : graph.kids(t)) {
      String c = graph.caseOf(d.dependent());
      if (d.baseRelation().equals("nmod") && c != null && Set.of("in", "of", "from").contains(c)) {
        for (Mention place : actorsOf(d.dependent(), 1)) {
          Actor pa = place.actor();
          if (pa != null && !unplaced(pa) && pa.country() != null) {
            String code = pa.country() + a.code().substring(3);
            return new Mention(m.span(), m.text(), new Actor(code, m.text(), a.kind(), pa.country(), a.sector()));
          }
        }
      }
    }
    return m;
  }

  /**
   * A target whose country the text leaves open ("workers", "the president") in an event by a national actor is
   * domestic: it takes the source's country (the event-data convention for unnamed domestic targets).
   */
  static Mention domestic(Mention target, Mention source) {
    Actor t = target.actor();
    Actor s = source.actor();
    if (t == null || s == null || !unplaced(t) || unplaced(s) || s.country() == null) {
      return target;
    }
    String code = s.country() + t.code().substring(3);
    return new Mention(target.span(), target.text(), new Actor(code, t.name(), t.kind(), s.country(), t.sector()));
  }

  /** A national-style actor whose country is unknown ("---REB", "UNKGOV"). */
  static boolean unplaced(Actor a) {
    String c = a.country();
    boolean noCountry = c == null || c.isBlank() || c.equals("UNK") || c.equals("---");
    return noCountry && (a.code().startsWith("---") || a.code().startsWith("UNK"));
  }

  private static List<Mention> dedupe(List<Mention> in) {
    return new ArrayList<>(new LinkedHashSet<>(in));
  }
}
