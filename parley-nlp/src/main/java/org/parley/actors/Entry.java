package org.parley.actors;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorKind;

/**
 * One name of one dictionary actor, possibly valid only between two dates.
 *
 * @param type what the name is (country name, adjective, capital, seat, IGO, person, user entry)
 * @param code the CAMEO-style code the name gives
 * @param name the actor's readable canonical name
 * @param kind the actor kind
 * @param country ISO alpha-3 country, or null for IGOs and unknown
 * @param sector CAMEO sector, or null
 * @param title canonical office title for leaders ("prime minister"), or null
 * @param gender 'M', 'F' or '-' when unknown
 * @param from first day of validity, or null for always
 * @param to last day of validity, or null for open-ended
 * @param acronym whether the text must write it in capitals
 * @param source the table the name comes from, shown by {@code parley actor}
 */
record Entry(
    Type type,
    String code,
    String name,
    ActorKind kind,
    @Nullable String country,
    @Nullable String sector,
    @Nullable String title,
    char gender,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    boolean acronym,
    String source) {

  /** An entry of Parley's own tables, its source named after its type. */
  Entry(Type type, String code, String name, ActorKind kind, @Nullable String country, @Nullable String sector,
        @Nullable String title, char gender, @Nullable LocalDate from, @Nullable LocalDate to, boolean acronym) {
    this(type, code, name, kind, country, sector, title, gender, from, to, acronym, switch (type) {
      case COUNTRY, ADJECTIVE -> "countries.tsv";
      case CAPITAL -> "countries.tsv, places.tsv";
      case SEAT -> "seats.tsv";
      case IGO -> "igos.tsv";
      case PARTY -> "parties.tsv";
      case PERSON -> "leaders.tsv";
      case USER -> "user dictionary";
    });
  }

  enum Type {
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    SEAT,
    IGO,
    /** A political party: GOV while it governs (dated entries), OPP otherwise. */
    PARTY,
    PERSON,
    USER
  }

  boolean dated() {
    return from != null || to != null;
  }

  boolean activeOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  Entry withAcronym(boolean a) {
    return new Entry(type, code, name, kind, country, sector, title, gender, from, to, a, source);
  }
}
