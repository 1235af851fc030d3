package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Acts whose other party is fixed by what the act is, whatever the sentence names nearby: people are returned to a
 * state (its government receives them), and a veto strikes down what a legislature passed.
 */
final class StateActs {
  /** What a legislature passes and an executive may veto. */
  private static final java.util.Set<String> LAWS = java.util.Set.of("bill", "law", "legislation", "measure",
      "budget", "act", "amendment", "ordinance");

  private StateActs() {}

  /** "will be returned to the UK": the country that receives people back is its government. */
  static Event received(Event e, ParsedSentence s) {
    Token t = triggerToken(e, s);
    Mention target = e.target();
    if (t == null || target == null || !EventWords.RELEASING_VERBS.contains(t.lemma()) || !isBareState(target)
        || !afterTo(s, target)) {
      return e; // "Iran released two Dutch sailors": the released are no state
    }
    return withTarget(e, governmentOf(target));
  }

  /** "vetoed a bill": aimed at the legislature of the vetoing executive's country, not at whom the bill concerns. */
  static Event vetoed(Event e, ParsedSentence s) {
    Token t = triggerToken(e, s);
    Actor src = e.source().actor();
    if (t == null || !t.lemma().equals("veto") || src == null || src.country() == null) {
      return e;
    }
    // a legislature the act's own words name stands; any other target gives way to the legislature of the bill
    if (!TargetInference.targetGuessed(e) && e.target().actor() != null
        && "LEG".equals(e.target().actor().sector())) {
      return e;
    }
    for (Dependency d : s.childrenOf(t.index())) {
      boolean of = d.baseRelation().equals("nmod") && s.childrenOf(d.dependent()).stream()
          .anyMatch(c -> c.relation().equals("case") && s.tokens().get(c.dependent()).lemma().equals("of"));
      Token bill = s.tokens().get(d.dependent());
      // "vetoed a bill", "Christie's veto of a bill"; a vetoed UN resolution is the Security Council's, not a
      // legislature's
      if ((d.relation().equals("obj") || of) && LAWS.contains(bill.lemma().toLowerCase(java.util.Locale.ROOT))) {
        Mention legislature = new Mention(new org.parley.model.Span(bill.start(), bill.end()), bill.word(),
            new Actor(src.country() + "LEG", src.country() + " legislature", ActorKind.ORGANIZATION, src.country(),
                "LEG"));
        return withTarget(e, legislature).withRule(TargetInference.ruleWithoutGuess(e) + "/vetoed-legislature");
      }
    }
    return e;
  }

  private static @org.jspecify.annotations.Nullable Token triggerToken(Event e, ParsedSentence s) {
    for (Token t : s.tokens()) {
      if (t.start() == e.trigger().start()) {
        return t;
      }
    }
    return null;
  }

  /** The mention is a destination: "to" stands right before it, or before its article. */
  private static boolean afterTo(ParsedSentence s, Mention m) {
    java.util.List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      if (toks.get(i).start() >= m.span().start()) {
        int before = toks.get(i - 1).lemma().equals("the") && i >= 2 ? i - 2 : i - 1;
        return toks.get(before).lemma().equalsIgnoreCase("to");
      }
    }
    return false;
  }

  /** A mention of a state itself (its bare country code), which a government act may stand for. */
  static boolean isBareState(Mention m) {
    Actor a = m.actor();
    return a != null && a.country() != null && a.code().equals(a.country());
  }

  /**
   * The same words as the state's government: "detained in the United States", "people returned to the UK", "no
   * question of Britain giving up our veto" (a minister speaking). A bare place code would read as the country.
   */
  static Mention governmentOf(Mention state) {
    Actor a = state.actor();
    return new Mention(state.span(), state.text(), new Actor(a.country() + "GOV", a.name(), ActorKind.STATE,
        a.country(), "GOV"));
  }

  private static Event withTarget(Event e, Mention target) {
    return new Event(e.type(), e.cameoCode(), e.goldstein(), e.source(), target, e.date(), e.precision(),
        e.negated(), e.modality(), e.trigger(), e.sentence(), e.confidence(), e.rule());
  }
}
