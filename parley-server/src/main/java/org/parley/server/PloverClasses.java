package org.parley.server;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.EventType;

/**
 * The API's view of event types: PLOVER's sixteen (what {@code type} may take) sorted into cooperation and conflict as
 * {@link EventType#side()} says, and the types that show a stance on an issue.
 */
final class PloverClasses {
  private PloverClasses() {}

  /** PLOVER's sixteen event types, the only values {@code type} may take. */
  static final Set<String> TYPES = Arrays.stream(EventType.values()).filter(EventType::isPlover).map(Enum::name)
      .collect(Collectors.toUnmodifiableSet());

  /** The types the positions view marks: they say where an actor stands and whether it moved. */
  static final Set<String> STANCES = Set.of("REJECT", "REQUEST", "AGREE", "CONCEDE");

  /** "conflict", "cooperation" or "other" for the markers outside PLOVER's sixteen and unknown types. */
  static String classOf(String type) {
    return switch (EventType.find(type).map(EventType::side).orElse(EventType.Side.NEITHER)) {
      case CONFLICT -> "conflict";
      case COOPERATION -> "cooperation";
      case NEITHER -> "other";
    };
  }
}
