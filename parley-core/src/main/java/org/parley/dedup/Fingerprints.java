package org.parley.dedup;

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
    // The words' UTF-8 bytes joined by single spaces, written once: the exact hash digests all of it, and each
    // paragraph and shingle hash is FNV over a run of it, as over the joined string the single-purpose methods build.
    Joined j = new Joined(text.length());
    long[] paragraphs = new long[16];
    int np = 0;
    for (String p : PARAGRAPH_BREAK.split(text)) {
      int first = j.words;
      scanWords(p, j);
      if (j.words - first >= MIN_PARAGRAPH_WORDS) {
        if (np == paragraphs.length) {
          paragraphs = java.util.Arrays.copyOf(paragraphs, np * 2);
        }
        paragraphs[np++] = avalanche(fnv1a64(j.bytes, j.start[first], j.end[j.words - 1]));
      }
    }
    long[] shingles = new long[j.words < SHINGLE * 4 ? 0 : j.words - SHINGLE + 1];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = avalanche(fnv1a64(j.bytes, j.start[i], j.end[i + SHINGLE - 1]));
    }
    long lead = j.words <= LEAD_WORDS * 3 / 2 ? 0L : simHashOf(shingles, LEAD_WORDS - SHINGLE + 1);
    String exact;
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-1");
      md.update(j.bytes, 0, j.length);
      exact = java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
    return new Fingerprint(exact, simHashOf(shingles, shingles.length), lead, java.util.Arrays.copyOf(paragraphs, np));
  }

  /** Words as UTF-8 bytes joined by single spaces, with where each word starts and ends. */
  private static final class Joined {
    byte[] bytes;
    int length;
    int words;
    int[] start = new int[64];
    int[] end = new int[64];

    private boolean inWord;

    Joined(int chars) {
      bytes = new byte[Math.max(16, chars + 16)];
    }

    /** Appends a char of the current word, starting one if none is open. */
    void put(char c) {
      if (length + 4 > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
      }
      if (!inWord) {
        if (words == start.length) {
          start = java.util.Arrays.copyOf(start, words * 2);
          end = java.util.Arrays.copyOf(end, words * 2);
        }
        if (words > 0) {
          bytes[length++] = ' ';
        }
        start[words] = length;
        inWord = true;
      }
      // Words hold letters and digits only, never a lone surrogate: each char encodes on its own.
      if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else if (c < 0x800) {
        bytes[length++] = (byte) (0xc0 | c >> 6);
        bytes[length++] = (byte) (0x80 | c & 0x3f);
      } else {
        bytes[length++] = (byte) (0xe0 | c >> 12);
        bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
        bytes[length++] = (byte) (0x80 | c & 0x3f);
      }
    }

    /** Closes the current word, if one is open. */
    void endWord() {
      if (inWord) {
        end[words++] = length;
        inWord = false;
      }
    }

    List<String> strings() {
      List<String> out = new ArrayList<>(words);
      for (int i = 0; i < words; i++) {
        out.add(new String(bytes, start[i], end[i] - start[i], StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  /** FNV-1a over {@code bytes[from, to)}, before the final avalanche. */
  private static long fnv1a64(byte[] bytes, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ (bytes[i] & 0xff)) * FNV_PRIME;
    }
    return h;
  }

  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n\s*\n");

  /** Hex SHA-1 of the text with case, punctuation, accents and spacing normalised away. */
  public static String exactHash(String text) {
    return org.parley.extract.ArticleIds.sha1(String.join(" ", words(text)));
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

  /**
   * SimHash over the first {@code n} shingle hashes; 0 when there are none. A bit is set when more than half the
   * hashes have it (more +1 than -1 votes). The ones are counted eight bits at a time: {@link #LANES} spreads a byte's
   * bits over the eight bytes of a long, so one addition counts a byte of every hash into eight 8-bit counters,
   * emptied into ints before they can overflow.
   */
  static long simHashOf(long[] shingles, int n) {
    if (shingles.length == 0) {
      return 0L;
    }
    int[] ones = new int[64];
    long[] acc = new long[8];
    for (int from = 0; from < n; from += 255) {
      int to = Math.min(n, from + 255);
      for (int i = from; i < to; i++) {
        long h = shingles[i];
        for (int k = 0; k < 8; k++) {
          acc[k] += LANES[(int) (h >>> (8 * k)) & 0xff];
        }
      }
      for (int k = 0; k < 8; k++) {
        for (int b = 0; b < 8; b++) {
          ones[8 * k + b] += (int) (acc[k] >>> (8 * b)) & 0xff;
        }
        acc[k] = 0L;
      }
    }
    long out = 0L;
    for (int b = 0; b < 64; b++) {
      if (2 * ones[b] > n) {
        out |= 1L << b;
      }
    }
    return out;
  }

  /** For each byte value, a long whose byte {@code b} is bit {@code b} of the value. */
  private static final long[] LANES = new long[256];

  static {
    for (int v = 0; v < 256; v++) {
      for (int b = 0; b < 8; b++) {
        if ((v >>> b & 1) != 0) {
          LANES[v] |= 1L << (8 * b);
        }
      }
    }
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
   * The copy rule over shared paragraphs ({@link CopyIndex}'s last rule): given, for each of a new article's
   * paragraphs found in an earlier article, that article's number, the earlier article holding most of them (the
   * lowest number on a tie) when it holds at least two and at least {@link #COPY_SHARE} of the new article's
   * paragraphs; else -1.
   *
   * @param found article numbers, one per paragraph found; the first {@code n} are read, and sorted in place
   * @param n how many were found
   * @param paragraphs how many fingerprinted paragraphs the new article has
   */
  static int copyOf(int[] found, int n, int paragraphs) {
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
    Joined j = new Joined(text.length());
    scanWords(text, j);
    return j.strings();
  }

  /**
   * The words of a text, appended to {@code j}: runs of letters and digits after NFKD and lower-casing, with
   * combining marks dropped (they neither belong to nor break a word).
   */
  private static void scanWords(String text, Joined j) {
    // NFKD leaves ASCII as it is; most text is ASCII, and normalising is a third of the cost of this method
    String n = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        j.put(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        j.endWord();
      }
    }
    j.endWord();
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
