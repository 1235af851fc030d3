package org.parley.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The type of a coded event: PLOVER's sixteen types, and two markers for CAMEO-only events that PLOVER drops. What is
 * known about a type lives here and nowhere else: its PLOVER quad category, which side of the conflict–cooperation
 * scale the views put it on, and the range of Goldstein scores of the CAMEO codes coded as it.
 *
 * <p>The markers are members rather than an absent type, so an event always has a type and every output keeps writing
 * the same strings: {@link #STATEMENT} (CAMEO root 01, make a public statement), which the coder still emits, and
 * {@link #APPEAL} (root 02), which it no longer emits (appeals are REQUESTs) but which stores and tables written
 * before may hold. {@link #isPlover()} tells them apart; PLOVER exports and PLOVER scores leave them out.
 */
public enum EventType {
  AGREE(1, Side.COOPERATION, 4, 7),
  CONSULT(1, Side.COOPERATION, 1, 7),
  SUPPORT(1, Side.COOPERATION, 3.4, 8),
  CONCEDE(1, Side.COOPERATION, 5, 5),
  COOPERATE(2, Side.COOPERATION, 6, 7.4),
  AID(2, Side.COOPERATION, 7, 8.5),
  RETREAT(2, Side.COOPERATION, 5, 10),
  /** PLOVER files requests under verbal conflict; the views count them as cooperation, as CAMEO's appeals (02) are. */
  REQUEST(3, Side.COOPERATION, -5, 4),
  ACCUSE(3, Side.CONFLICT, -2, -2),
  REJECT(3, Side.CONFLICT, -5, -4),
  THREATEN(3, Side.CONFLICT, -7, -4.4),
  PROTEST(4, Side.CONFLICT, -7.5, -6.5),
  SANCTION(4, Side.CONFLICT, -7, -4),
  MOBILIZE(4, Side.CONFLICT, -7.2, -7.2),
  COERCE(4, Side.CONFLICT, -9.5, -5),
  ASSAULT(4, Side.CONFLICT, -10, -8),
  /** CAMEO root 01, make a public statement: not a PLOVER type. */
  STATEMENT(0, Side.NEITHER, -2, 3.4),
  /** CAMEO root 02, appeal: not a PLOVER type, and no longer emitted (appeals are REQUESTs); older records hold it. */
  APPEAL(0, Side.NEITHER, -0.3, 4);

  /** Where the views place a type on the conflict–cooperation scale. */
  public enum Side { COOPERATION, CONFLICT, NEITHER }

  private final int ploverQuad;
  private final Side side;
  private final double minGoldstein;
  private final double maxGoldstein;

  EventType(int ploverQuad, Side side, double minGoldstein, double maxGoldstein) {
    this.ploverQuad = ploverQuad;
    this.side = side;
    this.minGoldstein = minGoldstein;
    this.maxGoldstein = maxGoldstein;
  }

  /** Whether it is one of PLOVER's sixteen types, not a marker of a CAMEO-only event. */
  public boolean isPlover() {
    return ploverQuad != 0;
  }

  /**
   * PLOVER's quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
   * empty for the markers. (GDELT's quad class follows the CAMEO code instead: {@link Event#quadClass()}.)
   */
  public OptionalInt ploverQuad() {
    return isPlover() ? OptionalInt.of(ploverQuad) : OptionalInt.empty();
  }

  /** Which side of the conflict–cooperation scale the views count it on. */
  public Side side() {
    return side;
  }

  /** The lowest Goldstein score of the CAMEO codes coded as this type. */
  public double minGoldstein() {
    return minGoldstein;
  }

  /** The highest Goldstein score of the CAMEO codes coded as this type. */
  public double maxGoldstein() {
    return maxGoldstein;
  }

  /** The type named {@code name} (any case, surrounding blanks ignored), if there is one. */
  public static Optional<EventType> find(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (EventType t : values()) {
      if (t.name().equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type named {@code name} (any case).
   *
   * @throws IllegalArgumentException naming the value and the types there are, when it is none of them
   */
  public static EventType of(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("unknown event type '" + name
        + "' (expected one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
  }
}
