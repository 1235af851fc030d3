package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.EventType;

/** The coder's tables and {@link EventType} say the same about each type. */
class EventTypeTablesTest {
  private static final Map<String, Integer> QUADS = Map.of("VC", 1, "MC", 2, "VK", 3, "MK", 4);

  @Test
  void everyPloverTypeOfTheTablesHasItsQuad() {
    List<String> types = Ontology.lines("plover-types.txt");
    assertEquals(16, types.size());
    for (String line : types) {
      String[] f = line.split("\t");
      EventType t = EventType.of(f[0]);
      assertTrue(t.isPlover(), f[0]);
      assertEquals(QUADS.get(f[1]), t.ploverQuad().getAsInt(), f[0]);
    }
  }

  @Test
  void everyCameoCodeScoresWithinTheRangeOfItsType() {
    for (String line : Ontology.lines("cameo-codes.txt")) {
      String[] f = line.split("\t", 6);
      double goldstein = Double.parseDouble(f[1]);
      List<EventType> types = f[2].equals("-")
          ? f[0].startsWith("01") ? List.of(EventType.STATEMENT) : List.of(EventType.APPEAL, EventType.REQUEST)
          : List.of(EventType.of(f[2]));
      for (EventType t : types) {
        assertTrue(goldstein >= t.minGoldstein() && goldstein <= t.maxGoldstein(),
            () -> f[0] + " scores " + goldstein + ", outside " + t + "'s range");
      }
    }
  }
}
