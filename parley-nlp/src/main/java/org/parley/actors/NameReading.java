package org.parley.actors;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One way a name can be read by the dictionary, as {@code parley actor} shows it.
 *
 * @param code the actor code this reading gives
 * @param name the actor's canonical name
 * @param kind state, person, organisation, IGO …
 * @param role the office ("prime minister") or, without one, the sector's code; null for a bare country
 * @param from first day of the role, or null
 * @param to last day of the role, or null
 * @param chosen whether this is the reading the resolver takes on the date asked
 * @param source the table it comes from
 */
public record NameReading(String code, String name, String kind, @Nullable String role, @Nullable LocalDate from,
                          @Nullable LocalDate to, boolean chosen, String source) {
  static NameReading of(Entry e, boolean chosen) {
    String role = e.title() != null ? e.title() : e.sector();
    return new NameReading(e.code(), e.name(), e.kind().name().toLowerCase(java.util.Locale.ROOT), role, e.from(),
        e.to(), chosen, e.source());
  }
}
