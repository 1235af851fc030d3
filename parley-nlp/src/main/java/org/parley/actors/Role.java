package org.parley.actors;

/**
 * A role word and the sector it gives.
 *
 * @param sector CAMEO sector (GOV, MIL, REB, OPP, COP, JUD, LEG, BUS, CVL, MED, …)
 * @param type TITLE for a one-person office, GROUP for people known by role, ORG for an institution
 * @param title canonical office for TITLE roles, else "-"
 * @param gender 'M', 'F' or '-'
 * @param acronym whether the text must write it in capitals ("PM", "MP")
 */
record Role(String sector, Type type, String title, char gender, boolean acronym) {
  enum Type {
    TITLE,
    GROUP,
    ORG
  }
}
