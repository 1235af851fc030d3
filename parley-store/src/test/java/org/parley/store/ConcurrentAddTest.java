package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Analysis;

class ConcurrentAddTest {
  @TempDir
  Path dir;

  private static String paragraph(Random rnd) {
    String[] words = {"harbour", "council", "ferry", "tariff", "summit", "envoy", "grain", "pipeline", "strike",
        "budget", "reactor", "coalition", "drought", "customs", "treaty", "garrison", "election", "levy", "quarry",
        "canal", "senate", "militia", "refinery", "census", "embargo", "tribunal", "convoy", "vaccine", "cable"};
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < 40; w++) {
      sb.append(w == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(50));
    }
    return sb.append('.').toString();
  }

  private static Analysis story(String id, String site, List<String> paragraphs) {
    return new Analysis(StoreFixtures.article(id, site, "2020-05-01", paragraphs), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  @Test
  void concurrentAddsStoreEachStoryOnceAndFoldEveryCopyIntoIt() throws Exception {
    Random rnd = new Random(3);
    List<Analysis> all = new ArrayList<>();
    Map<String, String> storyOf = new ConcurrentHashMap<>();
    for (int i = 0; i < 300; i++) {
      List<String> paras = List.of(paragraph(rnd), paragraph(rnd), paragraph(rnd), paragraph(rnd), paragraph(rnd));
      all.add(story("s" + i, "site" + i % 7, paras));
      storyOf.put("s" + i, "s" + i);
      if (i % 10 == 0) {
        // An exact copy and one that lost its last paragraph, on other sites.
        all.add(story("s" + i + "-copy", "mirror", paras));
        all.add(story("s" + i + "-cut", "digest", paras.subList(0, 4)));
        storyOf.put("s" + i + "-copy", "s" + i);
        storyOf.put("s" + i + "-cut", "s" + i);
      }
    }
    Collections.shuffle(all, rnd);
    Map<String, AddResult> results = new ConcurrentHashMap<>();
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> futures = new ArrayList<>();
      for (Analysis a : all) {
        futures.add(pool.submit(() -> results.put(a.article().id(), store.add(a))));
      }
      for (int i = 0; i < futures.size(); i++) {
        futures.get(i).get();
        if (i == futures.size() / 2) {
          store.commit(); // A commit while adds are under way.
        }
      }
      pool.shutdown();
      store.commit();
    }
    // Per story: exactly one member stored, the others folded into that one.
    Map<String, String> storedAs = new java.util.HashMap<>();
    for (Map.Entry<String, AddResult> e : results.entrySet()) {
      if (e.getValue().outcome() == AddResult.Outcome.ADDED) {
        String previous = storedAs.put(storyOf.get(e.getKey()), e.getKey());
        assertEquals(null, previous, "story " + storyOf.get(e.getKey()) + " stored twice");
      }
    }
    assertEquals(300, storedAs.size());
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertEquals(300, r.counts().get("articles"));
      for (int i = 0; i < 300; i += 10) {
        String kept = storedAs.get("s" + i);
        for (String member : List.of("s" + i, "s" + i + "-copy", "s" + i + "-cut")) {
          if (!member.equals(kept)) {
            assertEquals(kept, results.get(member).duplicateOf(), member);
          }
        }
        StoredArticle stored = r.article(kept);
        assertEquals(3, stored.urls().size(), stored.urls().toString());
        assertTrue(stored.sites().containsAll(List.of("mirror", "digest", "site" + i % 7)), stored.sites().toString());
      }
    }
  }
}
