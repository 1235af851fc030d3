package org.parley.dedup;

import java.util.BitSet;

/**
 * A primitive open-addressing map from a 64-bit hash to the slot of the first live article that had it: 12 bytes an
 * entry at most two-thirds full, where a {@code HashMap<String, Integer>} of hex hashes takes about 130.
 */
final class SlotMap {
  private long[] keys = new long[1 << 12];
  private int[] slots = new int[1 << 12];
  private int size;
  private final BitSet dead;

  /** @param dead the withdrawn slots: an entry of a withdrawn slot is taken by the next article with its key */
  SlotMap(BitSet dead) {
    this.dead = dead;
  }

  /** Maps {@code key} to {@code slot}, unless a live slot already has it. */
  void putIfAbsent(long key, int slot) {
    long k = key == 0L ? 1L : key; // 0 marks an empty cell
    if ((size + 1) * 3 > keys.length * 2) {
      grow();
    }
    int i = index(k, keys.length);
    while (keys[i] != 0L) {
      if (keys[i] == k) {
        if (dead.get(slots[i])) {
          slots[i] = slot;
        }
        return;
      }
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = k;
    slots[i] = slot;
    size++;
  }

  /** The live slot mapped to {@code key}, or -1. */
  int get(long key) {
    long k = key == 0L ? 1L : key;
    int i = index(k, keys.length);
    while (keys[i] != 0L) {
      if (keys[i] == k) {
        return dead.get(slots[i]) ? -1 : slots[i];
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
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0L) {
        int j = index(oldKeys[i], keys.length);
        while (keys[j] != 0L) {
          j = (j + 1) & (keys.length - 1);
        }
        keys[j] = oldKeys[i];
        slots[j] = oldSlots[i];
      }
    }
  }

  private static int index(long key, int length) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (length - 1);
  }
}
