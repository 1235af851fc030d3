package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.dedup.CopyIndex;
import org.parley.dedup.Fingerprints;
import org.parley.spark.PageOutcome.Fingerprint;

/**
 * The second stage: collapses copies across the whole input with the store's rules ({@link CopyIndex}, which
 * ParleyStore.add uses too), so the job and the laptop keep the same originals. In input order, an article is
 * dropped when its id was seen, folded into its original when {@link CopyIndex#originalOf} finds one, and kept
 * otherwise. A folded copy adds its URL and site to the original's.
 */
final class Collapser {
  /** What to write: the kept records (by order) and each kept article's URLs and sites, first its own. */
  record Result(Set<Long> kept, Map<String, List<String>> urls, Map<String, List<String>> sites)
      implements Serializable {}

  private final Set<String> ids = new HashSet<>();
  private final CopyIndex copies = new CopyIndex();
  private final List<String> keptIds = new ArrayList<>();
  private final Set<Long> kept = new HashSet<>();
  private final Map<String, List<String>> urls = new HashMap<>();
  private final Map<String, List<String>> sites = new HashMap<>();

  private Collapser() {}

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
    Fingerprints.Fingerprint hashes = f.hashes();
    CopyIndex.Match original = copies.originalOf(hashes, f.blank());
    if (original != null) {
      fold(keptIds.get(original.slot()), f);
      return;
    }
    copies.add(hashes);
    ids.add(f.articleId());
    keptIds.add(f.articleId());
    kept.add(f.order());
    urls.put(f.articleId(), new ArrayList<>(List.of(f.url())));
    sites.put(f.articleId(), new ArrayList<>(f.site() == null ? List.of() : List.of(f.site())));
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
}
