package org.parley.server;

import java.util.Locale;
import java.util.Set;

/**
 * Sorts PLOVER types into cooperation and conflict, following the CAMEO quad classes the types map to (verbal and
 * material cooperation vs verbal and material conflict), and names the types that show a stance on an issue.
 */
final class PloverClasses {
  private PloverClasses() {}

  static final Set<String> COOPERATION =
      Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST");
  static final Set<String> CONFLICT =
      Set.of("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** PLOVER's sixteen event types, the only values {@code type} may take. */
  static final Set<String> TYPES = java.util.stream.Stream.concat(COOPERATION.stream(), CONFLICT.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The types the positions view marks: they say where an actor stands and whether it moved. */
  static final Set<String> STANCES = Set.of("REJECT", "REQUEST", "AGREE", "CONCEDE");

  /** "conflict", "cooperation" or "other" for types outside PLOVER's sixteen. */
  static String classOf(String type) {
    String t = type.toUpperCase(Locale.ROOT);
    return CONFLICT.contains(t) ? "conflict" : COOPERATION.contains(t) ? "cooperation" : "other";
  }
}
