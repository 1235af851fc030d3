package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.Lexicon.Entry;
import org.parley.events.Lexicon.WordClass;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;

/**
 * Predicate typing: which tokens head an event and with which base code. A verb is typed by its own entry or by the
 * event noun a light or intent verb takes ("hold talks", "promised aid"); a report verb only when its clause alleges
 * another party's use of force; a free event noun only as the main clause's subject. Typing is lazy and cached per
 * token, and its order matters: a verb that codes its object noun consumes it, so that the noun is not coded again,
 * and an allegation marks its report verb for the rules that read the clauses under it.
 */
final class FrameFinder {
  /** Prepositions of a phrase that sets the scene of an act rather than saying what the act is about. */
  private static final Set<String> CIRCUMSTANCE_CASES = Set.of("despite", "amid", "after", "following");
  /** Prepositions of what a party is concerned about ("concerned about", "alarmed by"). */
  private static final Set<String> CONCERN_CASES = Set.of("about", "over", "by", "at");
  /** CAMEO 112: accuse, not otherwise specified. */
  private static final String ALLEGATION_CODE = "112";

  private final SentenceGraph graph;
  private final Lexicon lexicon;
  private final EntryMatcher matcher;
  private final RoleFinder roles;
  /** Per token: the chosen event entry and how it was found (computed once). */
  private final @Nullable Frame[] frames;
  private final boolean[] framed;
  /** Noun tokens whose event a governing verb already codes. */
  private final boolean[] consumed;
  /** Report verbs that code an allegation: the alleged act under them is not coded as done. */
  private final boolean[] alleging;

  /** The lexicon matcher the frames are typed with. */
  EntryMatcher matcher() {
    return matcher;
  }

  FrameFinder(SentenceGraph graph, Lexicon lexicon, EntryMatcher matcher, RoleFinder roles) {
    this.graph = graph;
    this.lexicon = lexicon;
    this.matcher = matcher;
    this.roles = roles;
    int n = graph.size();
    frames = new Frame[n];
    framed = new boolean[n];
    consumed = new boolean[n];
    alleging = new boolean[n];
  }

  @Nullable Frame frame(int i) {
    if (framed[i]) {
      return frames[i];
    }
    framed[i] = true;
    Token t = graph.token(i);
    String lemma = graph.lemma(i);
    Frame f = null;
    if (t.isVerb() || (t.pos().startsWith("JJ") && graph.hasKid(i, "xcomp"))) {
      f = verbFrame(i, lemma);
    } else if (t.isNoun() && !consumed[i]) {
      f = nounFrame(i, lemma);
    } else if (t.pos().startsWith("JJ") && concernVoiced(i)) {
      f = new Frame(i, "012", "ACCUSE", i, null, false, "adjective:" + graph.lower(i));
    }
    frames[i] = f;
    return f;
  }

