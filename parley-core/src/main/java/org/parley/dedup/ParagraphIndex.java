package org.parley.dedup;

import java.util.BitSet;

/**
 * Finds the article that shares most paragraphs with a new one, from a map of paragraph hash to the first live
 * article that had the paragraph (under 20 bytes a paragraph: 100 k articles of 10 paragraphs take about 18 MB).
 */
final class ParagraphIndex {
  private final SlotMap firstWith;

  /** @param dead the withdrawn slots, ignored by lookups; their paragraphs may be taken again */
  ParagraphIndex(BitSet dead) {
    this.firstWith = new SlotMap(dead);
  }

  /** Registers an article's paragraphs under its slot. A paragraph already known keeps its first (live) article. */
  void add(int slot, long[] paragraphs) {
    for (long h : paragraphs) {
      firstWith.putIfAbsent(h, slot);
    }
  }

  /** The slot of the article holding most of these paragraphs, as {@link Fingerprints#copyOf} rules; -1 if none. */
  int copyOf(long[] paragraphs) {
    if (paragraphs.length < 2) {
      return -1;
    }
    int[] found = new int[paragraphs.length];
    int n = 0;
    for (long h : paragraphs) {
      int s = firstWith.get(h);
      if (s >= 0) {
        found[n++] = s;
      }
    }
    return Fingerprints.copyOf(found, n, paragraphs.length);
  }
}
