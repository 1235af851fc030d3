package org.parley.extract;

import java.time.Duration;

/**
 * The work one page may cost. A news page has a few thousand elements and extracts in well under a second; a
 * hostile one (75 KB of gzip expanding to 49 MB of unclosed {@code <div>}s) cost 76 s of CPU and 1.3 GB before it
 * was bounded. Pages over a limit are refused with the reason, never cut silently: an article from half a page
 * would be wrong evidence.
 *
 * @param maxElements start tags counted before parsing; above this the page is not parsed at all
 * @param maxDepth how deep the parser nests elements; deeper ones are added at this depth, as jsoup does
 * @param maxTime time for the whole extraction of one page, checked between its stages
 */
public record PageLimits(int maxElements, int maxDepth, Duration maxTime) {
  /** Ten times the largest real page seen in the benchmarks, and a time no healthy page comes near. */
  public static final PageLimits DEFAULT = new PageLimits(500_000, 512, Duration.ofSeconds(30));
}
