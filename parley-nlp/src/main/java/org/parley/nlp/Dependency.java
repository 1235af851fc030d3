package org.parley.nlp;

/**
 * A Universal Dependencies edge between two tokens of a sentence.
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation, with subtype ("nsubj", "obl:to", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The relation without its subtype: "obl:to" gives "obl". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
