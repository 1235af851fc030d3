package org.parley.model;

/** What sort of thing an actor is. */
public enum ActorKind {
  /** A country or its government as a whole ("Iran", "Tehran", "the White House"). */
  STATE,
  /** An international or regional body ("NATO", "the UN"). */
  IGO,
  /** A named person, coded by the country and sector of their role. */
  PERSON,
  /** A named organisation that is not an IGO (parties, companies, NGOs, armed groups). */
  ORGANIZATION,
  /** An unnamed group known only by its role ("protesters", "troops"). */
  GROUP
}
