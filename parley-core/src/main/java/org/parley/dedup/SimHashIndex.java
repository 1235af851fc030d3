package org.parley.dedup;

import java.util.Arrays;

/**
 * Finds, among stored 64-bit SimHashes, the first one (in insertion order) within
 * {@link Fingerprints#NEAR_DUPLICATE_BITS} differing bits of a query hash, without scanning them all.
 *
 * <p>The 64 bits are cut into {@code NEAR_DUPLICATE_BITS + 1} bands. Two hashes differing in at most that many bits
 * leave at least one band untouched (pigeonhole), so every near pair shares a band value: looking up the query's band
 * values in one table per band finds all of them, and checking the full distance of those candidates rejects the
 * rest. With 7 bands of 9–10 bits a lookup reads about {@code 7 n / 512} candidates instead of {@code n}. Each
 * bucket keeps its hashes inline next to their slots, so a lookup reads a few short arrays sequentially.
 */
final class SimHashIndex {
  private static final int BANDS = Fingerprints.NEAR_DUPLICATE_BITS + 1;
  private static final int[] SHIFT = new int[BANDS];
  private static final int[] WIDTH = new int[BANDS];

  static {
    int shift = 0;
    for (int b = 0; b < BANDS; b++) {
      // Spread 64 bits as evenly as possible: the first bands take the remainder.
      WIDTH[b] = 64 / BANDS + (b < 64 % BANDS ? 1 : 0);
      SHIFT[b] = shift;
      shift += WIDTH[b];
    }
  }

  /** Per band and band value: hashes and their slots, in insertion (slot) order. */
  private final long[][][] hashes = new long[BANDS][][];
  private final int[][][] slots = new int[BANDS][][];
  private final int[][] sizes = new int[BANDS][];
  /** Slots withdrawn (an article whose write failed): never returned. */
  private final java.util.BitSet dead;

  /** @param dead the withdrawn slots, shared with whoever withdraws them */
  SimHashIndex(java.util.BitSet dead) {
    this.dead = dead;
    for (int b = 0; b < BANDS; b++) {
      hashes[b] = new long[1 << WIDTH[b]][];
      slots[b] = new int[1 << WIDTH[b]][];
      sizes[b] = new int[1 << WIDTH[b]];
    }
  }

  /** Registers a hash under a slot; slots must be added in increasing order. A zero hash is not registered. */
  void add(long hash, int slot) {
    if (hash == 0L) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      int key = band(hash, b);
      int n = sizes[b][key];
      long[] hs = hashes[b][key];
      if (hs == null) {
        hs = hashes[b][key] = new long[4];
        slots[b][key] = new int[4];
      } else if (n == hs.length) {
        hs = hashes[b][key] = Arrays.copyOf(hs, n * 2);
        slots[b][key] = Arrays.copyOf(slots[b][key], n * 2);
      }
      hs[n] = hash;
      slots[b][key][n] = slot;
      sizes[b][key] = n + 1;
    }
  }

  /**
   * The smallest live slot whose hash is a near duplicate of {@code hash} (see
   * {@link Fingerprints#nearDuplicates}), or {@link Integer#MAX_VALUE} when none is.
   */
  int first(long hash) {
    int best = Integer.MAX_VALUE;
    if (hash == 0L) {
      return best;
    }
    for (int b = 0; b < BANDS; b++) {
      int key = band(hash, b);
      long[] hs = hashes[b][key];
      int n = sizes[b][key];
      int[] ss = slots[b][key];
      // Slots ascend within a bucket: the first live match is this band's smallest.
      for (int i = 0; i < n && ss[i] < best; i++) {
        if (Long.bitCount(hs[i] ^ hash) <= Fingerprints.NEAR_DUPLICATE_BITS && !dead.get(ss[i])) {
          best = ss[i];
          break;
        }
      }
    }
    return best;
  }

  private static int band(long hash, int b) {
    return (int) (hash >>> SHIFT[b]) & ((1 << WIDTH[b]) - 1);
  }
}
