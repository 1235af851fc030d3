package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventTypeTest {
  @Test
  void sixteenPloverTypesAndTwoMarkers() {
    assertEquals(16, Arrays.stream(EventType.values()).filter(EventType::isPlover).count());
    assertFalse(EventType.STATEMENT.isPlover());
    assertFalse(EventType.APPEAL.isPlover());
    assertEquals(OptionalInt.empty(), EventType.STATEMENT.ploverQuad());
    assertEquals(EventType.Side.NEITHER, EventType.STATEMENT.side());
  }

  @Test
  void quadAndSideFollowPloverAndTheViews() {
    assertEquals(OptionalInt.of(1), EventType.AGREE.ploverQuad());
    assertEquals(OptionalInt.of(2), EventType.AID.ploverQuad());
    assertEquals(OptionalInt.of(3), EventType.REQUEST.ploverQuad());
    assertEquals(OptionalInt.of(4), EventType.ASSAULT.ploverQuad());
    // PLOVER files requests under verbal conflict, the views under cooperation (as CAMEO's appeals)
    assertEquals(EventType.Side.COOPERATION, EventType.REQUEST.side());
    assertEquals(EventType.Side.CONFLICT, EventType.REJECT.side());
    for (EventType t : EventType.values()) {
      assertTrue(t.minGoldstein() <= t.maxGoldstein(), t.name());
      assertTrue(t.minGoldstein() >= -10 && t.maxGoldstein() <= 10, t.name());
    }
  }

  @Test
  void namesReadInAnyCaseAndUnknownNamesAreRefusedByName() {
    assertEquals(EventType.THREATEN, EventType.of(" threaten "));
    assertTrue(EventType.find("DEMAND").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventType.of("DEMAND"));
    assertTrue(e.getMessage().contains("'DEMAND'") && e.getMessage().contains("ASSAULT"), e.getMessage());
  }

  @Test
  void anEventKeepsItsTypeAndWritesTheSameString() {
    Mention source = new Mention(new Span(0, 6), "Riga", null);
    Event e = new Event("statement", "013", 0.4, source, null, LocalDate.of(2024, 3, 1), DatePrecision.DAY, false,
        null, new Span(7, 10), new Span(0, 20), 0.9);
    assertEquals(EventType.STATEMENT, e.eventType());
    assertEquals("STATEMENT", e.type());
    assertEquals("STATEMENT", e.withRule("verb:comment").type());
    assertThrows(IllegalArgumentException.class, () -> new Event("APPEALS", "020", 3.0, source, null, null,
        DatePrecision.ARTICLE, false, null, new Span(7, 10), new Span(0, 20), 0.9));
  }
}
