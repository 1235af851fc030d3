package org.parley.store;

/**
 * An actor with how often it appears.
 *
 * @param code the actor code
 * @param name the most common name it goes by
 * @param asSource events it initiated
 * @param asTarget events aimed at it
 * @param quotes quotes it is the speaker of
 */
public record ActorCount(String code, String name, int asSource, int asTarget, int quotes) {
  public int total() {
    return asSource + asTarget + quotes;
  }
}
