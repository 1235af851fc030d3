package org.parley.events;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.events.ClauseContext.Context;
import org.parley.events.Lexicon.WordClass;
import org.parley.nlp.Dependency;

/**
 * Non-event filters: predicates that look like acts but are not reported as done, and so are not coded. A wish, plan,
 * expectation or hedged possibility; a refusal to comment; a question; a release that publishes rather than frees; an
 * act its governor blocks ("was unable to return"); and the purpose infinitive of a meeting or of another act, which
 * says why that act was done rather than naming a second one.
 */
final class NonEventFilters {
  /** CAMEO roots of material acts and protests, whose purpose clauses are not further events. */
  private static final Set<String> ACTS = Set.of("07", "08", "14", "15", "16", "17", "18", "19", "20");

  private final SentenceGraph graph;
  private final Lexicon lexicon;
  private final Ontology ontology;
  private final FrameFinder frames;
  private final ClauseContext contexts;

  NonEventFilters(SentenceGraph graph, Lexicon lexicon, Ontology ontology, FrameFinder frames,
                  ClauseContext contexts) {
    this.graph = graph;
    this.lexicon = lexicon;
    this.ontology = ontology;
    this.frames = frames;
    this.contexts = contexts;
  }

  /**
   * Whether the predicate is wished, planned or expected rather than announced ("wants to sell arms", "hoped an
   * agreement could be reached", "is expected to strike a deal"), or only possible ("could lead to", "may have to
   * accept"). A demand stays a demand under "should".
   */
  boolean unasserted(Frame f, Context ctx, @Nullable String modal) {
    if (modal == null) {
      modal = contexts.governingModal(f.trigger());
    }
    if (declinedComment(f.trigger()) || question(f.trigger()) || publishedNotFreed(f)
        || blockedByGovernor(f.trigger()) || subjectRefuses(f.trigger()) || nominalGerund(f.trigger())
        || underWishNoun(f) || withoutClause(f.trigger()) || habitual(f.trigger()) || urgedToBe(f)
        || counterfactual(f.trigger()) || aimedAtNobody(f.trigger()) || predictedForOthers(f.trigger(), modal)
        || announcedSpeech(f, modal) || narratedObligation(f) || selfDefence(f.trigger())
        || acknowledgedFact(f.trigger()) || describedState(f)) {
      return true;
    }
    if (ctx.intentVerb != null && EventWords.WISH_VERBS.contains(ctx.intentVerb)) {
      return !plannedLegalAction(f, ctx);
    }
    if (f.intent() && EventWords.WISH_VERBS.contains(graph.lemma(f.trigger()))) {
      return true;
    }
    return modal != null && EventWords.HEDGING_MODALS.contains(modal)
        && !(f.code().startsWith("10") || f.code().startsWith("02"));
  }

  /**
   * "Under the agreement, Turkey must issue a statement promising to sign an accord": what the writer says a party
   * must do has not been done. (Said by a party, "Turkey must recognise Cyprus" is a demand, coded from the report.)
   */
  private boolean narratedObligation(Frame f) {
    String root = f.code().substring(0, 2);
    if (root.equals("10") || root.equals("02")) {
      return false;
    }
    int cur = f.trigger();
    boolean must = false;
    for (int k = 0; k < SentenceGraph.MAX_DEPTH && cur >= 0; k++) {
      must |= "must".equals(graph.modalOf(cur));
      if (lexicon.has(WordClass.REPORT_VERB, graph.lemma(cur)) && graph.token(cur).isVerb()) {
        return false;
      }
      Dependency h = graph.head(cur);
      cur = h == null ? -1 : h.governor();
    }
    return must;
  }

  /**
   * "the treatment they received while detained", "Marines deployed aboard Navy ships remain …": a bare participle
   * with no subject, auxiliary or agent describes a state someone is in, not an act the sentence reports. ("held by
   * the US", with its agent, still names who holds them.)
   */
  private boolean describedState(Frame f) {
    int p = f.trigger();
    Dependency h = graph.head(p);
    if (f.noun() != null || !graph.token(p).pos().equals("VBN") || h == null
        || !(h.relation().equals("acl") || h.relation().equals("advcl"))) {
      return false;
    }
    for (Dependency d : graph.kids(p)) {
      String r = d.relation();
      if (r.startsWith("nsubj") || r.startsWith("aux")) {
        return false;
      }
    }
    return graph.passiveAgent(p) < 0;
  }

