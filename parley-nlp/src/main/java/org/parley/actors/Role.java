package org.parley.actors;

/**
 * A role word and the sector it gives.
 *
 * @param sector CAMEO sector (GOV, MIL, REB, OPP, COP, JUD, LEG, BUS, CVL, MED, …)
 * @param type TITLE for a one-person office, GROUP for people known by role, AGENT for a singular generic noun,
 *     ORG for an institution
 * @param title canonical office for TITLE roles, else "-"
 * @param gender 'M', 'F' or '-'
 * @param acronym whether the text must write it in capitals ("PM", "MP")
 */
record Role(String sector, Type type, String title, char gender, boolean acronym) {
  enum Type {
    TITLE,
    GROUP,
    /** A generic agent noun in the singular ("boss", "soldier"): a group, except that a name may follow it. */
    AGENT,
    ORG
  }

  /** Whether a person's name may follow the role ("Prime Minister Kaja Kallas", "airline boss Tony Fernandes"). */
  boolean takesName() {
    return type == Type.TITLE || type == Type.AGENT;
  }

  /** Whether the role names people known only by it ("officials", "a soldier"). */
  boolean groupLike() {
    return type == Type.GROUP || type == Type.AGENT;
  }
}
