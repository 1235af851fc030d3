package org.parley.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimHashIndexTest {
  /** The first near duplicate by a plain scan, as the store found it before it had an index. */
  private static int scan(List<Long> stored, java.util.Set<Integer> removed, long query) {
    for (int i = 0; i < stored.size(); i++) {
      if (!removed.contains(i) && Fingerprints.nearDuplicates(query, stored.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static long flip(long h, int bits, Random rnd) {
    long out = h;
    java.util.Set<Integer> done = new java.util.HashSet<>();
    while (done.size() < bits) {
      int b = rnd.nextInt(64);
      if (done.add(b)) {
        out ^= 1L << b;
      }
    }
    return out;
  }

  @Test
  void findsTheSameFirstNearDuplicateAsAFullScan() {
    Random rnd = new Random(7);
    java.util.BitSet dead = new java.util.BitSet();
    SimHashIndex index = new SimHashIndex(dead);
    List<Long> stored = new ArrayList<>();
    java.util.Set<Integer> removed = new java.util.HashSet<>();
    for (int i = 0; i < 3000; i++) {
      // Every third hash is a variant of an earlier one, 0 to 8 bits away: matches on both sides of the threshold.
      long h = i > 0 && i % 3 == 0 ? flip(stored.get(rnd.nextInt(i)), rnd.nextInt(9), rnd) : rnd.nextLong();
      stored.add(h);
      index.add(h, i);
      if (i % 97 == 0) {
        dead.set(i);
        removed.add(i);
      }
    }
    int matched = 0;
    for (int k = 0; k < 3000; k++) {
      long q = flip(stored.get(rnd.nextInt(stored.size())), rnd.nextInt(10), rnd);
      int expected = scan(stored, removed, q);
      assertEquals(expected, index.first(q), "query " + Long.toHexString(q));
      if (expected != Integer.MAX_VALUE) {
        matched++;
      }
    }
    // Both outcomes are exercised.
    assertEquals(true, matched > 1000 && matched < 3000, "matched " + matched);
  }

  @Test
  void zeroHashesAreNeitherStoredNorMatched() {
    java.util.BitSet dead = new java.util.BitSet();
    SimHashIndex index = new SimHashIndex(dead);
    index.add(0L, 0);
    index.add(5L, 1);
    assertEquals(Integer.MAX_VALUE, index.first(0L));
    assertEquals(1, index.first(4L));
  }
}
