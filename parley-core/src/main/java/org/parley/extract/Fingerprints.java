package org.parley.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints for recognising copies of one article: an exact hash of the normalised text, and a 64-bit
 * SimHash over word 4-shingles for near-duplicates (syndicated wire copies with another headline or a trimmed end).
 */
public final class Fingerprints {
  /** SimHashes within this many differing bits are the same story. */
  public static final int NEAR_DUPLICATE_BITS = 6;
  private static final int SHINGLE = 4;

  private Fingerprints() {}

  /** Hex SHA-1 of the text with case, punctuation, accents and spacing normalised away. */
  public static String exactHash(String text) {
    return ArticleIds.sha1(String.join(" ", words(text)));
  }

  /** 64-bit SimHash of the text's word 4-shingles; 0 for texts too short to tell. */
  public static long simHash(String text) {
    List<String> w = words(text);
    if (w.size() < SHINGLE * 4) {
      return 0L;
    }
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      long h = fnv1a64(String.join(" ", w.subList(i, i + SHINGLE)));
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
      }
    }
    long out = 0L;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }

  /** Whether two SimHashes denote the same story (both must be non-zero). */
  public static boolean nearDuplicates(long a, long b) {
    return a != 0L && b != 0L && Long.bitCount(a ^ b) <= NEAR_DUPLICATE_BITS;
  }

  static List<String> words(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    // FNV alone mixes the high bits poorly for short keys; a final avalanche spreads them for SimHash votes.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