  /** "defended his decision to engage with them": justifying one's own act supports no one else. */
  private boolean selfDefence(int p) {
    String l = graph.lemma(p);
    if (!(l.equals("defend") || l.equals("justify"))) {
      return false;
    }
    for (Dependency d : graph.kids(p)) {
      if (d.relation().equals("obj")) {
        for (Dependency o : graph.kids(d.dependent())) {
          if (o.relation().equals("nmod:poss") && graph.token(o.dependent()).pos().startsWith("PRP")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "We recognize Clinton has enormous support": recognising that something is so acknowledges a fact. */
  private boolean acknowledgedFact(int p) {
    String l = graph.lemma(p);
    return (l.equals("recognize") || l.equals("recognise") || l.equals("acknowledge")) && graph.hasKid(p, "ccomp");
  }

  /** "plans to sue the government": legal action planned is announced as a threat (coded so by the coder). */
  boolean plannedLegalAction(Frame f, Context ctx) {
    return ctx.intentVerb != null && EventWords.WISH_VERBS.contains(ctx.intentVerb)
        && EventWords.LEGAL_ACTION_VERBS.contains(graph.lemma(f.trigger())) && !graph.isNegated(f.trigger());
  }

  /**
   * "could have eased the passage", "it would have been safer to seek a second resolution": what would have happened,
   * not what did. The modal and "have" sit on the act or on the word whose infinitive it is.
   */
  private boolean counterfactual(int p) {
    int cur = p;
    for (int k = 0; k < 3 && cur >= 0; k++) {
      boolean modal = false;
      boolean perfect = false;
      for (Dependency d : graph.kids(cur)) {
        if (d.relation().equals("aux")) {
          String l = graph.lemma(d.dependent());
          modal |= l.equals("would") || l.equals("could") || l.equals("might") || l.equals("should");
          perfect |= l.equals("have");
        }
      }
      if (modal && perfect) {
        return true;
      }
      Dependency h = graph.head(cur);
      if (h == null || !(h.relation().equals("xcomp") || h.relation().equals("csubj") || h.relation().equals("ccomp"))
          || !graph.isInfinitive(cur) && !h.relation().equals("csubj")) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /** "I'm not supporting anybody", "refused to blame anyone": an act aimed at no one is no act towards a party. */
  private boolean aimedAtNobody(int p) {
    for (Dependency d : graph.kids(p)) {
      if (d.relation().equals("obj") && EventWords.NOBODY_WORDS.contains(graph.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The report will undoubtedly be welcomed by most nuns": a future passive with its agent named is the writer's
   * prediction about others, not an intention anyone announced ("the prisoners will be released", with no agent,
   * stays the announcement of whoever releases them).
   */
  private boolean predictedForOthers(int p, @Nullable String modal) {
    if (modal == null || !(modal.equals("will") || modal.equals("'ll")) || !graph.hasKid(p, "aux:pass")) {
      return false;
    }
    return graph.passiveAgent(p) >= 0;
  }

  /**
   * "I will be asking Parliament to renew the law", "he would speak bluntly against corruption": criticism or a
   * demand announced for later has not been made yet. (Refusals and threats announced for later are acts now and are
   * not verbal acts of this kind; a demand under "should" or "must" is made as it is said.)
   */
  private boolean announcedSpeech(Frame f, @Nullable String modal) {
    if (modal == null || !(modal.equals("will") || modal.equals("would") || modal.equals("'ll"))
        || graph.isNegated(f.trigger()) || f.noun() != null && f.noun() != f.trigger()) {
      return false;
    }
    String root = f.code().substring(0, 2);
    return root.equals("10") || root.equals("11") || root.equals("02");
  }

  /**
   * "Blair's refusal to accept the proposals means …", parsed with the refusal as the infinitive's subject: an
   * infinitive whose subject is a refusal, demand, threat or accusation is what was refused or demanded.
   */
  private boolean subjectRefuses(int p) {
    Integer subject = null;
    for (Dependency d : graph.kids(p)) {
      if (d.relation().equals("nsubj") && graph.token(d.dependent()).isNoun()) {
        subject = d.dependent();
      }
    }
    if (!graph.isInfinitive(p) || subject == null) {
      return false;
    }
    Lexicon.Entry e = frames.matcher().best(WordClass.EVENT_NOUN, subject, graph.lemma(subject));
    return e != null && Set.of("02", "10", "11", "12", "13").contains(e.code().substring(0, 2));
  }

  /** "after nearly a decade of fighting in Afghanistan": an activity named by a gerund, not an act done. */
  private boolean nominalGerund(int p) {
    if (!graph.token(p).pos().equals("VBG") || graph.hasKid(p, "nsubj")) {
      return false;
    }
    Dependency h = graph.head(p);
    String c = graph.caseOf(p);
    return h != null && (h.baseRelation().equals("nmod") || h.baseRelation().equals("obl")) && c != null
        && EventWords.NOMINAL_GERUND_CASES.contains(c);
  }

  /**
   * "was unable to return", "is bound by law to help Taiwan defend itself", "to prevent him from fighting": did not
   * happen. The blocking word may govern the act through a chain of infinitives.
   */
  private boolean blockedByGovernor(int p) {
    int cur = p;
    for (int k = 0; k < 3; k++) {
      Dependency h = graph.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      String r = h.relation();
      boolean embedded = r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp") || r.startsWith("acl")
          || r.equals("obl") || r.equals("nmod");
      if (!embedded) {
        return false;
      }
      if (EventWords.BLOCKING_GOVERNORS.contains(graph.lemma(h.governor()))) {
        return true;
      }
      // only infinitive chains pass the block on ("bound to help Taiwan defend", a bare infinitive read as ccomp)
      boolean infinitiveClause = graph.isInfinitive(cur) || graph.token(cur).pos().equals("VB");
      if (!(r.equals("xcomp") || r.equals("ccomp") && infinitiveClause)) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * "in an attempt to fight poverty", "a bid to end the strike", and the misparsed "The Lib Dems plan to oppose the
   * Bill" (the noun read as the infinitive's subject): what a noun of wishing or trying governs is not done. An
   * attempted attack is still an attack ("an attempt to assassinate the governor was thwarted").
   */
  private boolean underWishNoun(Frame f) {
    int p = f.trigger();
    if (!graph.isInfinitive(p) || Set.of("18", "19", "20").contains(f.code().substring(0, 2))) {
      return false;
    }
    Dependency h = graph.head(p);
    // "in an attempt to …", and "were on their way to visit …" (the noun heads the clause, the infinitive its xcomp)
    if (h != null && h.governor() >= 0 && (h.relation().startsWith("acl") || h.relation().equals("xcomp"))
        && graph.token(h.governor()).isNoun()
        && EventWords.WISH_NOUNS.contains(graph.lemma(h.governor()))) {
      return true;
    }
    for (Dependency d : graph.kids(p)) {
      if (d.relation().equals("nsubj") && graph.token(d.dependent()).isNoun()
          && EventWords.WISH_NOUNS.contains(graph.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "urged them to be strong", "asked everyone to be patient": what is asked is a state of mind, not an act of
   * anyone's, so there is no political request.
   */
  private boolean urgedToBe(Frame f) {
    if (!(f.code().startsWith("10") || f.code().startsWith("02"))) {
      return false;
    }
    for (Dependency d : graph.kids(f.trigger())) {
      int x = d.dependent();
      if (d.relation().equals("xcomp") && graph.token(x).pos().startsWith("JJ") && graph.hasKid(x, "cop")) {
        return true;
      }
    }
    return false;
  }

  /** "Without the workers to help out, …": a clause under "without" says what is missing, not what was done. */
  private boolean withoutClause(int p) {
    int cur = p;
    Dependency h = graph.head(cur);
    if (h != null && h.governor() >= 0 && h.relation().equals("conj")) {
      cur = h.governor();
      h = graph.head(cur);
    }
    if (h == null || h.governor() < 0 || !h.relation().equals("advcl")) {
      return false;
    }
    for (Dependency d : graph.kids(cur)) {
      if (d.relation().equals("mark") && graph.lower(d.dependent()).equals("without")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Many Republicans have opposed the programme since its inception", "has pushed for gun control throughout his
   * presidency", "for decades": a habit or a history, not an act of the article's period.
   */
  private boolean habitual(int p) {
    for (Dependency d : graph.kids(p)) {
      int n = d.dependent();
      if (d.relation().equals("advmod") && EventWords.HABITUAL_ADVERBS.contains(graph.lemma(n))) {
        return true;
      }
      if (!d.baseRelation().equals("obl") || !graph.token(n).isNoun()) {
        continue;
      }
      String c = graph.caseOf(n);
      String l = graph.lemma(n);
      if (c == null || !EventWords.HABITUAL_CASES.contains(c) || !EventWords.HABITUAL_SPANS.contains(l)) {
        continue;
      }
      boolean countable = l.equals("year") || l.equals("decade") || l.equals("month");
      if (!countable || graph.token(n).pos().equals("NNS") && !graph.hasKid(n, "nummod")) {
        return true;
      }
    }
    return false;
  }

  /** "declined to comment", "refused to answer questions": a reporter was refused, not a party. */
  private boolean declinedComment(int p) {
    String l = graph.lemma(p);
    if (!(l.equals("decline") || l.equals("refuse"))) {
      return false;
    }
    for (Dependency d : graph.kids(p)) {
      if (d.relation().equals("xcomp") && EventWords.NO_COMMENT_VERBS.contains(graph.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** "asked why the government was agreeing", "asked whether…": a question, not a request. */
  private boolean question(int p) {
    if (!graph.lemma(p).equals("ask")) {
      return false;
    }
    // "asked Cameron in the Commons": asking someone, with no act asked of them ("to …") nor a thing ("for …"),
    // is putting a question
    boolean asksForSomething = false;
    for (Dependency d : graph.kids(p)) {
      String r = d.relation();
      asksForSomething |= r.equals("xcomp") || r.equals("ccomp")
          || (d.baseRelation().equals("obl") && "for".equals(graph.caseOf(d.dependent())));
    }
    if (!asksForSomething) {
      return true;
    }
    for (Dependency d : graph.kids(p)) {
      if (!d.relation().equals("ccomp")) {
        continue;
      }
      for (Dependency m : graph.kids(d.dependent())) {
        String w = graph.lower(m.dependent());
        if ((m.relation().equals("mark") && (w.equals("whether") || w.equals("if")))
            || graph.token(m.dependent()).pos().startsWith("W")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "released a report", "provided a memo", "gave details": published or told, not freed or given as aid. */
  private boolean publishedNotFreed(Frame f) {
    int p = f.trigger();
    // only acts of giving and freeing: "sent a list of demands" is a demand whatever was sent
    if (!(f.code().startsWith("07") || f.code().startsWith("08"))) {
      return false;
    }
    // "provided a memo to CNN", "will give more information": information handed over is no aid either
    if (!EventWords.HANDING_VERBS.contains(graph.lemma(p))) {
      return false;
    }
    for (Dependency d : graph.kids(p)) {
      if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
          && EventWords.PUBLISHED_THINGS.contains(graph.lemma(d.dependent()))) {
        return true;
      }
    }
    // "the torrent he released today": the thing released is the noun the clause describes
    Dependency h = graph.head(p);
    return h != null && h.governor() >= 0 && h.relation().equals("acl:relcl")
        && EventWords.PUBLISHED_THINGS.contains(graph.lemma(h.governor()));
  }

  /**
   * "met in Zurich to discuss trade", "held talks to discuss the crisis": the purpose infinitive of a meeting names its
   * topic, not a second meeting.
   */
  boolean purposeOfMeeting(int p, String code) {
    if (!code.startsWith("04") || !graph.token(p).isVerb()) {
      return false;
    }
    Dependency h = graph.head(p);
    if (h == null || h.governor() < 0 || !Set.of("advcl", "xcomp", "acl").contains(h.relation())) {
      return false;
    }
    if (!graph.isInfinitive(p)) {
      return false;
    }
    int g = h.governor();
    Frame gf = frames.frame(g);
    if (gf == null) {
      // "held talks to discuss": the light verb's noun carries the meeting
      for (Dependency d : graph.kids(g)) {
        Frame nf = graph.token(d.dependent()).isNoun() ? frames.cached(d.dependent()) : null;
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
  boolean purposeOfAnotherAct(Frame f) {
    int p = f.trigger();
    Dependency h = graph.head(p);
    if (f.noun() != null && f.noun() != p || !graph.token(p).isVerb() || h == null || h.governor() < 0
        || !(h.relation().equals("advcl") || h.relation().equals("xcomp"))) {
      return false;
    }
    if (!graph.isInfinitive(p)) {
      return false;
    }
    Frame gf = frames.frame(h.governor());
    if (gf == null) {
      return false;
    }
    // The parser also reads purposes as xcomp; then only acts done, not intended, demanded or refused, govern
    // ("blocked roads to demand jobs", but not "threatened to impose" or "refused to attend").
    if (h.relation().equals("xcomp") && (!ACTS.contains(gf.code().substring(0, 2))
        || lexicon.has(WordClass.INTENT_VERB, graph.lemma(h.governor())))) {
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
}
