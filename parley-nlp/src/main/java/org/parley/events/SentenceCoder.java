package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.ClauseContext.Context;
import org.parley.model.Actor;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Codes the events of one sentence; one instance per sentence, not shared between threads. Predicates are typed by
 * {@link FrameFinder}, those not reported as done are dropped ({@link NonEventFilters}, {@link ClauseContext}) and
 * their roles are found by {@link RoleFinder}; what is left here turns a frame into events: intended, refused and
 * threatened variants of its code, the statements and appeals worth coding, requests made through "must" clauses,
 * and each event's date.
 */
final class SentenceCoder {
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");

  private final ParsedSentence s;
  private final Ontology ontology;
  private final List<DateResolver.TimeExpression> times;
  private final LocalDate articleDate;
  private final SentenceGraph graph;
  private final FrameFinder frames;
  private final RoleFinder roles;
  private final ClauseContext contexts;
  private final NonEventFilters filters;

  private final java.util.function.Function<Mention, @Nullable Mention> accuserOf;

  SentenceCoder(ParsedSentence s, List<Mention> mentions, Lexicon lexicon, Ontology ontology,
                List<DateResolver.TimeExpression> times, LocalDate articleDate) {
    this(s, mentions, lexicon, ontology, times, articleDate, m -> null);
  }

  /**
   * A coder that may name the accuser of an agentless passive accusation from the article ("Blunkett has been
   * accused of …" in an article whose critics are the opposition).
   */
  SentenceCoder(ParsedSentence s, List<Mention> mentions, Lexicon lexicon, Ontology ontology,
                List<DateResolver.TimeExpression> times, LocalDate articleDate,
                java.util.function.Function<Mention, @Nullable Mention> accuserOf) {
    this.accuserOf = accuserOf;
    this.s = s;
    this.ontology = ontology;
    this.times = times;
    this.articleDate = articleDate;
    graph = new SentenceGraph(s, mentions);
    EntryMatcher matcher = new EntryMatcher(graph, lexicon);
    roles = new RoleFinder(graph, matcher);
    frames = new FrameFinder(graph, lexicon, matcher, roles);
    contexts = new ClauseContext(graph, lexicon, matcher, frames);
    filters = new NonEventFilters(graph, lexicon, ontology, frames, contexts);
  }

