package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resolved actor in CAMEO style.
 *
 * @param code the CAMEO-style code: ISO 3166 alpha-3 country plus sector ({@code RUS}, {@code RUSGOV}, {@code USAMIL}),
 *     or an {@code IGO…} code for international bodies
 * @param name a readable name ("Russia", "Kaja Kallas", "NATO")
 * @param kind what sort of actor it is
 * @param country the ISO 3166 alpha-3 country, when the actor belongs to one
 * @param sector the CAMEO sector ({@code GOV}, {@code MIL}, {@code REB}, {@code OPP}, {@code CVL}…), when known
 */
public record Actor(String code, String name, ActorKind kind, @Nullable String country, @Nullable String sector) {
  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
