package org.parley.store;

import java.time.Duration;
import java.util.Locale;
import org.apache.lucene.index.QueryTimeout;

/**
 * A time budget for the searches one request makes. Lucene checks {@link #shouldExit()} as it collects hits, and
 * gives back what it found by then; a request over its budget is refused rather than answered from part of the
 * store, since a partial count or list would be wrong without saying so. The deadline is kept per thread, so one
 * searcher serves requests with their own budgets, and searches outside {@link #run} (ingest, export) have none.
 */
public final class QueryDeadline implements QueryTimeout {
  static final QueryDeadline INSTANCE = new QueryDeadline();

  /** The deadline (System.nanoTime) of this thread's request and whether it was passed; absent when none. */
  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  private QueryDeadline() {}

  /** A read of the store that may throw what reading a store throws. */
  @FunctionalInterface
  public interface Read<T> {
    T apply() throws StoreException;
  }

  /**
   * Runs {@code read} with a budget for its searches.
   *
   * @throws QueryRefusedException when the searches ran past the budget
   */
  public static <T> T run(Duration budget, Read<T> read) throws StoreException {
    long[] previous = DEADLINE.get();
    long[] mine = {System.nanoTime() + budget.toNanos(), 0};
    DEADLINE.set(mine);
    try {
      T result = read.apply();
      if (mine[1] != 0) {
        throw new QueryRefusedException(String.format(Locale.ROOT,
            "the query took longer than its %s budget and was stopped; narrow it (fewer fuzzy or prefix terms, "
                + "a site or a date range)", seconds(budget)));
      }
      return result;
    } finally {
      if (previous == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(previous);
      }
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1e3);
  }

  @Override
  public boolean shouldExit() {
    long[] d = DEADLINE.get();
    if (d == null || System.nanoTime() - d[0] < 0) {
      return false;
    }
    d[1] = 1;
    return true;
  }
}