  /** Whether a promised infinitive is about something: an object, a clause, or a small clause ("keep it open"). */
  private boolean promisesSomething(int v) {
    for (Dependency d : graph.kids(v)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("ccomp") || r.equals("obl")
          || (r.equals("xcomp") && graph.hasKid(d.dependent(), "nsubj"))) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Frame verbFrame(int i, String lemma) {
    if (wantsAThing(i, lemma)) {
      return new Frame(i, "100", "REQUEST", i, null, false, "verb:want/demand");
    }
    Entry verb = matcher.best(WordClass.EVENT_VERB, i, lemma);
    if (verb != null && !verb.objects().isEmpty() && lexicon.has(WordClass.INTENT_VERB, lemma)) {
      // "seeking to reach an agreement with": the pattern names the whole act (a negotiation), not the intent, so
      // the infinitive is no act of its own
      markConsumedObjects(i);
      for (Dependency d : graph.kids(i)) {
        if (d.relation().equals("xcomp") && !framed[d.dependent()]) {
          framed[d.dependent()] = true;
          markConsumedObjects(d.dependent());
        }
      }
      return new Frame(i, verb.code(), verb.ploverType(), i, null, false, "verb-pattern:" + lemma);
    }
    // An intent verb with an infinitive: the embedded act is the event, coded by its own frame.
    if (lexicon.has(WordClass.INTENT_VERB, lemma)) {
      for (Dependency d : graph.kids(i)) {
        if (d.relation().equals("xcomp") && graph.token(d.dependent()).isVerb()) {
          Entry embedded = eventEntry(d.dependent());
          if (embedded != null && lemma.equals("threaten") && embedded.code().startsWith("11")) {
            // "threatened to deliver devastating blows": a threat of harm, not a criticism to come
            framed[d.dependent()] = true;
            break;
          }
          if (embedded != null) {
            return null;
          }
          // "vowed to keep trying", "promised to do better": a promise of no act, about nothing, is no agreement
          // ("pledged to keep the pension scheme in place" still promises something)
          if (EventWords.EMPTY_PROMISES.contains(lemma) && !promisesSomething(d.dependent())) {
            return null;
          }
        }
      }
    }
    if (lexicon.has(WordClass.REPORT_VERB, lemma) && (graph.hasKid(i, "ccomp") || graph.hasKid(i, "parataxis"))
        && !hasSpecificVerbEntry(i, lemma)) {
      Integer attack = allegedAttack(i, lemma);
      if (attack != null) {
        alleging[i] = true;
        return new Frame(i, ALLEGATION_CODE, "ACCUSE", i, attack, false, "allegation:" + lemma);
      }
      return null; // "X said (that) Y attacked Z": the reported clause is coded, not the report
    }
    if (verb != null && !verb.objects().isEmpty()) {
      markConsumedObjects(i);
      return new Frame(i, verb.code(), verb.ploverType(), i, null, false, "verb-pattern:" + lemma);
    }
    if (lexicon.has(WordClass.LIGHT_VERB, lemma) || lexicon.has(WordClass.INTENT_VERB, lemma)) {
      Integer noun = eventNounUnder(i);
      Entry ne = noun == null ? null : matcher.best(WordClass.EVENT_NOUN, noun, graph.lemma(noun));
      // "had talks" is a meeting and "have concerns" voices them, but "has strong support" and "has a deal" are
      // states, not acts
      if (noun != null && lemma.equals("have")
          && (ne == null || !(ne.code().startsWith("04") || ne.code().equals("012")))) {
        noun = null;
      }
      if (noun != null) {
        consumed[noun] = true;
        boolean intent = lexicon.has(WordClass.INTENT_VERB, lemma) && !lexicon.has(WordClass.LIGHT_VERB, lemma);
        intent |= List.of("offer", "promise", "pledge").contains(lemma);
        return new Frame(i, Objects2.code(ne), ne == null ? null : ne.ploverType(), i, noun, intent,
            "light-verb:" + lemma + "+" + graph.lemma(noun));
      }
    }
    if (verb != null) {
      markConsumedObjects(i);
      return new Frame(i, verb.code(), verb.ploverType(), i, null, false, "verb:" + lemma);
    }
    return null;
  }

  /**
   * "The opposition wants a sunset clause inserted", "they want the publication of the advice": a party wanting a
   * thing (not wanting to do something) demands it of whoever can give it.
   */
  private boolean wantsAThing(int i, String lemma) {
    if (!lemma.equals("want") || !graph.token(i).isVerb()) {
      return false;
    }
    boolean thing = false;
    for (Dependency d : graph.kids(i)) {
      if (d.relation().equals("obj") && graph.token(d.dependent()).isNoun()
          && !graph.token(d.dependent()).pos().startsWith("PRP")) {
        thing = true;
      }
      if (d.relation().equals("xcomp") && !graph.token(d.dependent()).pos().equals("VBN")) {
        return false; // "wants to sign", "want him to go": an intent or a request coded by its own frame
      }
    }
    return thing;
  }

  /**
   * "The US said that Iraq had attacked its neighbour": a party that opens its statement with another party's use of
   * force makes an allegation (CAMEO 112), the event-data convention for such claims; returns the token of the
   * alleged act, or null when the speaker reports its own act, the report trails the clause ("…, officials said"),
   * the speaker is a news medium or the clause holds no material conflict.
   */
  private @Nullable Integer allegedAttack(int v, String lemma) {
    if (!EventWords.ALLEGING_VERBS.contains(lemma)) {
      return null;
    }
    List<Mention> speaker = roles.verbSources(v, 0);
    if (speaker.isEmpty() || speaker.get(0).actor() == null || "MED".equals(speaker.get(0).actor().sector())) {
      return null;
    }
    for (Dependency d : graph.kids(v)) {
      if (!d.relation().equals("ccomp") || d.dependent() < v) {
        continue;
      }
      List<Integer> clauses = new ArrayList<>();
      clauses.add(d.dependent());
      for (Dependency c : graph.kids(d.dependent())) {
        if (c.relation().equals("conj")) {
          clauses.add(c.dependent());
        }
      }
      for (int c : clauses) {
        Frame f = frame(c);
        if (f == null || !Set.of("18", "19", "20").contains(f.code().substring(0, 2)) || graph.isNegated(c)
            || graph.modalOf(c) != null) {
          continue;
        }
        List<Mention> agents = roles.sources(f, 0);
        if (agents.isEmpty() || sameCountry(agents.get(0), speaker.get(0))) {
          continue;
        }
        return c;
      }
    }
    return null;
  }

  private static boolean sameCountry(Mention a, Mention b) {
    Actor x = a.actor();
    Actor y = b.actor();
    if (x == null || y == null) {
      return false;
    }
    String cx = x.code().length() >= 3 ? x.code().substring(0, 3) : x.code();
    String cy = y.code().length() >= 3 ? y.code().substring(0, 3) : y.code();
    return cx.equals(cy);
  }

  private boolean hasSpecificVerbEntry(int i, String lemma) {
    Entry e = matcher.best(WordClass.EVENT_VERB, i, lemma);
    return e != null && !e.objects().isEmpty();
  }

  private @Nullable Entry eventEntry(int i) {
    String lemma = graph.lemma(i);
    Entry e = matcher.best(WordClass.EVENT_VERB, i, lemma);
    if (e != null) {
      return e;
    }
    if (lexicon.has(WordClass.LIGHT_VERB, lemma) && eventNounUnder(i) != null) {
      return matcher.best(WordClass.EVENT_NOUN, eventNounUnder(i), graph.lemma(eventNounUnder(i)));
    }
    return null;
  }

  private void markConsumedObjects(int i) {
    for (Dependency d : graph.kids(i)) {
      String r = d.relation();
      if (r.equals("obl") && CIRCUMSTANCE_CASES.contains(String.valueOf(graph.caseOf(d.dependent())))) {
        continue; // "defended the plans despite opposition from the US": the circumstance is an act of its own
      }
      if (r.equals("obj") || r.equals("obl") || r.equals("nsubj:pass") || r.equals("iobj")) {
        consumed[d.dependent()] = true;
        for (Dependency dd : graph.kids(d.dependent())) {
          if (dd.baseRelation().equals("nmod") && "of".equals(graph.caseOf(dd.dependent()))) {
            consumed[dd.dependent()] = true;
          }
        }
      }
    }
  }

  /**
   * The event noun a light verb takes: its object ("hold talks"), or the "of" noun of its object ("a list of
   * demands").
   */
  private @Nullable Integer eventNounUnder(int verb) {
    for (Dependency d : graph.kids(verb)) {
      String r = d.relation();
      if (!(r.equals("obj") || r.equals("nsubj:pass")
          || (r.equals("obl") && !"by".equals(graph.caseOf(d.dependent()))))) {
        continue;
      }
      int o = d.dependent();
      if (graph.token(o).isNoun() && matcher.best(WordClass.EVENT_NOUN, o, graph.lemma(o)) != null) {
        return o;
      }
      if (EventWords.WISH_NOUNS.contains(graph.lemma(o))) {
        continue; // "put emphasis on the possibility of deportation": a possibility, not a deportation
      }
      for (Dependency dd : graph.kids(o)) {
        int c = dd.dependent();
        boolean ofNoun = dd.baseRelation().equals("nmod") && "of".equals(graph.caseOf(c));
        // "a list of demands", "a mediation effort", "a hunger strike"
        if ((ofNoun || dd.relation().equals("compound")) && graph.token(c).isNoun()
            && matcher.best(WordClass.EVENT_NOUN, c, graph.lemma(c)) != null) {
          return c;
        }
      }
    }
    return null;
  }

  private @Nullable Frame nounFrame(int i, String lemma) {
    Entry e = matcher.best(WordClass.EVENT_NOUN, i, lemma);
    if (e == null) {
      return null;
    }
    // Under an event verb the verb codes the whole ("condemned the attack"); a free noun needs its own actor.
    Dependency h = graph.head(i);
    if (EventWords.AGENT_FROM_NOUNS.contains(lemma) && !roles.agentFrom(i).isEmpty()) {
      return new Frame(i, e.code(), e.ploverType(), -1, i, false, "noun-agent:" + lemma);
    }
    if (possessedByActor(i)) {
      return new Frame(i, e.code(), e.ploverType(), -1, i, false, "noun-possessor:" + lemma);
    }
    Integer host = meetingHost(i, lemma);
    if (host != null) {
      return new Frame(i, e.code(), e.ploverType(), host, i, false, "noun-with:" + lemma);
    }
    if (h != null && h.governor() >= 0) {
      // A free event noun is coded only as the main clause's subject ("Israeli shelling killed …"); elsewhere it is
      // usually the topic of another predicate ("expressed appreciation for China's assistance").
      Dependency gh = graph.head(h.governor());
      boolean mainSubject = h.relation().startsWith("nsubj") && gh != null && gh.governor() < 0;
      if (!mainSubject || EventWords.EVIDENTIAL_VERBS.contains(graph.lemma(h.governor()))) {
        return null;
      }
    }
    return new Frame(i, e.code(), e.ploverType(), -1, i, false, "noun-subject:" + lemma);
  }

  /**
   * "his office is concerned about our ability to …", "Japan is alarmed by the tests": a party saying it is concerned
   * about something voices concern, with a subject of its own and what concerns it named.
   */
  private boolean concernVoiced(int i) {
    if (!EventWords.CONCERN_ADJECTIVES.contains(graph.lower(i)) || !graph.hasKid(i, "nsubj")) {
      return false;
    }
    if (!(graph.hasKid(i, "cop") || graph.hasKid(i, "aux"))) {
      return false; // "a concerned citizen"
    }
    if (graph.hasKid(i, "ccomp")) {
      return true;
    }
    for (Dependency d : graph.kids(i)) {
      String c = graph.caseOf(d.dependent());
      if (d.baseRelation().equals("obl") && c != null && CONCERN_CASES.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "following David Blunkett's resignation", "the government's refusal to order an inquiry": an event noun whose
   * possessor is an actor names who did it, wherever it stands.
   */
  private boolean possessedByActor(int noun) {
    for (Dependency d : graph.kids(noun)) {
      if (d.relation().equals("nmod:poss") && graph.mentionAt(d.dependent()) != null
          && !graph.token(d.dependent()).pos().startsWith("PRP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb whose subject holds a meeting named by a noun with a "with" party ("Straw, speaking at a news conference
   * with Li, …", "after talks with Chile, Peru said"), or null: the noun is a phrase of place or time of that verb.
   */
  private @Nullable Integer meetingHost(int noun, String lemma) {
    if (!EventWords.MEETING_NOUNS.contains(lemma)) {
      return null;
    }
    Dependency h = graph.head(noun);
    if (h == null || h.governor() < 0 || !h.baseRelation().equals("obl") || !graph.token(h.governor()).isVerb()) {
      return null;
    }
    for (Dependency d : graph.kids(noun)) {
      if (d.baseRelation().equals("nmod") && "with".equals(graph.caseOf(d.dependent()))
          && graph.mentionAt(d.dependent()) != null) {
        return h.governor();
      }
    }
    return null;
  }

  /**
   * The frame already chosen for token i, or null when it has none or has not been typed yet. Unlike
   * {@link #frame(int)} it never types the token, as typing consumes the nouns a verb codes.
   */
  @Nullable Frame cached(int i) {
    return frames[i];
  }

  /** Whether report verb i codes an allegation, so that the alleged act under it is not coded as done. */
  boolean alleging(int i) {
    return alleging[i];
  }

  /** Small helpers kept apart so the frame code reads plainly. */
  private static final class Objects2 {
    private Objects2() {}

    static String code(@Nullable Entry e) {
      if (e == null) {
        throw new IllegalStateException("event noun without entry");
      }
      return e.code();
    }
  }
}
