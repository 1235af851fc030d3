package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTest {
  private static Event coded(String cameo) {
    Mention source = new Mention(new Span(0, 6), "Riga", null);
    return new Event("CONSULT", cameo, 1.0, source, null, LocalDate.of(2024, 3, 1), DatePrecision.DAY, false, null,
        new Span(7, 10), new Span(0, 20), 0.9);
  }

  @Test
  void quadClassFollowsTheCameoRoot() {
    assertEquals(1, coded("042").quadClass());
    assertEquals(1, coded("051").quadClass());
    assertEquals(2, coded("061").quadClass());
    assertEquals(2, coded("081").quadClass());
    assertEquals(3, coded("112").quadClass());
    assertEquals(3, coded("130").quadClass());
    assertEquals(4, coded("145").quadClass());
    assertEquals(4, coded("20").quadClass());
    assertEquals("11", coded("112").cameoRoot());
  }

  @Test
  void codeWithoutAValidRootHasNoQuadClass() {
    assertEquals(0, coded("").quadClass());
    assertEquals(0, coded("00").quadClass());
    assertEquals(0, coded("21").quadClass());
    assertEquals(0, coded("x1").quadClass());
  }
}
