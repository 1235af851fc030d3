package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.PublishedDate;
import org.parley.model.Span;

class StoreReaderTest {
  private static final String[] CODES = {"RUSGOV", "RUSMIL", "ESTGOV", "LVAGOV", "IGOWSTNAT", "FINGOV"};
  private static final String[] TYPES = {"ACCUSE", "REJECT", "AGREE", "CONSULT", "REQUEST", "THREATEN"};
  private static final String[] WORDS = {"border", "airspace", "talks", "sanctions", "grain", "navy", "drills"};
  /** Evidence sentences, some of them two sentences, with possessives, hyphens, quotes and abbreviations. */
  private static final String[] TEMPLATES = {"Story %d line %d on %s and %s.",
      "Dr. Tamm said the navy's %s were “%s by other means”, story %d line %d.",
      "The %s-%s row deepened (story %d, line %d). Officials declined to comment.",
      "  %s, %s: story %d line %d — SANCTIONS' end?"};

  @TempDir
  Path dir;

  /** 120 invented articles of four events each, in three commits (so three segments), some of them undated. */
  @BeforeEach
  void writeStore() throws Exception {
    Random rnd = new Random(7);
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      for (int i = 0; i < 120; i++) {
        store.add(article(i, rnd));
        if (i % 40 == 39) {
          store.commit();
        }
      }
    }
  }

  private static Analysis article(int i, Random rnd) {
    // Every seventh article is undated, so its events count for an actor but sit on no timeline.
    LocalDate day = i % 7 == 3 ? null : LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(400));
    PublishedDate pd = day == null ? null
        : new PublishedDate(day, OffsetDateTime.parse(day + "T08:00:00Z"), day.toString(), DateSource.META);
    List<String> paras = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 4; s++) {
      String w1 = WORDS[rnd.nextInt(WORDS.length)];
      String w2 = WORDS[rnd.nextInt(WORDS.length)];
      String sentence = i % 4 == 0 || s == 0 ? String.format(java.util.Locale.ROOT, TEMPLATES[0], i, s, w1, w2)
          : String.format(java.util.Locale.ROOT, TEMPLATES[s], w1, w2, i, s);
      if (text.length() > 0) {
        text.append("\n\n");
      }
      sentences.add(new Span(text.length(), text.length() + sentence.length()));
      text.append(sentence);
      paras.add(sentence);
    }
    Article a = new Article("t-" + i, "t-" + i + ".html", "https://site" + (i % 3) + ".example/" + i, "site" + (i % 3),
        "Story " + i, null, pd, List.of(), "en", paras, List.of());
    List<Event> events = new ArrayList<>();
    for (int e = 0; e < 4; e++) {
      Span sentence = sentences.get(e);
      Actor src = actor(CODES[rnd.nextInt(CODES.length)]);
      Actor tgt = actor(CODES[rnd.nextInt(CODES.length)]);
      Mention sm = new Mention(sentence, src.name(), src);
      Mention tm = new Mention(sentence, tgt.name(), tgt);
      events.add(new Event(TYPES[rnd.nextInt(TYPES.length)], "0" + (1 + rnd.nextInt(9)) + "0",
          rnd.nextInt(21) - 10.0 + rnd.nextInt(4) * 0.25, sm, tm, day, DatePrecision.ARTICLE, false, null, sentence,
          sentence, 0.8));
    }
    return new Analysis(a, sentences, List.of(), List.of(), events, List.of());
  }

  private static Actor actor(String code) {
    boolean igo = code.startsWith("IGO");
    return new Actor(code, code.toLowerCase(java.util.Locale.ROOT), igo ? ActorKind.IGO : ActorKind.STATE,
        igo ? null : code.substring(0, 3), igo ? null : code.substring(3));
  }

  @Test
  void actorStatsAgreeWithCountsFacetsAndABucketingOfEveryEvent() throws Exception {
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      LocalDate from = LocalDate.parse("2019-03-01");
      LocalDate to = LocalDate.parse("2019-09-30");
      for (String code : List.of("RUS", "RUSMIL", "ESTGOV", "IGOWSTNAT", "SWE")) {
        for (Queries.Granularity by : Queries.Granularity.values()) {
          check(r, code, null, null, by);
          check(r, code, from, to, by);
        }
      }
    }
  }

  private static void check(StoreReader r, String code, LocalDate from, LocalDate to, Queries.Granularity by)
      throws StoreException {
    String what = code + " " + by + " " + from + ".." + to;
    StoreReader.ActorStats stats = r.actorStats(code, from, to, by, 30);
    assertEquals(r.countEvents(new Queries.EventQuery(code, null, null, from, to, null, 1)), stats.asSource(), what);
    assertEquals(r.countEvents(new Queries.EventQuery(null, code, null, from, to, null, 1)), stats.asTarget(), what);
    Queries.EventQuery any = new Queries.EventQuery(null, null, null, from, to, null, 1, code, null);
    Map<String, List<FacetCount>> facets = r.eventFacets(any, 1000);
    assertEquals(facets.get("type"), stats.types(), what);
    assertEquals(facets.get("actor"), stats.actors(), what);

    // The timeline, recomputed from every matching event's own record.
    TreeMap<String, List<StoredEvent>> byPeriod = new TreeMap<>();
    r.forEachEvent(any, e -> {
      if (e.day() != null) {
        byPeriod.computeIfAbsent(by.periodOf(e.day()), k -> new ArrayList<>()).add(e);
      }
    });
    List<StoreReader.Bucket> timeline = stats.timeline();
    assertEquals(List.copyOf(byPeriod.keySet()), timeline.stream().map(StoreReader.Bucket::period).toList(), what);
    for (StoreReader.Bucket b : timeline) {
      List<StoredEvent> events = byPeriod.get(b.period());
      assertEquals(events.size(), b.count(), what);
      double mean = events.stream().mapToDouble(StoredEvent::goldstein).average().orElseThrow();
      assertEquals(mean, b.meanGoldstein(), 1e-9, what);
      Map<String, Integer> types = new TreeMap<>();
      events.forEach(e -> types.merge(e.type(), 1, Integer::sum));
      assertEquals(types, b.byType(), what);
    }
    assertEquals(r.timeline(any, by), timeline, what);
    assertEquals(r.searchEvents(new Queries.EventQuery(null, null, null, from, to, null, 30, code, null)),
        stats.latest(), what);
  }

  @Test
  void everyHitOfAPageIsHighlightedWithItsOwnText() throws Exception {
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      // Newest first is not the order the events were stored in, so a mix-up of hits and texts would show.
      Queries.EventQuery q = new Queries.EventQuery(null, null, null, null, null, "sanctions", 60);
      int total = r.countEvents(q);
      assertTrue(total > 40, "fixture has enough matches: " + total);
      for (int offset : new int[] {0, 25}) {
        List<StoredEvent> page = r.searchEvents(q, offset);
        assertEquals(Math.min(60, total) - offset, page.size());
        for (StoredEvent e : page) {
          assertNotNull(e.highlight(), e.id());
          assertTrue(e.highlight().toLowerCase(java.util.Locale.ROOT).contains("[[sanctions"), e.highlight());
          // Each text names its story and line, so a highlight placed on another hit would not be part of it.
          String passage = e.highlight().replace("[[", "").replace("]]", "");
          String story = "story " + e.articleId().substring(2) + " ";
          assertTrue(passage.toLowerCase(java.util.Locale.ROOT).replace(",", " ").contains(story)
              && e.sentence().contains(passage), e.highlight() + " / " + e.sentence());
        }
      }
    }
  }

  @Test
  void oneSentenceTextsAreMarkedAsTheHighlighterMarksThem() throws Exception {
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      for (String q : List.of("sanctions", "navy drills", "border | grain", "talks airspace sanctions", "\"navy's\"",
          "navy -grain", "sanction*", "officials", "the", "end")) {
        Queries.EventQuery eq = new Queries.EventQuery(null, null, null, null, null, q, 500);
        List<StoredEvent> quick = r.searchEvents(eq);
        List<StoredEvent> full;
        HitHighlighter.sentenceShortcut = false;
        try {
          full = r.searchEvents(eq);
        } finally {
          HitHighlighter.sentenceShortcut = true;
        }
        assertEquals(full, quick, q);
      }
    }
  }

  @Test
  void readersOverOneCommitShareAViewAndANewCommitMakesANewOne() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      Object first;
      try (StoreReader a = store.reader(); StoreReader b = store.reader()) {
        first = a.view();
        assertSame(first, b.view());
      }
      store.add(article(500, new Random(1)));
      store.commit();
      try (StoreReader c = store.reader()) {
        assertNotSame(first, c.view());
      }
    }
  }
}
