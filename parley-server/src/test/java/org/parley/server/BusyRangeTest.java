package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.store.Queries;

class BusyRangeTest {
  private static TreeMap<String, Integer> counts(Object... periodsAndCounts) {
    TreeMap<String, Integer> m = new TreeMap<>();
    for (int i = 0; i < periodsAndCounts.length; i += 2) {
      m.put((String) periodsAndCounts[i], (Integer) periodsAndCounts[i + 1]);
    }
    return m;
  }

  @Test
  void aStrayEventMonthsBeforeTheStandoffIsLeftOut() {
    // One event in late 2022, then a standoff from August to November 2023 (as SRB/XKX in the sample corpus).
    TreeMap<String, Integer> weeks = counts("2022-11-28", 1, "2023-08-07", 4, "2023-08-14", 9, "2023-09-11", 6,
        "2023-10-09", 12, "2023-11-13", 2);
    assertEquals(new BusyRange("2023-08-07", "2023-11-13", 1), BusyRange.of(weeks, Queries.Granularity.WEEK));
    TreeMap<String, Integer> months = counts("2022-11-01", 1, "2023-08-01", 13, "2023-09-01", 6, "2023-10-01", 12,
        "2023-11-01", 2);
    assertEquals(new BusyRange("2023-08-01", "2023-11-01", 1), BusyRange.of(months, Queries.Granularity.MONTH));
  }

  @Test
  void strayEventsAtBothEndsGoWhileTheyStayFew() {
    TreeMap<String, Integer> weeks = counts("2019-01-07", 1, "2019-06-03", 10, "2019-06-10", 9, "2019-12-30", 1);
    assertEquals(new BusyRange("2019-06-03", "2019-06-10", 2), BusyRange.of(weeks, Queries.Granularity.WEEK));
  }

  @Test
  void twoStoriesOfWeightKeepTheWholeRange() {
    // A quarter of the events lie a year apart: that is a second story, not a stray.
    TreeMap<String, Integer> weeks = counts("2019-03-04", 3, "2020-03-02", 9);
    assertEquals(new BusyRange("2019-03-04", "2020-03-02", 0), BusyRange.of(weeks, Queries.Granularity.WEEK));
  }

  @Test
  void quietSpellsShorterThanASeasonDoNotSplitTheSeries() {
    // 1 event, then 88 quiet days, then 20: one run; a monthly series counts whole months.
    TreeMap<String, Integer> days = counts("2019-01-01", 1, "2019-03-31", 20);
    assertEquals(new BusyRange("2019-01-01", "2019-03-31", 0), BusyRange.of(days, Queries.Granularity.DAY));
    TreeMap<String, Integer> months = counts("2019-01-01", 1, "2019-05-01", 20);
    assertEquals(new BusyRange("2019-01-01", "2019-05-01", 0), BusyRange.of(months, Queries.Granularity.MONTH));
    TreeMap<String, Integer> apart = counts("2019-01-01", 1, "2019-06-01", 20);
    assertEquals(new BusyRange("2019-06-01", "2019-06-01", 1), BusyRange.of(apart, Queries.Granularity.MONTH));
  }

  @Test
  void noEventsNoRange() {
    assertNull(BusyRange.of(new TreeMap<>(), Queries.Granularity.WEEK));
    assertNull(BusyRange.of(counts("2019-01-07", 0), Queries.Granularity.WEEK));
  }
}
