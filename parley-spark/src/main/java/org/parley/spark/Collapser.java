package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.extract.Fingerprints;
import org.parley.spark.PageOutcome.Fingerprint;

/**
 * The second stage: collapses copies across the whole input, with the store's rules (ParleyStore.add) so the job
 * and the laptop keep the same originals. In input order, an article is dropped when its id was seen; folded into
 * the first kept article with the same text, else with a SimHash (whole text or lead) within
 * {@link Fingerprints#NEAR_DUPLICATE_BITS} bits, else sharing enough paragraphs with one
 * ({@link Fingerprints#copyOf}, the store's rule too); otherwise kept. A folded copy adds its URL and site to the original's.
 *
 * <p>As in the store's SimHashIndex, each 64-bit hash is cut into 7 bands, of which two hashes within 6 bits
 * share at least one, so only articles sharing a band are compared. The earliest kept match wins, as in the store.
 */
final class Collapser {
  private static final int BANDS = Fingerprints.NEAR_DUPLICATE_BITS + 1;

  /** What to write: the kept records (by order) and each kept article's URLs and sites, first its own. */
  record Result(Set<Long> kept, Map<String, List<String>> urls, Map<String, List<String>> sites)
      implements Serializable {}

  private final Set<String> ids = new HashSet<>();
  private final Map<String, Integer> slotByHash = new HashMap<>();
  private final List<String> keptIds = new ArrayList<>();
  private final List<long[]> keptHashes = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();
  private final Map<Long, Integer> paragraphSlots = new HashMap<>();
  private final Set<Long> kept = new HashSet<>();
  private final Map<String, List<String>> urls = new HashMap<>();
  private final Map<String, List<String>> sites = new HashMap<>();

  private Collapser() {
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /** Collapses the fingerprints, taken in input order whatever order they come in. */
  static Result collapse(List<Fingerprint> fingerprints) {
    List<Fingerprint> sorted = new ArrayList<>(fingerprints);
    sorted.sort((a, b) -> Long.compare(a.order(), b.order()));
    Collapser c = new Collapser();
    for (Fingerprint f : sorted) {
      c.add(f);
    }
    return new Result(c.kept, c.urls, c.sites);
  }

  private void add(Fingerprint f) {
    if (ids.contains(f.articleId())) {
      return;
    }
    Integer same = f.blank() ? null : slotByHash.get(f.exactHash());
    Integer near = same != null ? same : nearDuplicateOf(f.simHash(), f.leadSimHash());
    Integer copy = near != null ? near : copyOf(f.paragraphHashes());
    if (copy != null) {
      fold(keptIds.get(copy), f);
      return;
    }
    int slot = keptIds.size();
    ids.add(f.articleId());
    keptIds.add(f.articleId());
    kept.add(f.order());
    urls.put(f.articleId(), new ArrayList<>(List.of(f.url())));
    sites.put(f.articleId(), new ArrayList<>(f.site() == null ? List.of() : List.of(f.site())));
    slotByHash.putIfAbsent(f.exactHash(), slot);
    long[] hashes = {f.simHash(), f.leadSimHash()};
    keptHashes.add(hashes);
    if (f.simHash() != 0L) {
      for (long h : distinct(f.simHash(), f.leadSimHash())) {
        for (int b = 0; b < BANDS; b++) {
          bands.get(b).computeIfAbsent(bandKey(h, b), k -> new ArrayList<>()).add(slot);
        }
      }
    }
    for (long p : f.paragraphHashes()) {
      paragraphSlots.putIfAbsent(p == 0L ? 1L : p, slot);
    }
  }

  private void fold(String originalId, Fingerprint copy) {
    List<String> u = urls.get(originalId);
    if (u.contains(copy.url())) {
      return;
    }
    u.add(copy.url());
    List<String> s = sites.get(originalId);
    if (copy.site() != null && !s.contains(copy.site())) {
      s.add(copy.site());
    }
  }

  /** The earliest kept article whose SimHash or lead SimHash is near these, as the store's linear scan finds it. */
  private @Nullable Integer nearDuplicateOf(long simHash, long leadHash) {
    if (simHash == 0L) {
      return null;
    }
    int best = Integer.MAX_VALUE;
    for (long h : distinct(simHash, leadHash)) {
      for (int b = 0; b < BANDS; b++) {
        List<Integer> candidates = bands.get(b).get(bandKey(h, b));
        if (candidates == null) {
          continue;
        }
        for (int slot : candidates) {
          if (slot >= best) {
            break; // slots were added in increasing order
          }
          long[] k = keptHashes.get(slot);
          if (Fingerprints.nearDuplicates(simHash, k[0]) || Fingerprints.nearDuplicates(leadHash, k[1])) {
            best = slot;
            break;
          }
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : best;
  }

  /** The kept article holding most of these paragraphs (the earliest on a tie), when it holds 60 % or more. */
  private @Nullable Integer copyOf(long[] paragraphs) {
    if (paragraphs.length < 2) {
      return null;
    }
    int[] found = new int[paragraphs.length];
    int n = 0;
    for (long h : paragraphs) {
      Integer s = paragraphSlots.get(h == 0L ? 1L : h);
      if (s != null) {
        found[n++] = s;
      }
    }
    int best = Fingerprints.copyOf(found, n, paragraphs.length);
    return best < 0 ? null : best;
  }

  /** Band {@code b} of a hash, tagged with its band number. Seven bands of 9 or 10 bits cover the 64. */
  private static long bandKey(long hash, int b) {
    int from = b * 64 / BANDS;
    int to = (b + 1) * 64 / BANDS;
    long bits = (hash >>> from) & ((1L << (to - from)) - 1);
    return ((long) b << 56) | bits;
  }

  /** The hashes worth indexing or looking up: a zero hash matches nothing, and one value is listed once. */
  private static long[] distinct(long simHash, long leadHash) {
    return leadHash == simHash || leadHash == 0L ? new long[] {simHash} : new long[] {simHash, leadHash};
  }
}
