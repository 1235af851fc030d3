package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueriesTest {
  @Test
  void aYearOrMonthCoversTheWholePeriod() {
    assertEquals(LocalDate.of(2024, 1, 1), Queries.periodDay("2024", false));
    assertEquals(LocalDate.of(2024, 12, 31), Queries.periodDay("2024", true));
    assertEquals(LocalDate.of(2024, 2, 1), Queries.periodDay("2024-02", false));
    assertEquals(LocalDate.of(2024, 2, 29), Queries.periodDay(" 2024-02 ", true));
    assertEquals(LocalDate.of(2023, 2, 28), Queries.periodDay("2023-02", true));
    assertEquals(LocalDate.of(2024, 3, 15), Queries.periodDay("2024-03-15", true));
  }

  @Test
  void textThatIsNoDateGivesNull() {
    for (String bad : new String[] {"", "yesterday", "2024-13", "2024-02-30", "15/03/2024", "20240315", "2024-3-5"}) {
      assertNull(Queries.periodDay(bad, false), bad);
    }
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Queries.ArticleQuery(null, null,
        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), 10));
  }
}
