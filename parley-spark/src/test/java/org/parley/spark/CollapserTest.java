package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.dedup.Fingerprints;
import org.parley.spark.PageOutcome.Fingerprint;

class CollapserTest {

  @Test
  void bandedLookupKeepsWhatTheStoresLinearScanKeeps() {
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      List<Fingerprint> prints = randomPrints(random, 400);
      Collapser.Result got = Collapser.collapse(prints);
      Collapser.Result want = linearScan(prints);
      assertEquals(want.kept(), got.kept(), "round " + round);
      assertEquals(want.urls(), got.urls(), "round " + round);
      assertEquals(want.sites(), got.sites(), "round " + round);
      assertTrue(got.kept().size() < prints.size(), "the fixture has copies");
    }
  }

  @Test
  void inputOrderNotArrivalOrderPicksTheOriginal() {
    Fingerprint first = print(1L, "a", "https://a.example/1", "a", "h1", 0x0F0FL, 0L, new long[0]);
    Fingerprint copy = print(2L << 32, "b", "https://b.example/1", "b", "h1", 0x0F0FL, 0L, new long[0]);
    Collapser.Result r = Collapser.collapse(List.of(copy, first));
    assertEquals(Set.of(1L), r.kept());
    assertEquals(List.of("https://a.example/1", "https://b.example/1"), r.urls().get("a"));
    assertEquals(List.of("a", "b"), r.sites().get("a"));
  }

  @Test
  void aSecondRecordWithTheSameIdAddsNothing() {
    Fingerprint one = print(1L, "a", "https://a.example/1", "a", "h1", 0x0F0FL, 0L, new long[0]);
    Fingerprint again = print(2L, "a", "https://a.example/1?utm=x", "a", "h2", 0x7777_0000_0000L, 0L, new long[0]);
    Collapser.Result r = Collapser.collapse(List.of(one, again));
    assertEquals(Set.of(1L), r.kept());
    assertEquals(List.of("https://a.example/1"), r.urls().get("a"));
  }

  private static List<Fingerprint> randomPrints(Random random, int n) {
    List<Fingerprint> out = new ArrayList<>();
    List<long[]> stories = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long sim;
      long lead;
      long[] paragraphs;
      String hash;
      if (!stories.isEmpty() && random.nextInt(3) == 0) {
        long[] s = stories.get(random.nextInt(stories.size()));
        // A variant: up to 8 bits off (near or not), maybe the same text, maybe sharing paragraphs.
        sim = flip(random, s[0], random.nextInt(9));
        lead = random.nextBoolean() ? s[1] : flip(random, s[1], random.nextInt(12));
        hash = random.nextInt(4) == 0 ? "t" + s[2] : "t" + i;
        paragraphs = random.nextBoolean() ? new long[] {s[3], s[4], random.nextLong()} : new long[] {random.nextLong()};
      } else {
        sim = random.nextInt(20) == 0 ? 0L : random.nextLong();
        lead = random.nextLong();
        hash = "t" + i;
        paragraphs = new long[] {random.nextLong(), random.nextLong()};
        stories.add(new long[] {sim, lead, i, paragraphs[0], paragraphs[1]});
      }
      String id = random.nextInt(30) == 0 && i > 0 ? "id" + random.nextInt(i) : "id" + i;
      out.add(print((long) (i / 50) << 32 | (i % 50), id, "https://s" + random.nextInt(5) + ".example/" + i,
          random.nextInt(6) == 0 ? null : "site" + random.nextInt(5), hash, sim, lead, paragraphs));
    }
    Collections.shuffle(out, random);
    return out;
  }

  private static long flip(Random random, long h, int bits) {
    for (int i = 0; i < bits; i++) {
      h ^= 1L << random.nextInt(64);
    }
    return h;
  }

  private static Fingerprint print(long order, String id, String url, String site, String hash, long sim, long lead,
                                   long[] paragraphs) {
    return new Fingerprint(order, id, url, site, false, hash, sim, lead, paragraphs);
  }

  /** ParleyStore.add's rules, written out plainly: every kept SimHash scanned in order. */
  private static Collapser.Result linearScan(List<Fingerprint> prints) {
    List<Fingerprint> sorted = new ArrayList<>(prints);
    sorted.sort((a, b) -> Long.compare(a.order(), b.order()));
    Set<String> ids = new HashSet<>();
    Map<String, String> byHash = new HashMap<>();
    List<Fingerprint> keptSims = new ArrayList<>();
    List<Fingerprint> keptAll = new ArrayList<>();
    Map<Long, String> paragraphOwner = new HashMap<>();
    Set<Long> kept = new HashSet<>();
    Map<String, List<String>> urls = new HashMap<>();
    Map<String, List<String>> sites = new HashMap<>();
    for (Fingerprint f : sorted) {
      if (ids.contains(f.articleId())) {
        continue;
      }
      String into = byHash.get(f.exactHash());
      if (into == null && f.simHash() != 0L) {
        for (Fingerprint k : keptSims) {
          if (Fingerprints.nearDuplicates(f.simHash(), k.simHash())
              || Fingerprints.nearDuplicates(f.leadSimHash(), k.leadSimHash())) {
            into = k.articleId();
            break;
          }
        }
      }
      if (into == null && f.paragraphHashes().length >= 2) {
        Map<String, Integer> counts = new HashMap<>();
        for (long p : f.paragraphHashes()) {
          String owner = paragraphOwner.get(p == 0L ? 1L : p);
          if (owner != null) {
            counts.merge(owner, 1, Integer::sum);
          }
        }
        int best = 0;
        for (Fingerprint k : keptAll) {
          int c = counts.getOrDefault(k.articleId(), 0);
          if (c > best) {
            best = c;
            into = k.articleId();
          }
        }
        if (best < 2 || best < 0.6 * f.paragraphHashes().length) {
          into = null;
        }
      }
      if (into != null) {
        List<String> u = urls.get(into);
        if (!u.contains(f.url())) {
          u.add(f.url());
          if (f.site() != null && !sites.get(into).contains(f.site())) {
            sites.get(into).add(f.site());
          }
        }
        continue;
      }
      ids.add(f.articleId());
      kept.add(f.order());
      keptAll.add(f);
      urls.put(f.articleId(), new ArrayList<>(List.of(f.url())));
      sites.put(f.articleId(), new ArrayList<>(f.site() == null ? List.of() : List.of(f.site())));
      byHash.putIfAbsent(f.exactHash(), f.articleId());
      if (f.simHash() != 0L) {
        keptSims.add(f);
      }
      for (long p : f.paragraphHashes()) {
        paragraphOwner.putIfAbsent(p == 0L ? 1L : p, f.articleId());
      }
    }
    return new Collapser.Result(kept, urls, sites);
  }
}