  List<Event> code() {
    // Verbs first, so that nouns a verb codes ("impose sanctions") are consumed before nouns are looked at.
    for (int i = 0; i < graph.size(); i++) {
      if (!graph.token(i).isNoun()) {
        frames.frame(i);
      }
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      mustClause(i, out);
    }
    for (int i = 0; i < graph.size(); i++) {
      Frame f = frames.frame(i);
      if (f != null) {
        emit(f, out);
      }
    }
    return out;
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
    if (filters.purposeOfMeeting(p, code) || filters.purposeOfAnotherAct(f)) {
      return rule;
    }
    // Context: what embeds the predicate (a demand, an accusation, a denial, a condition).
    Context ctx = contexts.of(p);
    if (ctx.blocked) {
      return rule;
    }
    boolean negated = graph.isNegated(p) || (f.noun() != null && graph.hasNegDet(f.noun())) || ctx.failed;
    String modal = graph.modalOf(p);
    if (filters.unasserted(f, ctx, modal)) {
      return rule; // wished, planned, expected or only possible: not an act yet
    }
    boolean intent = f.intent() || ctx.intent || (modal != null && FUTURE.contains(modal));
    String threatVerb = ctx.threatVerb;
    String root = code.substring(0, 2);
    if (ctx.intent || f.intent() || (modal != null && FUTURE.contains(modal))) {
      code = ActCodes.intended(code, threatVerb != null, ctx.intent || f.intent());
      if (code.startsWith("04") && ctx.intentVerb != null && EventWords.PROMISING_VERBS.contains(ctx.intentVerb)) {
        code = "036"; // "agreed to begin talks": a meeting promised is an agreement to meet
      }
      if (!code.equals(f.code())) {
        rule += "/intent";
      }
    }
    if (filters.plannedLegalAction(f, ctx)) {
      code = "130";
      rule += "/planned-legal-action";
    }
    boolean eventNegated = negated || ctx.negatedByGovernor;
    if (negated) {
      String refused = ActCodes.refused(root, modal != null && FUTURE.contains(modal));
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
    List<Mention> sources = roles.sources(f, 0);
    if (sources.isEmpty()) {
      sources = passiveSources(f, type);
      if (sources.isEmpty()) {
        return rule;
      }
      rule += "/passive-source";
    }
    if ("REJECT".equals(type) && modal != null && FUTURE.contains(modal) && !eventNegated
        && EventWords.THREAT_IN_FUTURE.contains(graph.lemma(p))) {
      code = "130"; // "we will vote against the bill": a refusal announced for later is a threat
      type = "THREATEN";
      rule += "/future-threat";
      info = ontology.lookup(code).orElse(info);
    }
    if (code.startsWith("04") && EventWords.ARRIVAL_VERBS.contains(graph.lemma(p)) && armed(sources.get(0))) {
      return rule; // "peacekeeping troops have arrived in Bosnia": a deployment, not a visit
    }
    if ("ASSAULT".equals(type) && EventWords.ARMED_ONLY_VERBS.contains(graph.lemma(p))
        && unarmed(sources.get(0))) {
      return rule; // "fight poverty", "fight corruption": only armed forces fight in the sense of force
    }
    if ("ASSAULT".equals(type) && verbalAttack(p, sources.get(0))) {
      code = "111";
      type = "ACCUSE";
      rule += "/verbal";
      info = ontology.lookup(code).orElse(info);
    }
    if ("PROTEST".equals(type) && graph.lemma(f.noun() != null ? f.noun() : p).equals("protest")
        && speaksForState(sources.get(0))) {
      code = "111"; // "Cameron protested about cuts": a government or party protesting criticises
      type = "ACCUSE";
      rule += "/verbal";
      info = ontology.lookup(code).orElse(info);
    }
    Frame alleged = frames.alleging(p) && f.noun() != null ? frames.frame(f.noun()) : null;
    List<Mention> targets = alleged != null ? roles.sources(alleged, 0)
        : addressedByClause(code) ? roles.accusationTargets(f, code.startsWith("11")) : roles.targets(f);
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
    Token trig = graph.token(p);
    Span trigger = new Span(trig.start(), trig.end());
    if (f.noun() != null && f.noun() != p) {
      Token n = graph.token(f.noun());
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
      if (kept.isEmpty() && domesticByDefault && src.actor() != null && !RoleFinder.unplaced(src.actor())
          && src.actor().country() != null && !namesAnotherCountry(src.actor().country())) {
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
        out.add(new Event(type, code, info.goldstein(), src, RoleFinder.domestic(tgt, src), date, precision,
            eventNegated, modality, trigger, s.span(), confidence));
      }
    }
    return rule;
  }

  /**
   * "Straw attacked the decision", "the MP hit out at the minister": an attack verb whose agent is not an armed
   * force (a person, party, government body, court, campaigner or paper) is criticism, not force.
   */
  private boolean verbalAttack(int p, Mention source) {
    return EventWords.ATTACK_VERBS.contains(graph.lemma(p)) && unarmed(source);
  }

  /**
   * A government, a court or a former leader: actors that protest in words, not in the street. (A bare country is
   * not one: "Palestinians … shunned work to protest" names a people.)
   */
  private static boolean speaksForState(Mention source) {
    Actor a = source.actor();
    return a != null && a.sector() != null
        && EventWords.SPEAKING_SECTORS.contains(a.sector().toLowerCase(Locale.ROOT));
  }

  /** An armed force: soldiers, police, rebels. */
  private static boolean armed(Mention source) {
    Actor a = source.actor();
    return a != null && a.sector() != null && EventWords.ARMED_SECTORS.contains(a.sector().toLowerCase(Locale.ROOT));
  }

  /** A person, party, government body, court, campaigner or paper: an actor that is not an armed force or a state. */
  private static boolean unarmed(Mention source) {
    if (source.actor() == null) {
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
   * "Russia said Sudan must return the helicopter", "a reminder to Iraq that it must cooperate": the speaker makes a
   * REQUEST of the clause's subject; the clause itself is not coded as done.
   */
  private void mustClause(int c, List<Event> out) {
    boolean must = false;
    for (Dependency d : graph.kids(c)) {
      if (d.relation().equals("aux") && graph.lower(d.dependent()).equals("must")) {
        must = true;
      }
    }
    if (!must) {
      return;
    }
    int speaker = -1;
    int cur = c;
    for (int k = 0; k < 3; k++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0 || !Set.of("ccomp", "acl", "dep", "parataxis").contains(h.relation())) {
        break;
      }
      cur = h.governor();
      if (graph.token(cur).isVerb()) {
        speaker = cur;
        break;
      }
    }
    if (speaker < 0) {
      return;
    }
    contexts.markDemanded(c);
    if (contexts.of(speaker).blocked || graph.isNegated(c)) {
      return;
    }
    List<Mention> sources = roles.verbSources(speaker, 0);
    List<Mention> targets = new ArrayList<>();
    for (Dependency d : graph.kids(c)) {
      if (d.relation().startsWith("nsubj")) {
        targets.addAll(roles.actorsOf(d.dependent(), 0));
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(roles.verbTargets(speaker, null));
    }
    Ontology.CameoCode info = ontology.lookup("100").orElseThrow();
    DateResolver.TimeExpression when = timeFor(speaker);
    Token trig = graph.token(speaker);
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
   * Whether the sentence names an actor of a country other than the given one: then a protest with no target of its
   * own is aimed abroad ("Estonia summoned Russia's ambassador to protest against …"), and the target is found in
   * the sentence rather than defaulted to the protester's own country.
   */
  private boolean namesAnotherCountry(String country) {
    for (int i = 0; i < graph.size(); i++) {
      Mention m = graph.mentionAt(i);
      if (m != null && m.actor() != null && m.actor().country() != null && !m.actor().country().equals(country)
          && !RoleFinder.unplaced(m.actor())) {
        return true;
      }
    }
    return false;
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
      if (m.actor() != null && !RoleFinder.unplaced(m.actor())) {
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

  /**
   * The source of an agentless passive the reader supplies: "was detained in the United States" was detained by
   * that country's authorities; "Blunkett has been accused of …" was accused by the article's critics of his
   * government. Other agentless passives name no source and are not coded.
   */
  private List<Mention> passiveSources(Frame f, String type) {
    int v = f.trigger();
    if ((f.noun() != null && f.noun() != v) || !graph.token(v).isVerb()) {
      return List.of();
    }
    List<Mention> patients = new ArrayList<>();
    for (Dependency d : graph.kids(v)) {
      if (d.relation().equals("nsubj:pass")) {
        patients.addAll(roles.actorsOf(d.dependent(), 0));
      }
    }
    if (patients.isEmpty()) {
      return List.of();
    }
    if (type.equals("COERCE")) {
      for (Dependency d : graph.kids(v)) {
        if (d.baseRelation().equals("obl") && "in".equals(graph.caseOf(d.dependent()))) {
          for (Mention place : roles.actorsOf(d.dependent(), 0)) {
            if (place.actor() != null && place.actor().kind() == org.parley.model.ActorKind.STATE
                && !TargetInference.sameSide(place, patients.get(0))) {
              return List.of(StateActs.isBareState(place) ? StateActs.governmentOf(place) : place);
            }
          }
        }
      }
      return List.of();
    }
    if (type.equals("ACCUSE")) {
      Mention accuser = accuserOf.apply(patients.get(0));
      return accuser == null ? List.of() : List.of(accuser);
    }
    return List.of();
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
    for (int k = 0; k < SentenceGraph.MAX_DEPTH; k++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      cur = h.governor();
      for (DateResolver.TimeExpression t : times) {
        Dependency th = graph.head(t.anchor());
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
      Dependency h = graph.head(cur);
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
}
