package org.parley.events;

import java.util.Set;
import org.parley.words.WordLists;

/** The named word lists of the event coder's rules, read once from {@code event-words.txt}. */
final class EventWords {
  private static final WordLists WORDS = WordLists.of(EventWords.class, "event-words.txt");

  private EventWords() {}

  /** Verbs of wishing and planning: an act under them has not been announced. */
  static final Set<String> WISH_VERBS = list("wish-verbs");
  /** Modals that make an act a possibility. */
  static final Set<String> HEDGING_MODALS = list("hedging-modals");
  /** Verbs that are criticism unless armed forces do them. */
  static final Set<String> ATTACK_VERBS = list("attack-verbs");
  /** Sectors whose attacks are physical. */
  static final Set<String> ARMED_SECTORS = list("armed-sectors");

  /** Complements of "declined to" that answer a reporter, not a party. */
  static final Set<String> NO_COMMENT_VERBS = list("no-comment-verbs");
  /** Objects of "release" that are published, not freed. */
  static final Set<String> PUBLISHED_THINGS = list("published-things");

  /** Governors whose infinitive did not happen ("unable to return", "bound to help"). */
  static final Set<String> BLOCKING_GOVERNORS = list("blocking-governors");

  /** Intent verbs that announce an agreement ("agreed to begin talks"). */
  static final Set<String> PROMISING_VERBS = list("promising-verbs");
  /** Refusals that are threats when announced for later ("will vote against", "will block"). */
  static final Set<String> THREAT_IN_FUTURE = list("threat-in-future");

  /** Verbs that free or give, whose published object makes them no event ("released a report"). */
  static final Set<String> HANDING_VERBS = list("handing-verbs");

  /** Promising verbs that are no agreement when what they promise is no act ("vowed to keep trying"). */
  static final Set<String> EMPTY_PROMISES = list("empty-promises");
  /** Prepositions after which a gerund names an activity, not an act ("a decade of fighting"). */
  static final Set<String> NOMINAL_GERUND_CASES = list("nominal-gerund-cases");

  /** Verbs of fighting that are force only when armed forces do them ("fight corruption" is no assault). */
  static final Set<String> ARMED_ONLY_VERBS = list("armed-only-verbs");

  /** Nouns whose infinitive is wanted or possible, not done ("in an attempt to fight poverty"). */
  static final Set<String> WISH_NOUNS = list("wish-nouns");
  /** Spans of time that make an act a habit ("since its inception", "throughout his presidency"). */
  static final Set<String> HABITUAL_SPANS = list("habitual-spans");
  /** Prepositions before a habitual span. */
  static final Set<String> HABITUAL_CASES = list("habitual-cases");
  /** Sectors whose protests are criticism, not demonstrations. */
  static final Set<String> SPEAKING_SECTORS = list("speaking-sectors");

  /** Verbs of arriving, visits only when no armed force arrives. */
  static final Set<String> ARRIVAL_VERBS = list("arrival-verbs");

  /** Verbs of thinking, whose complement is a belief, not a report. */
  static final Set<String> BELIEF_VERBS = list("belief-verbs");

  /** Event nouns whose "from" phrase is their source ("criticism from the media"). */
  static final Set<String> AGENT_FROM_NOUNS = list("agent-from-nouns");

  /** Meeting nouns whose "with" names the other side ("after talks with Chile"). */
  static final Set<String> MEETING_NOUNS = list("meeting-nouns");

  /** Objects that name no one ("not supporting anybody"). */
  static final Set<String> NOBODY_WORDS = list("nobody-words");
  /** Adverbs of frequency that make an act a habit ("they often chant"). */
  static final Set<String> HABITUAL_ADVERBS = list("habitual-adverbs");

  /** Legal action that is a threat when planned ("plans to sue"). */
  static final Set<String> LEGAL_ACTION_VERBS = list("legal-action-verbs");

  /** Adjectives of concern ("is concerned about"). */
  static final Set<String> CONCERN_ADJECTIVES = list("concern-adjectives");

  /** Verbs that draw a conclusion ("the attacks indicate that …"). */
  static final Set<String> EVIDENTIAL_VERBS = list("evidential-verbs");

  /** Report verbs whose complement can allege force ("said that Iraq had attacked"). */
  static final Set<String> ALLEGING_VERBS = list("alleging-verbs");
  /** Verbs whose object acts in their infinitive ("asked Obama to help"). */
  static final Set<String> OBJECT_CONTROL_VERBS = list("object-control-verbs");
  /** Documents that speak for their issuer. */
  static final Set<String> DOCUMENTS = list("documents");

  /** Verbs of holding people ("held by the US"). */
  static final Set<String> HOLDING_VERBS = list("holding-verbs");
  /** Verbs of letting people go, done by whoever holds them. */
  static final Set<String> RELEASING_VERBS = list("releasing-verbs");
  /** People held or harmed, whom a complaint about their treatment is made for, not against. */
  static final Set<String> CAPTIVES = list("captives");

  static Set<String> list(String name) {
    return WORDS.set(name);
  }
}
