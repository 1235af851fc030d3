package org.parley.extract;

import java.util.BitSet;

/**
 * Finds the article that shares most paragraphs with a new one: a primitive open-addressing map from paragraph hash to
 * article slot (about 16 bytes per paragraph, so 100 k articles of 10 paragraphs take 16 MB).
 */
final class ParagraphIndex {
  private long[] keys = new long[1 << 12];
  private int[] slots = new int[1 << 12];
  private int size;
  /** Slots withdrawn (an article whose write failed): ignored by lookups, and their paragraphs may be re-taken. */
  private final BitSet dead = new BitSet();

  /** Registers an article's paragraphs under its slot. A paragraph already known keeps its first (live) article. */
  void add(int slot, long[] paragraphs) {
    for (long h : paragraphs) {
      put(h == 0L ? 1L : h, slot);
    }
  }

  /** Withdraws a slot: it is no longer found as the original of copies. */
  void remove(int slot) {
    dead.set(slot);
  }

  /** The slot of the article holding most of these paragraphs, as {@link Fingerprints#copyOf} rules; -1 if none. */
  int copyOf(long[] paragraphs) {
    if (paragraphs.length < 2) {
      return -1;
    }
    int[] found = new int[paragraphs.length];
    int n = 0;
    for (long h : paragraphs) {
      int s = get(h == 0L ? 1L : h);
      if (s >= 0 && !dead.get(s)) {
        found[n++] = s;
      }
    }
    return Fingerprints.copyOf(found, n, paragraphs.length);
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
