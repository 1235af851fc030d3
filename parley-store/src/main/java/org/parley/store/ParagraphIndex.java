package org.parley.store;

import org.jspecify.annotations.Nullable;
import org.parley.extract.Fingerprints;

/**
 * Finds the stored article that shares most paragraphs with a new one: a primitive open-addressing map from
 * paragraph hash to article slot (about 16 bytes per paragraph, so 100 k articles of 10 paragraphs take 16 MB).
 */
final class ParagraphIndex {
  private long[] keys = new long[1 << 12];
  private int[] slots = new int[1 << 12];
  private int size;
  private final java.util.List<String> ids = new java.util.ArrayList<>();
  /** Slots withdrawn (an article whose write failed): ignored by lookups, and their paragraphs may be re-taken. */
  private final java.util.BitSet dead = new java.util.BitSet();

  /**
   * Registers a stored article's paragraphs. A paragraph already known keeps its first (live) article.
   *
   * @return the article's slot, for {@link #remove}
   */
  int add(String articleId, long[] paragraphs) {
    int slot = ids.size();
    ids.add(articleId);
    for (long h : paragraphs) {
      put(h == 0L ? 1L : h, slot);
    }
    return slot;
  }

  /** Withdraws an article added by {@link #add}: it is no longer found as the original of copies. */
  void remove(int slot) {
    dead.set(slot);
  }

  /** The stored article holding most of these paragraphs, as {@link Fingerprints#copyOf} rules. */
  @Nullable String copyOf(long[] paragraphs) {
    if (paragraphs.length < 2) {
      return null;
    }
    int[] found = new int[paragraphs.length];
    int n = 0;
    for (long h : paragraphs) {
      int s = get(h == 0L ? 1L : h);
      if (s >= 0 && !dead.get(s)) {
        found[n++] = s;
      }
    }
    int best = Fingerprints.copyOf(found, n, paragraphs.length);
    return best < 0 ? null : ids.get(best);
  }

  private void put(long key, int slot) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = index(key, keys.length);
    while (keys[i] != 0L) {
      if (keys[i] == key) {
        if (dead.get(slots[i])) {
          slots[i] = slot;
        }
        return;
      }
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = key;
    slots[i] = slot;
    size++;
  }

  private int get(long key) {
    int i = index(key, keys.length);
    while (keys[i] != 0L) {
      if (keys[i] == key) {
        return slots[i];
      }
      i = (i + 1) & (keys.length - 1);
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0L) {
        put(oldKeys[i], oldSlots[i]);
      }
    }
  }

  private static int index(long key, int length) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (length - 1);
  }
}
