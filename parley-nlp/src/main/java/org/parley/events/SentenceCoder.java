package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.Lexicon.Entry;
import org.parley.events.Lexicon.WordClass;
import org.parley.model.Actor;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/** Codes the events of one sentence; one instance per sentence, not shared between threads. */
final class SentenceCoder {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
  private static final Set<String> MODALS = Set.of("will", "would", "shall", "'ll", "wo", "could", "can", "may", "might",
      "should", "must", "ca");
  /** Verbs whose object is the subject of their infinitive ("asked Obama to help"). */
  private static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "order", "tell", "force", "invite", "allow",
      "persuade", "call", "press", "encourage", "help", "want", "expect", "require", "compel", "instruct", "authorize");
  /** Relations along which an event is embedded in its governor (and so inherits its blockers). */
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "acl", "obl", "obj", "nmod", "csubj",
      "iobj", "acl:relcl", "nsubj:pass", "dep");
  private static final Set<String> TARGET_CASES = Set.of("to", "with", "against", "on", "at", "into", "toward",
      "towards", "upon", "over", "for", "from", "onto", "of", "in", "between");
  private static final int MAX_DEPTH = 6;
  /** Report verbs whose speaker-first complement can carry an allegation of force. */
  private static final Set<String> ALLEGING = Set.of("say", "tell", "state", "insist", "declare", "add", "report",
      "write");
  /** CAMEO roots of material acts and protests, whose purpose clauses are not further events. */
  private static final Set<String> ACTS = Set.of("07", "08", "14", "15", "16", "17", "18", "19", "20");
  /** Documents that speak for their issuer. */
  private static final Set<String> DOCUMENTS = Set.of("report", "statement", "communique", "communiqué",
      "declaration", "letter", "resolution", "document", "study", "memorandum", "dossier");
  /** CAMEO 112: accuse, not otherwise specified. */
  private static final String ALLEGATION_CODE = "112";

  private final ParsedSentence s;
  private final List<Token> toks;
  private final Lexicon lexicon;
  private final Ontology ontology;
  private final List<DateResolver.TimeExpression> times;
  private final LocalDate articleDate;
  private final List<List<Dependency>> kids;
  private final @Nullable Dependency[] head;
  private final @Nullable Mention[] mentionAt;
  /** Per token: the chosen event entry and how it was found (computed once). */
  private final @Nullable Frame[] frames;
  private final boolean[] framed;
  /** Noun tokens whose event a governing verb already codes. */
  private final boolean[] consumed;
  /** Clauses a speaker says someone "must" carry out: requested, not done. */
  private final boolean[] demanded;
  /** Report verbs that code an allegation: the alleged act under them is not coded as done. */
  private final boolean[] alleging;

  /** A predicate with its base code. */
  private record Frame(int trigger, String code, @Nullable String ploverType, int subjectHost, @Nullable Integer noun,
                       boolean intent, String rule) {}

  SentenceCoder(ParsedSentence s, List<Mention> mentions, Lexicon lexicon, Ontology ontology,
                List<DateResolver.TimeExpression> times, LocalDate articleDate) {
    this.s = s;
    this.toks = s.tokens();
    this.lexicon = lexicon;
    this.ontology = ontology;
    this.times = times;
    this.articleDate = articleDate;
    int n = toks.size();
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(3));
    }
    head = new Dependency[n];
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d;
        if (d.governor() >= 0 && d.governor() < n) {
          kids.get(d.governor()).add(d);
        }
      }
    }
    mentionAt = new Mention[n];
    for (Mention m : mentions) {
      for (int i = 0; i < n; i++) {
        Token t = toks.get(i);
        if (t.start() >= m.span().start() && t.end() <= m.span().end() && mentionAt[i] == null) {
          mentionAt[i] = m;
        }
      }
    }
    frames = new Frame[n];
    framed = new boolean[n];
    consumed = new boolean[n];
    demanded = new boolean[n];
    alleging = new boolean[n];
  }

  List<Event> code() {
    // Verbs first, so that nouns a verb codes ("impose sanctions") are consumed before nouns are looked at.
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).isNoun()) {
        frame(i);
      }
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      mustClause(i, out);
    }
    for (int i = 0; i < toks.size(); i++) {
      Frame f = frame(i);
      if (f != null) {
        emit(f, out);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- predicate typing

  private @Nullable Frame frame(int i) {
    if (framed[i]) {
      return frames[i];
    }
    framed[i] = true;
    Token t = toks.get(i);
    String lemma = lemma(i);
    Frame f = null;
    if (t.isVerb() || (t.pos().startsWith("JJ") && hasKid(i, "xcomp"))) {
      f = verbFrame(i, lemma);
    } else if (t.isNoun() && !consumed[i]) {
      f = nounFrame(i, lemma);
    }
    frames[i] = f;
    return f;
  }

  private @Nullable Frame verbFrame(int i, String lemma) {
    if (wantsAThing(i, lemma)) {
      return new Frame(i, "100", "REQUEST", i, null, false, "verb:want/demand");
    }
    // An intent verb with an infinitive: the embedded act is the event, coded by its own frame.
    if (lexicon.has(WordClass.INTENT_VERB, lemma)) {
      for (Dependency d : kids.get(i)) {
        if (d.relation().equals("xcomp") && toks.get(d.dependent()).isVerb() && eventEntry(d.dependent()) != null) {
          return null;
        }
      }
    }
    if (lexicon.has(WordClass.REPORT_VERB, lemma) && (hasKid(i, "ccomp") || hasKid(i, "parataxis"))
        && !hasSpecificVerbEntry(i, lemma)) {
      Integer attack = allegedAttack(i, lemma);
      if (attack != null) {
        alleging[i] = true;
        return new Frame(i, ALLEGATION_CODE, "ACCUSE", i, attack, false, "allegation:" + lemma);
      }
      return null; // "X said (that) Y attacked Z": the reported clause is coded, not the report
    }
    Entry verb = best(WordClass.EVENT_VERB, i, lemma);
    if (verb != null && !verb.objects().isEmpty()) {
      markConsumedObjects(i);
      return new Frame(i, verb.code(), verb.ploverType(), i, null, false, "verb-pattern:" + lemma);
    }
    if (lexicon.has(WordClass.LIGHT_VERB, lemma) || lexicon.has(WordClass.INTENT_VERB, lemma)) {
      Integer noun = eventNounUnder(i);
      if (noun != null) {
        Entry ne = best(WordClass.EVENT_NOUN, noun, lemma(noun));
        consumed[noun] = true;
        boolean intent = lexicon.has(WordClass.INTENT_VERB, lemma) && !lexicon.has(WordClass.LIGHT_VERB, lemma);
        intent |= List.of("offer", "promise", "pledge").contains(lemma);
        return new Frame(i, Objects2.code(ne), ne == null ? null : ne.ploverType(), i, noun, intent,
            "light-verb:" + lemma + "+" + lemma(noun));
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
    if (!lemma.equals("want") || !toks.get(i).isVerb()) {
      return false;
    }
    boolean thing = false;
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals("obj") && toks.get(d.dependent()).isNoun()
          && !toks.get(d.dependent()).pos().startsWith("PRP")) {
        thing = true;
      }
      if (d.relation().equals("xcomp") && !toks.get(d.dependent()).pos().equals("VBN")) {
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
    if (!ALLEGING.contains(lemma)) {
      return null;
    }
    List<Mention> speaker = verbSources(v, 0);
    if (speaker.isEmpty() || speaker.get(0).actor() == null || "MED".equals(speaker.get(0).actor().sector())) {
      return null;
    }
    for (Dependency d : kids.get(v)) {
      if (!d.relation().equals("ccomp") || d.dependent() < v) {
        continue;
      }
      List<Integer> clauses = new ArrayList<>();
      clauses.add(d.dependent());
      for (Dependency c : kids.get(d.dependent())) {
        if (c.relation().equals("conj")) {
          clauses.add(c.dependent());
        }
      }
      for (int c : clauses) {
        Frame f = frame(c);
        if (f == null || !Set.of("18", "19", "20").contains(f.code().substring(0, 2)) || isNegated(c)
            || modalOf(c) != null) {
          continue;
        }
        List<Mention> agents = sources(f, 0);
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
    Entry e = best(WordClass.EVENT_VERB, i, lemma);
    return e != null && !e.objects().isEmpty();
  }

  private @Nullable Entry eventEntry(int i) {
    String lemma = lemma(i);
    Entry e = best(WordClass.EVENT_VERB, i, lemma);
    if (e != null) {
      return e;
    }
    if (lexicon.has(WordClass.LIGHT_VERB, lemma) && eventNounUnder(i) != null) {
      return best(WordClass.EVENT_NOUN, eventNounUnder(i), lemma(eventNounUnder(i)));
    }
    return null;
  }

  private void markConsumedObjects(int i) {
    for (Dependency d : kids.get(i)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("obl") || r.equals("nsubj:pass") || r.equals("iobj")) {
        consumed[d.dependent()] = true;
        for (Dependency dd : kids.get(d.dependent())) {
          if (dd.baseRelation().equals("nmod") && "of".equals(caseOf(dd.dependent()))) {
            consumed[dd.dependent()] = true;
          }
        }
      }
    }
  }

  /** The event noun a light verb takes: its object ("hold talks"), or the "of" noun of its object ("a list of demands"). */
  private @Nullable Integer eventNounUnder(int verb) {
    for (Dependency d : kids.get(verb)) {
      String r = d.relation();
      if (!(r.equals("obj") || r.equals("nsubj:pass") || (r.equals("obl") && !"by".equals(caseOf(d.dependent()))))) {
        continue;
      }
      int o = d.dependent();
      if (toks.get(o).isNoun() && best(WordClass.EVENT_NOUN, o, lemma(o)) != null) {
        return o;
      }
      for (Dependency dd : kids.get(o)) {
        int c = dd.dependent();
        boolean ofNoun = dd.baseRelation().equals("nmod") && "of".equals(caseOf(c));
        // "a list of demands", "a mediation effort", "a hunger strike"
        if ((ofNoun || dd.relation().equals("compound")) && toks.get(c).isNoun()
            && best(WordClass.EVENT_NOUN, c, lemma(c)) != null) {
          return c;
        }
      }
    }
    return null;
  }

  private @Nullable Frame nounFrame(int i, String lemma) {
    Entry e = best(WordClass.EVENT_NOUN, i, lemma);
    if (e == null) {
      return null;
    }
    // Under an event verb the verb codes the whole ("condemned the attack"); a free noun needs its own actor.
    Dependency h = head[i];
    if (h != null && h.governor() >= 0) {
      // A free event noun is coded only as the main clause's subject ("Israeli shelling killed …"); elsewhere it is
      // usually the topic of another predicate ("expressed appreciation for China's assistance").
      Dependency gh = head[h.governor()];
      boolean mainSubject = h.relation().startsWith("nsubj") && gh != null && gh.governor() < 0;
      if (!mainSubject) {
        return null;
      }
    }
    return new Frame(i, e.code(), e.ploverType(), -1, i, false, "noun-subject:" + lemma);
  }

  /** The most specific matching entry of the class for token i; later entries win ties (user files override). */
  private @Nullable Entry best(WordClass wc, int i, String lemma) {
    Entry best = null;
    for (Entry e : lexicon.entries(wc, lemma)) {
      if (!extrasMatch(e, i) || !objectsMatch(e, i)) {
        continue;
      }
      if (best == null || e.specificity() >= best.specificity()) {
        best = e;
      }
    }
    return best;
  }

  private boolean extrasMatch(Entry e, int i) {
    for (String w : e.extras()) {
      boolean found = false;
      for (Dependency d : kids.get(i)) {
        int c = d.dependent();
        if (w.equals(lemma(c)) || w.equals(lower(c)) || w.equals(caseOf(c))) {
          found = true;
          break;
        }
      }
      if (!found && i + 1 < toks.size() && w.equals(lower(i + 1))) {
        found = true; // particles the parser attached elsewhere ("walk back")
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean objectsMatch(Entry e, int i) {
    if (e.objects().isEmpty()) {
      return true;
    }
    return objectsUnder(i, e.objects(), 0);
  }

  private boolean objectsUnder(int i, Set<String> objects, int depth) {
    for (Dependency d : kids.get(i)) {
      String r = d.relation();
      if (r.startsWith("nsubj") && !r.equals("nsubj:pass") || r.equals("punct") || r.equals("conj")
          || r.equals("mark") || r.startsWith("aux") || r.equals("cop")
          || r.equals("parataxis") || r.equals("acl:relcl") || r.equals("advcl") || r.equals("cc")) {
        continue;
      }
      int c = d.dependent();
      if (objects.contains(lemma(c)) || objects.contains(lower(c))) {
        return true;
      }
      if (depth < 1 && objectsUnder(c, objects, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- events

  /** Emits the frame's events, each named by the frame's rule and the transformations applied to it. */
  private void emit(Frame f, List<Event> out) {
    int before = out.size();
    String rule = emitFrame(f, out);
    for (int k = before; k < out.size(); k++) {
      out.set(k, out.get(k).withRule(rule));
    }
  }

  private String emitFrame(Frame f, List<Event> out) {
    String rule = f.rule();
    int p = f.trigger();
    String code = f.code();
    if (purposeOfMeeting(p, code) || purposeOfAnotherAct(f)) {
      return rule;
    }
    // Context: what embeds the predicate (a demand, an accusation, a denial, a condition).
    Context ctx = context(p);
    if (ctx.blocked) {
      return rule;
    }
    boolean negated = isNegated(p) || (f.noun() != null && hasNegDet(f.noun())) || ctx.failed;
    String modal = modalOf(p);
    if (unasserted(f, ctx, modal)) {
      return rule; // wished, planned, expected or only possible: not an act yet
    }
    boolean intent = f.intent() || ctx.intent || (modal != null && FUTURE.contains(modal));
    String threatVerb = ctx.threatVerb;
    String root = code.substring(0, 2);
    if (ctx.intent || f.intent() || (modal != null && FUTURE.contains(modal))) {
      code = intentCode(code, threatVerb != null, ctx.intent || f.intent());
      if (code.startsWith("04") && ctx.intentVerb != null && EventWords.PROMISING_VERBS.contains(ctx.intentVerb)) {
        code = "036"; // "agreed to begin talks": a meeting promised is an agreement to meet
      }
      if (!code.equals(f.code())) {
        rule += "/intent";
      }
    }
    boolean eventNegated = negated || ctx.negatedByGovernor;
    if (negated) {
      String refused = refusal(root);
      if (refused != null) {
        code = refused;
        rule += "/refusal";
        eventNegated = false; // a refusal that happened
      }
    }
    String type = code.equals(f.code()) && f.ploverType() != null ? f.ploverType() : null;
    String modality = ctx.conditional ? "if" : modal != null ? modal : intent ? "intent" : null;
    Ontology.CameoCode info = ontology.lookup(code).orElse(null);
    if (type == null && info != null) {
      type = info.ploverType();
    }
    if (type == null && code.startsWith("02")) {
      type = "REQUEST"; // appeals ("urged", "called on") are requests to a reader, as PLOVER merges them
    }
    if (info == null) {
      return rule;
    }
    boolean cameoOnly = type == null;
    if (cameoOnly) {
      // CAMEO 01/02 (statements, appeals) have no PLOVER type: coded only for clear predicates that did happen
      type = cameoOnlyType(code, eventNegated, ctx);
      if (type == null) {
        return rule;
      }
    }
    List<Mention> sources = sources(f, 0);
    if (sources.isEmpty()) {
      return rule;
    }
    if ("REJECT".equals(type) && modal != null && FUTURE.contains(modal) && !eventNegated
        && EventWords.THREAT_IN_FUTURE.contains(lemma(p))) {
      code = "130"; // "we will vote against the bill": a refusal announced for later is a threat
      type = "THREATEN";
      rule += "/future-threat";
      info = ontology.lookup(code).orElse(info);
    }
    if ("ASSAULT".equals(type) && verbalAttack(p, sources.get(0))) {
      code = "111";
      type = "ACCUSE";
      rule += "/verbal";
      info = ontology.lookup(code).orElse(info);
    }
    Frame alleged = alleging[p] && f.noun() != null ? frame(f.noun()) : null;
    List<Mention> targets = alleged != null ? sources(alleged, 0)
        : addressedByClause(code) ? accusationTargets(f, code.startsWith("11")) : targets(f);
    List<Mention> kept = new ArrayList<>();
    for (Mention t : targets) {
      if (!sources.contains(t)) {
        kept.add(t);
      }
    }
    if (cameoOnly && (kept.isEmpty() || !hasPlacedActor(kept))) {
      return rule; // a statement or appeal needs someone it is addressed to
    }
    if (kept.isEmpty() && sources.size() == 1 && code.startsWith("04")) {
      return rule; // "the cabinet met on Sunday": a consultation needs a second party
    }
    boolean domesticByDefault = kept.isEmpty() && ("PROTEST".equals(type) || "COERCE".equals(type));
    DateResolver.TimeExpression when = timeFor(p);
    LocalDate date = when == null ? articleDate : when.date();
    DatePrecision precision = when == null ? DatePrecision.ARTICLE : when.precision();
    Token trig = toks.get(p);
    Span trigger = new Span(trig.start(), trig.end());
    if (f.noun() != null && f.noun() != p) {
      Token n = toks.get(f.noun());
      trigger = new Span(Math.min(trig.start(), n.start()), Math.max(trig.end(), n.end()));
    }
    double confidence = (f.noun() == null ? 0.8 : 0.7) * (ctx.depth > 0 ? 0.9 : 1.0)
        * (eventNegated || ctx.conditional ? 0.6 : 1.0);
    String root2 = code.substring(0, 2);
    boolean mutual = kept.isEmpty() && sources.size() >= 2 && Set.of("03", "04", "05", "06").contains(root2);
    for (Mention src : sources.subList(0, Math.min(4, sources.size()))) {
      if (mutual) {
        // "Brazil and the United States agreed to …": a joint cooperative act, coded dyadically both ways
        for (Mention other : sources.subList(0, Math.min(4, sources.size()))) {
          if (other != src && !other.actor().code().equals(src.actor().code())) {
            out.add(new Event(type, code, info.goldstein(), src, other, date, precision, eventNegated, modality,
                trigger, s.span(), confidence));
          }
        }
        continue;
      }
      if (kept.isEmpty() && domesticByDefault && src.actor() != null && !unplaced(src.actor())
          && src.actor().country() != null) {
        // Protest and coercion with no named target are domestic: aimed at the source's own country (PLOVER
        // practice), coded as the bare country.
        Actor home = new Actor(src.actor().country(), src.actor().country(), org.parley.model.ActorKind.STATE,
            src.actor().country(), null);
        out.add(new Event(type, code, info.goldstein(), src, new Mention(src.span(), src.text(), home), date,
            precision, eventNegated, modality, trigger, s.span(), confidence * 0.8));
        continue;
      }
      if (kept.isEmpty()) {
        out.add(new Event(type, code, info.goldstein(), src, null, date, precision, eventNegated,
            modality, trigger, s.span(), confidence));
      }
      for (Mention tgt : kept.subList(0, Math.min(4, kept.size()))) {
        if (src.actor() != null && tgt.actor() != null && src.span().equals(tgt.span())) {
          continue;
        }
        out.add(new Event(type, code, info.goldstein(), src, domestic(tgt, src), date, precision, eventNegated,
            modality, trigger, s.span(), confidence));
      }
    }
    return rule;
  }

  /**
   * Whether the predicate is wished, planned or expected rather than announced ("wants to sell arms", "hoped an
   * agreement could be reached", "is expected to strike a deal"), or only possible ("could lead to", "may have to
   * accept"). A demand stays a demand under "should".
   */
  private boolean unasserted(Frame f, Context ctx, @Nullable String modal) {
    if (modal == null) {
      modal = governingModal(f.trigger());
    }
    if (declinedComment(f.trigger()) || question(f.trigger()) || publishedNotFreed(f.trigger())
        || blockedByGovernor(f.trigger())) {
      return true;
    }
    if (ctx.intentVerb != null && EventWords.WISH_VERBS.contains(ctx.intentVerb)) {
      return true;
    }
    if (f.intent() && EventWords.WISH_VERBS.contains(lemma(f.trigger()))) {
      return true;
    }
    return modal != null && EventWords.HEDGING_MODALS.contains(modal)
        && !(f.code().startsWith("10") || f.code().startsWith("02"));
  }

  /** "could use it to threaten", "may try and deport": a hedging modal on the clause that governs the predicate. */
  private @Nullable String governingModal(int p) {
    int cur = p;
    for (int k = 0; k < 2; k++) {
      Dependency h = head[cur];
      if (h == null || h.governor() < 0 || !Set.of("xcomp", "conj", "advcl").contains(h.relation())) {
        return null;
      }
      cur = h.governor();
      String m = modalOf(cur);
      if (m != null) {
        return EventWords.HEDGING_MODALS.contains(m) ? m : null;
      }
    }
    return null;
  }

  /** "was unable to return", "is bound by law to help", "to prevent him from fighting": did not happen. */
  private boolean blockedByGovernor(int p) {
    Dependency h = head[p];
    if (h == null || h.governor() < 0) {
      return false;
    }
    String r = h.relation();
    boolean embedded = r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp") || r.startsWith("acl")
        || r.equals("obl") || r.equals("nmod");
    return embedded && EventWords.BLOCKING_GOVERNORS.contains(lemma(h.governor()));
  }

  /** "declined to comment", "refused to answer questions": a reporter was refused, not a party. */
  private boolean declinedComment(int p) {
    String l = lemma(p);
    if (!(l.equals("decline") || l.equals("refuse"))) {
      return false;
    }
    for (Dependency d : kids.get(p)) {
      if (d.relation().equals("xcomp") && EventWords.NO_COMMENT_VERBS.contains(lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** "asked why the government was agreeing", "asked whether…": a question, not a request. */
  private boolean question(int p) {
    if (!lemma(p).equals("ask")) {
      return false;
    }
    for (Dependency d : kids.get(p)) {
      if (!d.relation().equals("ccomp")) {
        continue;
      }
      for (Dependency m : kids.get(d.dependent())) {
        String w = lower(m.dependent());
        if ((m.relation().equals("mark") && (w.equals("whether") || w.equals("if")))
            || toks.get(m.dependent()).pos().startsWith("W")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "released a report", "released a television ad": published, not freed. */
  private boolean publishedNotFreed(int p) {
    if (!lemma(p).equals("release")) {
      return false;
    }
    for (Dependency d : kids.get(p)) {
      if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
          && EventWords.PUBLISHED_THINGS.contains(lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Straw attacked the decision", "the MP hit out at the minister": an attack verb whose agent is not an armed
   * force (a person, party, government body, court, campaigner or paper) is criticism, not force.
   */
  private boolean verbalAttack(int p, Mention source) {
    if (!EventWords.ATTACK_VERBS.contains(lemma(p)) || source.actor() == null) {
      return false;
    }
    Actor a = source.actor();
    String sector = a.sector() == null ? null : a.sector().toLowerCase(Locale.ROOT);
    if (sector != null && EventWords.ARMED_SECTORS.contains(sector)) {
      return false;
    }
    // a state as such ("Russia attacked Ukraine") uses force; its people, bodies and parties speak
    return sector != null || a.kind() == org.parley.model.ActorKind.PERSON;
  }

  /**
   * "met in Zurich to discuss trade", "held talks to discuss the crisis": the purpose infinitive of a meeting names its
   * topic, not a second meeting.
   */
  private boolean purposeOfMeeting(int p, String code) {
    if (!code.startsWith("04") || !toks.get(p).isVerb()) {
      return false;
    }
    Dependency h = head[p];
    if (h == null || h.governor() < 0 || !Set.of("advcl", "xcomp", "acl").contains(h.relation())) {
      return false;
    }
    boolean infinitive = false;
    for (Dependency d : kids.get(p)) {
      infinitive |= d.relation().equals("mark") && lower(d.dependent()).equals("to");
    }
    if (!infinitive) {
      return false;
    }
    int g = h.governor();
    Frame gf = frame(g);
    if (gf == null) {
      // "held talks to discuss": the light verb's noun carries the meeting
      for (Dependency d : kids.get(g)) {
        Frame nf = toks.get(d.dependent()).isNoun() ? frames[d.dependent()] : null;
        if (nf != null && nf.code().startsWith("04")) {
          return true;
        }
      }
      return false;
    }
    return gf.code().startsWith("04");
  }

  /**
   * "will give Tanzania a grant to finance projects", "blockaded the capital to demand reforms": a purpose infinitive
   * says why a coded act was done; it is not a second act of another type. A purpose of the same type ("began a
   * hunger strike to protest against …") is kept, as it may name the target.
   */
  private boolean purposeOfAnotherAct(Frame f) {
    int p = f.trigger();
    Dependency h = head[p];
    if (f.noun() != null && f.noun() != p || !toks.get(p).isVerb() || h == null || h.governor() < 0
        || !(h.relation().equals("advcl") || h.relation().equals("xcomp"))) {
      return false;
    }
    boolean infinitive = false;
    for (Dependency d : kids.get(p)) {
      infinitive |= d.relation().equals("mark") && lower(d.dependent()).equals("to");
    }
    if (!infinitive) {
      return false;
    }
    Frame gf = frame(h.governor());
    if (gf == null) {
      return false;
    }
    // The parser also reads purposes as xcomp; then only acts done, not intended, demanded or refused, govern
    // ("blocked roads to demand jobs", but not "threatened to impose" or "refused to attend").
    if (h.relation().equals("xcomp") && (!ACTS.contains(gf.code().substring(0, 2))
        || lexicon.has(WordClass.INTENT_VERB, lemma(h.governor())))) {
      return false;
    }
    return !java.util.Objects.equals(ploverTypeOf(gf), ploverTypeOf(f));
  }

  private @Nullable String ploverTypeOf(Frame f) {
    if (f.ploverType() != null) {
      return f.ploverType();
    }
    return ontology.lookup(f.code()).map(Ontology.CameoCode::ploverType).orElse(null);
  }

  /**
   * "Russia said Sudan must return the helicopter", "a reminder to Iraq that it must cooperate": the speaker makes a
   * REQUEST of the clause's subject; the clause itself is not coded as done.
   */
  private void mustClause(int c, List<Event> out) {
    boolean must = false;
    for (Dependency d : kids.get(c)) {
      if (d.relation().equals("aux") && lower(d.dependent()).equals("must")) {
        must = true;
      }
    }
    if (!must) {
      return;
    }
    int speaker = -1;
    int cur = c;
    for (int k = 0; k < 3; k++) {
      Dependency h = head[cur];
      if (h == null || h.governor() < 0 || !Set.of("ccomp", "acl", "dep", "parataxis").contains(h.relation())) {
        break;
      }
      cur = h.governor();
      if (toks.get(cur).isVerb()) {
        speaker = cur;
        break;
      }
    }
    if (speaker < 0) {
      return;
    }
    demanded[c] = true;
    if (context(speaker).blocked || isNegated(c)) {
      return;
    }
    List<Mention> sources = verbSources(speaker, 0);
    List<Mention> targets = new ArrayList<>();
    for (Dependency d : kids.get(c)) {
      if (d.relation().startsWith("nsubj")) {
        targets.addAll(actorsOf(d.dependent(), 0));
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(verbTargets(speaker, null));
    }
    Ontology.CameoCode info = ontology.lookup("100").orElseThrow();
    DateResolver.TimeExpression when = timeFor(speaker);
    Token trig = toks.get(speaker);
    for (Mention src : sources) {
      List<Mention> tg = new ArrayList<>(targets);
      tg.remove(src);
      for (Mention t : tg.isEmpty() ? java.util.Collections.<Mention>singletonList(null) : tg) {
        out.add(new Event("REQUEST", "100", info.goldstein(), src, t, when == null ? articleDate : when.date(),
            when == null ? DatePrecision.ARTICLE : when.precision(), false, "must", new Span(trig.start(), trig.end()),
            s.span(), 0.6, "must-clause"));
      }
    }
  }

  /**
   * The non-PLOVER marker of a CAMEO 01/02 event, or null when it is not coded: only specific statements (comments
   * on a situation, optimism, pessimism, responsibility claims, denials, sympathy) and appeals, asserted and outside
   * any condition, demand or intent. "Consider" (014) and the bare "make a statement" (010) say too little.
   */
  private static @Nullable String cameoOnlyType(String code, boolean negated, Context ctx) {
    if (negated || ctx.conditional || ctx.intent || ctx.depth > 1) {
      return null;
    }
    if (code.startsWith("02")) {
      return EventCoder.APPEAL;
    }
    if (code.startsWith("01") && !code.equals("010") && !code.startsWith("014")) {
      return EventCoder.STATEMENT;
    }
    return null;
  }

  private static boolean hasPlacedActor(List<Mention> ms) {
    for (Mention m : ms) {
      if (m.actor() != null && !unplaced(m.actor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Codes whose complement clause names the party addressed when the verb has no object: accusations ("alleged that
   * France …"), demands and appeals ("demanded that Hamas renounce …") and rejections.
   */
  private static boolean addressedByClause(String code) {
    return code.startsWith("11") || code.startsWith("10") || code.startsWith("02") || code.startsWith("12");
  }

  /** Intended or future acts: cooperation becomes AGREE (03x), force becomes THREATEN (13x). */
  private static String intentCode(String code, boolean threat, boolean explicitIntent) {
    String root = code.substring(0, 2);
    if (code.startsWith("172")) {
      return "132";
    }
    if (code.startsWith("161")) {
      return "1313";
    }
    switch (root) {
      case "05":
        return "032";
      case "06":
        return "031";
      case "07":
        return "033";
      case "08":
        return "035";
      case "15", "18", "19", "20":
        return "138";
      case "14":
        return "133";
      case "16":
        return "1312";
      case "17":
        return "137";
      case "04":
        return explicitIntent && threat ? "036" : code;
      default:
        return code;
    }
  }

  /** The REJECT code for a negated cooperative act, or null when negation does not turn it into a refusal. */
  private static @Nullable String refusal(String root) {
    return switch (root) {
      case "03", "05" -> "120";
      case "04" -> "125";
      case "06", "07" -> "121";
      case "08" -> "124";
      default -> null;
    };
  }

  private static final class Context {
    boolean blocked;
    boolean intent;
    boolean conditional;
    boolean negatedByGovernor;
    boolean failed;
    @Nullable String threatVerb;
    /** The intent verb the predicate is the infinitive of ("wants to", "vowed to"), if any. */
    @Nullable String intentVerb;
    int depth;
  }

  /** Walks up from the predicate through embedding relations to find what governs it. */
  private Context context(int p) {
    Context c = new Context();
    if (demanded[p]) {
      c.blocked = true;
      return c;
    }
    int cur = p;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Dependency h = head[cur];
      if (h == null || h.governor() < 0) {
        break;
      }
      String rel = h.relation();
      if (rel.equals("advcl") || rel.equals("ccomp")) {
        for (Dependency d : kids.get(cur)) {
          if (d.relation().equals("mark") && Set.of("if", "unless", "whether").contains(lemma(d.dependent()))) {
            c.conditional = true;
          }
        }
      }
      if (rel.equals("conj")) {
        cur = h.governor(); // a conjunct shares its first conjunct's embedding ("alleged that A and that B")
        continue;
      }
      if (!EMBEDDING.contains(rel)) {
        break;
      }
      int g = h.governor();
      String gl = lemma(g);
      c.depth++;
      if (demanded[g] || alleging[g]) {
        c.blocked = true;
        break;
      }
      if (rel.equals("xcomp") && gl.equals("fail")) {
        c.failed = true; // "failed to reach agreement": the act did not happen
      }
      if (rel.equals("xcomp") && lexicon.has(WordClass.INTENT_VERB, gl)) {
        c.intent = true;
        c.intentVerb = gl;
        if (gl.equals("threaten") || gl.equals("warn")) {
          c.threatVerb = gl;
        }
        if (isNegated(g)) {
          c.negatedByGovernor = true;
        }
      }
      if (gl.equals("deny") || isNegated(g)) {
        c.negatedByGovernor = true; // "denied that it is arming", "would not give permission to Russia to help"
      }
      Entry ge = governingEntry(g);
      // a denied act is kept, flagged as negated, beside the denial's own REJECT
      if (ge != null && !gl.equals("deny") && !(rel.equals("xcomp") && lexicon.has(WordClass.INTENT_VERB, gl))) {
        String r = ge.code().substring(0, 2);
        if (Set.of("02", "09", "10", "11", "12", "13").contains(r)) {
          c.blocked = true; // the act is demanded, alleged, refused or threatened, not reported as done
          break;
        }
      }
      cur = g;
    }
    return c;
  }

  private @Nullable Entry governingEntry(int g) {
    String gl = lemma(g);
    Entry e = toks.get(g).isNoun() ? best(WordClass.EVENT_NOUN, g, gl) : best(WordClass.EVENT_VERB, g, gl);
    if (e == null && toks.get(g).isNoun() && head[g] != null) {
      return null;
    }
    return e;
  }

  private boolean isNegated(int p) {
    for (Dependency d : kids.get(p)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNegDet(int noun) {
    for (Dependency d : kids.get(noun)) {
      if (d.relation().equals("det") && lower(d.dependent()).equals("no")) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String modalOf(int p) {
    for (Dependency d : kids.get(p)) {
      if (d.relation().equals("aux") && MODALS.contains(lower(d.dependent()))) {
        String w = lower(d.dependent());
        return w.equals("wo") || w.equals("'ll") ? "will" : w.equals("ca") ? "can" : w;
      }
    }
    // "is going to attack"
    Dependency h = head[p];
    if (h != null && h.relation().equals("xcomp") && h.governor() >= 0 && lemma(h.governor()).equals("go")
        && toks.get(h.governor()).pos().equals("VBG")) {
      return "will";
    }
    return null;
  }

  // ---------------------------------------------------------------- roles

  private List<Mention> sources(Frame f, int depth) {
    return sourcesOf(f.subjectHost() >= 0 ? f.subjectHost() : -1, f.noun(), depth);
  }

  private List<Mention> sourcesOf(int verb, @Nullable Integer noun, int depth) {
    if (verb < 0 && noun != null) {
      return nounSources(noun);
    }
    return verbSources(verb, depth);
  }

  private List<Mention> verbSources(int v, int depth) {
    if (depth > MAX_DEPTH) {
      return List.of();
    }
    boolean passive = false;
    for (Dependency d : kids.get(v)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        passive = true;
      }
    }
    for (Dependency d : kids.get(v)) {
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
        Token st = toks.get(subj);
        if (st.pos().startsWith("WP") || st.pos().equals("WDT") || lower(subj).equals("that")) {
          Dependency h = head[v];
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
      for (Dependency d : kids.get(v)) {
        if (d.relation().equals("obl:agent") || (d.baseRelation().equals("obl") && "by".equals(caseOf(d.dependent())))) {
          return actorsOf(d.dependent(), 0);
        }
      }
      // "were killed in Israeli shelling": the agent is the source of the event noun
      for (Dependency d : kids.get(v)) {
        int o = d.dependent();
        if (d.baseRelation().equals("obl") && toks.get(o).isNoun() && ("in".equals(caseOf(o)) || "during".equals(caseOf(o)))
            && best(WordClass.EVENT_NOUN, o, lemma(o)) != null) {
          List<Mention> a = nounSources(o);
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
      return List.of();
    }
    Dependency h = head[v];
    if (h == null || h.governor() < 0) {
      return List.of();
    }
    int g = h.governor();
    switch (h.relation()) {
      case "xcomp": {
        for (Dependency d : kids.get(g)) {
          if (d.relation().equals("nsubj:pass")) {
            return actorsOf(d.dependent(), 0); // "Obama is scheduled to attend", "X is expected to sign"
          }
        }
        if (OBJECT_CONTROL.contains(lemma(g))) {
          for (Dependency d : kids.get(g)) {
            if (d.relation().equals("obj") || d.relation().equals("iobj")) {
              return actorsOf(d.dependent(), 0);
            }
          }
        }
        return verbSources(g, depth + 1);
      }
      case "advcl", "conj", "ccomp", "xcomp:pass":
        return toks.get(g).isVerb() || hasKid(g, "nsubj") ? verbSources(g, depth + 1) : List.of();
      case "acl": {
        if (toks.get(v).pos().equals("VBN")) {
          return List.of(); // "a member jailed last year": the noun is the patient, not the agent
        }
        List<Mention> a = actorsOf(g, 0);
        if (!a.isEmpty()) {
          return a;
        }
        Dependency gh = head[g];
        return gh != null && gh.governor() >= 0 && toks.get(gh.governor()).isVerb()
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
    if (!DOCUMENTS.contains(lemma(noun))) {
      return List.of();
    }
    for (Dependency d : kids.get(noun)) {
      if (!d.relation().equals("acl") || !toks.get(d.dependent()).pos().equals("VBN")) {
        continue;
      }
      for (String want : List.of("by", "from", "in")) {
        for (Dependency o : kids.get(d.dependent())) {
          if (o.baseRelation().equals("obl") && want.equals(caseOf(o.dependent()))) {
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
      Dependency h = head[cur];
      if (h == null || h.governor() < 0) {
        return List.of();
      }
      cur = h.governor();
      if (toks.get(cur).isVerb() || hasKid(cur, "nsubj")) {
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
    for (Dependency d : kids.get(clause)) {
      if (passive ? d.relation().startsWith("nsubj") : d.relation().equals("nsubj")) {
        List<Mention> a = actorsOf(d.dependent(), 0);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  private List<Mention> nounSources(int noun) {
    List<Mention> out = new ArrayList<>();
    for (Dependency d : kids.get(noun)) {
      String r = d.relation();
      if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
          || (r.equals("nmod") && "by".equals(caseOf(d.dependent())))) {
        out.addAll(actorsOf(d.dependent(), 1));
      }
    }
    return dedupe(out);
  }

  private List<Mention> targets(Frame f) {
    List<Mention> direct = directTargets(f);
    if (!direct.isEmpty() || f.subjectHost() < 0) {
      return direct;
    }
    // "promised to continue military aid to Mozambique", "threatened to cut off electricity to Nakhichevan"
    for (Dependency d : kids.get(f.subjectHost())) {
      if (d.relation().equals("xcomp") && toks.get(d.dependent()).isVerb()) {
        List<Mention> a = verbTargets(d.dependent(), null);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    // "threatened to stop the talks if the United States …": a threat is aimed at whoever the condition names
    if (lemma(f.subjectHost()).equals("threaten") || lemma(f.subjectHost()).equals("warn")) {
      List<Integer> clauses = new ArrayList<>();
      clauses.add(f.subjectHost());
      for (Dependency d : kids.get(f.subjectHost())) {
        if (d.relation().equals("xcomp")) {
          clauses.add(d.dependent());
        }
      }
      for (int c : clauses) {
        for (Dependency d : kids.get(c)) {
          if (!d.relation().equals("advcl")) {
            continue;
          }
          boolean condition = false;
          for (Dependency m : kids.get(d.dependent())) {
            condition |= m.relation().equals("mark") && Set.of("if", "unless").contains(lemma(m.dependent()));
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
        for (Dependency d : kids.get(f.noun())) {
          if ((d.relation().equals("acl") || d.relation().equals("xcomp")) && toks.get(d.dependent()).isVerb()) {
            own = verbTargets(d.dependent(), null);
            if (!own.isEmpty()) {
              break;
            }
          }
        }
      }
      if (!own.isEmpty() || f.subjectHost() < 0) {
        return own;
      }
      return verbTargets(f.subjectHost(), f.noun());
    }
    return verbTargets(f.trigger(), null);
  }

  private List<Mention> nounTargets(int noun) {
    for (Dependency d : kids.get(noun)) {
      if (d.baseRelation().equals("nmod") && !d.relation().equals("nmod:poss")) {
        String c = caseOf(d.dependent());
        if (c != null && TARGET_CASES.contains(c) && !c.equals("by")) {
          List<Mention> a = actorsOf(d.dependent(), 1);
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return List.of();
  }

  private List<Mention> verbTargets(int v, @Nullable Integer skip) {
    List<Integer> order = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    for (String want : List.of("nsubj:pass", "iobj", "obj")) {
      for (Dependency d : kids.get(v)) {
        if (d.relation().equals(want)) {
          order.add(d.dependent());
        }
      }
    }
    for (Dependency d : kids.get(v)) {
      if (d.baseRelation().equals("obl") && !d.relation().equals("obl:agent") && !d.relation().equals("obl:tmod")) {
        String c = caseOf(d.dependent());
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
      for (Dependency d : kids.get(o)) {
        if (d.baseRelation().equals("nmod") && "by".equals(caseOf(d.dependent()))) {
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
  private List<Mention> accusationTargets(Frame f, boolean accusation) {
    List<Mention> direct = targets(f);
    if (!direct.isEmpty()) {
      return direct;
    }
    int v = f.trigger();
    for (Dependency d : kids.get(v)) {
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
  private List<Mention> actorsOf(int t, int depth) {
    List<Mention> out = new ArrayList<>();
    collect(t, depth, out);
    for (Dependency d : kids.get(t)) {
      if (d.relation().equals("conj")) {
        collect(d.dependent(), depth, out);
      }
    }
    return dedupe(out);
  }

  private void collect(int t, int depth, List<Mention> out) {
    if (mentionAt[t] != null) {
      out.add(located(t, mentionAt[t]));
      for (Dependency d : kids.get(t)) {
        String r = d.relation();
        Mention other = mentionAt[d.dependent()];
        // "US and British activists": a coordinated modifier outside the head's own mention is a second actor
        if (other != null && other != mentionAt[t] && (r.equals("conj") || r.equals("compound") || r.equals("amod"))
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
      for (Dependency d : kids.get(t)) {
        if (!d.relation().equals(rel)) {
          continue;
        }
        if (rel.equals("nmod")) {
          String c = caseOf(d.dependent());
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
    for (Dependency d : kids.get(t)) {
      String c = caseOf(d.dependent());
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
  private static Mention domestic(Mention target, Mention source) {
    Actor t = target.actor();
    Actor s = source.actor();
    if (t == null || s == null || !unplaced(t) || unplaced(s) || s.country() == null) {
      return target;
    }
    String code = s.country() + t.code().substring(3);
    return new Mention(target.span(), target.text(), new Actor(code, t.name(), t.kind(), s.country(), t.sector()));
  }

  /** A national-style actor whose country is unknown ("---REB", "UNKGOV"). */
  private static boolean unplaced(Actor a) {
    String c = a.country();
    boolean noCountry = c == null || c.isBlank() || c.equals("UNK") || c.equals("---");
    return noCountry && (a.code().startsWith("---") || a.code().startsWith("UNK"));
  }

  private static List<Mention> dedupe(List<Mention> in) {
    return new ArrayList<>(new LinkedHashSet<>(in));
  }

  // ---------------------------------------------------------------- dates

  /** The time expression in the predicate's own phrase, else one attached to a clause that governs it. */
  private DateResolver.@Nullable TimeExpression timeFor(int p) {
    if (times.isEmpty()) {
      return null;
    }
    List<Integer> sub = s.subtree(p);
    for (DateResolver.TimeExpression t : times) {
      if (sub.contains(t.anchor()) && ownClause(t.anchor(), p)) {
        return t;
      }
    }
    int cur = p;
    for (int k = 0; k < MAX_DEPTH; k++) {
      Dependency h = head[cur];
      if (h == null || h.governor() < 0) {
        break;
      }
      cur = h.governor();
      for (DateResolver.TimeExpression t : times) {
        Dependency th = head[t.anchor()];
        if (th != null && th.governor() == cur) {
          return t;
        }
      }
    }
    return null;
  }

  /** Whether the token belongs to p's clause rather than to a clause embedded under p. */
  private boolean ownClause(int token, int p) {
    int cur = token;
    for (int k = 0; k < 12 && cur != p; k++) {
      Dependency h = head[cur];
      if (h == null || h.governor() < 0) {
        return false;
      }
      String r = h.relation();
      if (r.equals("ccomp") || r.equals("advcl") || r.equals("acl:relcl") || r.equals("xcomp") || r.equals("conj")
          || r.equals("parataxis") || r.equals("acl")) {
        return false;
      }
      cur = h.governor();
    }
    return cur == p;
  }

  // ---------------------------------------------------------------- token helpers

  private boolean hasKid(int i, String rel) {
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals(rel)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String caseOf(int i) {
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals("case") || d.relation().equals("mark")) {
        return lower(d.dependent());
      }
    }
    return null;
  }

  private String lemma(int i) {
    return toks.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  private String lower(int i) {
    return toks.get(i).word().toLowerCase(Locale.ROOT);
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
