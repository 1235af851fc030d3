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

  /**
   * All fingerprints of one text, computed from a single pass over its words.
   *
   * @param exactHash see {@link #exactHash(String)}
   * @param simHash see {@link #simHash(String)}
   * @param leadSimHash see {@link #leadSimHash(String)}
   * @param paragraphHashes see {@link #paragraphHashes(String)}
   */
  public record Fingerprint(String exactHash, long simHash, long leadSimHash, long[] paragraphHashes) {}

  /**
   * The text's fingerprints; same values as the single-purpose methods, with the text tokenised once (paragraph by
   * paragraph: a paragraph break is a word break, so the paragraphs' words in order are the text's words) and each
   * shingle hashed once for both SimHashes.
   */
  public static Fingerprint of(String text) {
    List<String> w = new ArrayList<>();
    List<Long> paragraphs = new ArrayList<>();
    for (String p : PARAGRAPH_BREAK.split(text)) {
      List<String> pw = words(p);
      if (pw.size() >= MIN_PARAGRAPH_WORDS) {
        paragraphs.add(fnv1a64(String.join(" ", pw)));
      }
      w.addAll(pw);
    }
    long[] shingles = shingleHashes(w);
    long lead = w.size() <= LEAD_WORDS * 3 / 2 ? 0L : simHashOf(shingles, LEAD_WORDS - SHINGLE + 1);
    return new Fingerprint(ArticleIds.sha1(String.join(" ", w)), simHashOf(shingles, shingles.length), lead,
        paragraphs.stream().mapToLong(Long::longValue).toArray());
  }

  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n\s*\n");

  /** Hex SHA-1 of the text with case, punctuation, accents and spacing normalised away. */
  public static String exactHash(String text) {
    return ArticleIds.sha1(String.join(" ", words(text)));
  }

  /** Words in the lead that {@link #leadSimHash} covers: about the first three paragraphs of a news story. */
  public static final int LEAD_WORDS = 120;

  /** 64-bit SimHash of the text's word 4-shingles; 0 for texts too short to tell. */
  public static long simHash(String text) {
    return simHashOf(words(text));
  }

  /**
   * SimHash of the lead (first {@value #LEAD_WORDS} words) only. Syndicated copies keep the wire story's lead but
   * are often cut at the end, which moves the whole-text SimHash; the lead's stays put. 0 when the text is no
   * longer than its lead (the whole-text hash then says everything).
   */
  public static long leadSimHash(String text) {
    return leadSimHashOf(words(text));
  }

  private static long leadSimHashOf(List<String> w) {
    return w.size() <= LEAD_WORDS * 3 / 2 ? 0L : simHashOf(w.subList(0, LEAD_WORDS));
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static long simHashOf(List<String> w) {
    long[] shingles = shingleHashes(w);
    return simHashOf(shingles, shingles.length);
  }

  /**
   * The hash of every word 4-shingle, in order: FNV-1a over the UTF-8 bytes of the four words joined by spaces,
   * computed from each word's bytes without building the joined string. Empty when the text is too short to tell.
   */
  private static long[] shingleHashes(List<String> w) {
    if (w.size() < SHINGLE * 4) {
      return new long[0];
    }
    byte[][] bytes = new byte[w.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = w.get(i).getBytes(StandardCharsets.UTF_8);
    }
    long[] out = new long[w.size() - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = FNV_OFFSET;
      for (int k = 0; k < SHINGLE; k++) {
        if (k > 0) {
          h = (h ^ ' ') * FNV_PRIME;
        }
        for (byte b : bytes[i + k]) {
          h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
      }
      out[i] = avalanche(h);
    }
    return out;
  }

  /** SimHash over the first {@code n} shingle hashes; 0 when there are none. */
  private static long simHashOf(long[] shingles, int n) {
    if (shingles.length == 0) {
      return 0L;
    }
    int[] votes = new int[64];
    for (int i = 0; i < n; i++) {
      long h = shingles[i];
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

  /** Paragraphs shorter than this many words are not fingerprinted: datelines and one-line chrome recur across stories. */
  public static final int MIN_PARAGRAPH_WORDS = 8;

  /**
   * 64-bit hashes of the text's normalised paragraphs (blank-line separated) of at least
   * {@value #MIN_PARAGRAPH_WORDS} words. Syndicated copies share most paragraphs verbatim even when a site adds a
   * standfirst on top or cuts the ending, which moves whole-text hashes.
   */
  public static long[] paragraphHashes(String text) {
    List<Long> out = new ArrayList<>();
    for (String p : PARAGRAPH_BREAK.split(text)) {
      List<String> w = words(p);
      if (w.size() >= MIN_PARAGRAPH_WORDS) {
        out.add(fnv1a64(String.join(" ", w)));
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** A new article whose paragraphs are at least this share of one earlier article's is a copy of it. */
  public static final double COPY_SHARE = 0.6;

  /**
   * The copy rule over shared paragraphs, one for the store and the Spark job: given, for each of a new article's
   * paragraphs found in an earlier article, that article's number, the earlier article holding most of them (the
   * lowest number on a tie) when it holds at least two and at least {@link #COPY_SHARE} of the new article's
   * paragraphs; else -1.
   *
   * @param found article numbers, one per paragraph found; the first {@code n} are read, and sorted in place
   * @param n how many were found
   * @param paragraphs how many fingerprinted paragraphs the new article has
   */
  public static int copyOf(int[] found, int n, int paragraphs) {
    if (n == 0) {
      return -1;
    }
    java.util.Arrays.sort(found, 0, n);
    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && found[j] == found[i]) {
        j++;
      }
      if (j - i > bestCount) {
        bestCount = j - i;
        best = found[i];
      }
      i = j;
    }
    return bestCount >= 2 && bestCount >= COPY_SHARE * paragraphs ? best : -1;
  }

  /** Whether two SimHashes denote the same story (both must be non-zero). */
  public static boolean nearDuplicates(long a, long b) {
    return a != 0L && b != 0L && Long.bitCount(a ^ b) <= NEAR_DUPLICATE_BITS;
  }

  static List<String> words(String text) {
    // NFKD leaves ASCII as it is; most text is ASCII, and normalising is a third of the cost of this method
    String n = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static long fnv1a64(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return avalanche(h);
  }

  /** FNV alone mixes the high bits poorly for short keys; a final avalanche spreads them for SimHash votes. */
  private static long avalanche(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
