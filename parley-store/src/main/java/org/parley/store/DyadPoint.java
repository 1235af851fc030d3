package org.parley.store;

import java.util.Map;

/**
 * One bucket of a dyad time series, in one direction.
 *
 * @param period the bucket's first day, ISO (2021-03-01 for March with monthly buckets)
 * @param source the acting side as asked for
 * @param target the other side
 * @param count events in the bucket
 * @param meanGoldstein their mean Goldstein score
 * @param byType counts per PLOVER type
 */
public record DyadPoint(String period, String source, String target, int count, double meanGoldstein,
                        Map<String, Integer> byType) {
  public DyadPoint {
    byType = Map.copyOf(byType);
  }
}
