package org.parley.extract;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.parley.ingest.UnreadablePageException;

/**
 * Holds one page's extraction to its {@link PageLimits}: counts its start tags before the parser builds a tree
 * for them (parsing is where the memory goes), and checks the clock between stages. The time check is coarse, a
 * stage is not interrupted, but with the element count bounded no stage can run long on its own.
 */
final class MarkupBudget {
  private final PageLimits limits;
  private final LongSupplier nanoTime;
  private final String origin;
  private final long start;

  MarkupBudget(PageLimits limits, LongSupplier nanoTime, String origin) {
    this.limits = limits;
    this.nanoTime = nanoTime;
    this.origin = origin;
    this.start = nanoTime.getAsLong();
  }

  /** Refuses markup with more start tags ({@code <} and a letter) than the limit; reads no further than that. */
  void checkElements(String html) throws UnreadablePageException {
    int max = limits.maxElements();
    int tags = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && ++tags > max) {
        throw new UnreadablePageException(origin, String.format(Locale.ROOT,
            "markup too large: more than %,d elements (a news page has a few thousand); refused", max));
      }
    }
  }

  /** Refuses the page when its extraction has run past the time limit; {@code stage} names what just ran. */
  void checkTime(String stage) throws UnreadablePageException {
    long elapsed = nanoTime.getAsLong() - start;
    if (elapsed > limits.maxTime().toNanos()) {
      throw new UnreadablePageException(origin, String.format(Locale.ROOT,
          "extraction took %.1f s by the end of %s, over the %d s limit; refused", elapsed / 1e9, stage,
          limits.maxTime().toSeconds()));
    }
  }
}
