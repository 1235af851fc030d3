package org.parley.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;
import org.parley.store.Queries;

/**
 * The stretch of a time series where its events are. A chart's axis runs from its first period to its last, so one
 * stray event a year before a standoff (a background sentence dated "in 2022") spreads the standoff over months of
 * zeros. The events are cut into runs wherever more than {@link #GAP_DAYS} pass without one; runs at either end are
 * left out while all that is left out stays within {@link #STRAY_SHARE} of the events. A series whose events are not
 * a few strays keeps its whole range.
 *
 * @param from the first period of the busy range (the start day of the period, as the store names periods)
 * @param to the last period of the busy range
 * @param outside how many events lie outside it
 */
record BusyRange(String from, String to, int outside) {
  /** A quiet spell longer than a season separates two stories rather than two weeks of one. */
  static final long GAP_DAYS = 90;
  /** Strays are few: cutting more than a tenth of the events would hide part of the story, not noise. */
  static final double STRAY_SHARE = 0.1;

  /**
   * @param counts events per period, keyed by the period's first day (ISO), periods without events absent
   * @return the busy range, or null when there are no events
   */
  static @Nullable BusyRange of(SortedMap<String, Integer> counts, Queries.Granularity by) {
    List<Run> runs = new ArrayList<>();
    Run run = null;
    LocalDate lastEnd = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      LocalDate start = LocalDate.parse(e.getKey());
      if (run == null || ChronoUnit.DAYS.between(lastEnd, start) - 1 > GAP_DAYS) {
        run = new Run(e.getKey());
        runs.add(run);
      }
      run.last = e.getKey();
      run.events += e.getValue();
      lastEnd = end(start, by);
    }
    if (runs.isEmpty()) {
      return null;
    }
    int total = runs.stream().mapToInt(r -> r.events).sum();
    int first = 0;
    int last = runs.size() - 1;
    int outside = 0;
    while (first < last) {
      // The smaller end goes first, so that a lone stray is cut even when the other end is a busy run.
      boolean cutFirst = runs.get(first).events <= runs.get(last).events;
      int cut = runs.get(cutFirst ? first : last).events;
      if (outside + cut > STRAY_SHARE * total) {
        break;
      }
      outside += cut;
      if (cutFirst) {
        first++;
      } else {
        last--;
      }
    }
    return new BusyRange(runs.get(first).first, runs.get(last).last, outside);
  }

  /** The last day of the period that starts on {@code start}. */
  static LocalDate end(LocalDate start, Queries.Granularity by) {
    return switch (by) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
    };
  }

  /** Periods with events, none of them more than {@link #GAP_DAYS} after the one before. */
  private static final class Run {
    final String first;
    String last;
    int events;

    Run(String first) {
      this.first = first;
      this.last = first;
    }
  }
}
