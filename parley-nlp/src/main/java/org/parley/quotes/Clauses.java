package org.parley.quotes;

import java.util.Locale;
import java.util.Optional;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;

/**
 * What the dependency parse says of a clause, as the cue rules ask it: the word that introduces a dependent, whether
 * a verb has a subject, is passive or names its agent, and which word is the root.
 */
final class Clauses {
  private Clauses() {}

  /**
   * The preposition or subordinator that introduces a dependent ("against" in "warned against hackers", "for" in
   * "blamed him for leaving"), lower-cased, or "" when it has none. The parse gives basic relations ("obl", not
   * "obl:against"), so the word is read from the dependent's case or mark child.
   */
  static String prepositionOf(ParsedSentence s, int dependent) {
    for (Dependency c : s.childrenOf(dependent)) {
      if ((c.relation().equals("case") || c.relation().equals("mark")) && c.dependent() < dependent) {
        return s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  static boolean hasSubject(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
        return true;
      }
    }
    return false;
  }

  static int rootOf(ParsedSentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  static boolean isPassive(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue is a passive participle clause with no agent ("Asked about the plan, Lee said …", "…, Lee said when
   * asked about it"): the subject it borrows from the clause above is who was asked; who asks is not named.
   */
  static boolean passiveWithoutAgent(ParsedSentence s, int verb) {
    return participleClause(s, verb) && !hasAgent(s, verb);
  }

  /** Whether the verb is passive (a passive auxiliary or subject) with no agent ("by …") attached. */
  static boolean passiveNoAgent(ParsedSentence s, int verb) {
    return isPassive(s, verb) && !hasAgent(s, verb);
  }

  /** Whether a "by" phrase after the verb names who acts ("was asked by reporters"). */
  private static boolean hasAgent(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl") && d.dependent() > verb
          && prepositionOf(s, d.dependent()).equals("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb is a past participle heading an adverbial clause of its own, with no auxiliary, subject or object
   * ("Asked about …, Lee said"). Finite passives are left alone: the news annotation this was measured on often names
   * their subject as the source ("they were being told to …"); a main verb tagged as a participle is more often a past
   * tense ("“…,” Devine declared"), and a conjunct shares its head's auxiliary ("has mocked him and referred to …").
   */
  private static boolean participleClause(ParsedSentence s, int verb) {
    Optional<Dependency> h = s.headOf(verb);
    // "Asked …, Lee said" is sometimes left an unlabelled dependent; at the start of the sentence it is the same clause
    if (!s.tokens().get(verb).pos().equals("VBN") || h.isEmpty()
        || !(h.get().baseRelation().equals("advcl") || h.get().baseRelation().equals("dep") && verb == 0)) {
      return false;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("aux") || d.relation().equals("obj") || d.relation().startsWith("nsubj")) {
        return false;
      }
    }
    return true;
  }
}
