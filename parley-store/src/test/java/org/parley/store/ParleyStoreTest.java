package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyStoreTest {
  @TempDir
  Path dir;

  @Test
  void storesArticleQuotesAndEventsAndFindsThemByFilters() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      assertEquals(AddResult.Outcome.ADDED,
          store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80))).outcome());
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertEquals(Map.of("articles", 1, "quotes", 1, "events", 1), r.counts());
      List<StoredEvent> events = r.searchEvents(new Queries.EventQuery("EST", "RUS", "accuse", null, null, null, 10));
      assertEquals(1, events.size());
      StoredEvent e = events.get(0);
      assertEquals("ESTGOV", e.source());
      assertEquals(LocalDate.parse("2019-03-02"), e.day());
      assertEquals(3, e.quadClass());
      assertTrue(e.sentence().startsWith("Estonia accused Russia"));
      assertEquals("https://northwind.example/a1", e.url());
      assertEquals(0, r.searchEvents(new Queries.EventQuery("RUS", null, null, null, null, null, 10)).size());
      assertEquals(0, r.searchEvents(new Queries.EventQuery(null, null, null, LocalDate.parse("2019-04-01"), null,
          null, 10)).size());

      List<StoredQuote> quotes = r.searchQuotes(new Queries.QuoteQuery("Saar", "provocation", null, null, 10));
      assertEquals(1, quotes.size());
      assertEquals("Kristjan Saar", quotes.get(0).speaker());
      assertTrue(quotes.get(0).highlight().contains("[[provocations]]"), quotes.get(0).highlight());
      assertEquals(1, r.searchQuotes(new Queries.QuoteQuery("EST", null, null, null, 10)).size());
      assertEquals(1, r.searchQuotes(new Queries.QuoteQuery("est", null, null, null, 10)).size(),
          "a code typed in lower case is still the code");
      assertEquals(1, r.searchQuotes(new Queries.QuoteQuery("estgov", null, null, null, 10)).size());
      assertEquals(1, r.searchQuotes(new Queries.QuoteQuery("saar", null, null, null, 10)).size(),
          "a one-word name still matches the name");
      assertEquals(0, r.searchQuotes(new Queries.QuoteQuery("rus", null, null, null, 10)).size());

      List<StoredArticle> articles = r.searchArticles(new Queries.ArticleQuery("airspace", null, null, null, 10));
      assertEquals(1, articles.size());
      assertNotNull(articles.get(0).highlight());
      assertEquals("2019-03-04T09:00+02:00", articles.get(0).published());
    }
  }

  @Test
  void reAddingTheSameArticleChangesNothing() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      AddResult again = store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      assertEquals(AddResult.Outcome.ALREADY_STORED, again.outcome());
      store.commit();
      try (StoreReader r = store.reader()) {
        assertEquals(1, r.counts().get("articles"));
        assertEquals(1, r.counts().get("events"));
      }
    }
  }

  @Test
  void syndicatedCopyIsFoldedIntoTheOriginalWithItsUrlAndSite() throws Exception {
    String body = StoreFixtures.filler(300);
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("wire", "meridian", "2019-03-04", body));
      // Same story, other site, trimmed ending.
      AddResult copy = store.add(StoreFixtures.standoff("copy", "atlas", "2019-03-05",
          body.substring(0, body.length() - 60)));
      assertEquals(AddResult.Outcome.NEAR_DUPLICATE, copy.outcome());
      assertEquals("wire", copy.duplicateOf());
      // A copy cut by a fifth at the end still shares its lead with the wire story.
      String[] words = body.split(" ");
      AddResult cut = store.add(StoreFixtures.standoff("cut", "harbor", "2019-03-05",
          String.join(" ", java.util.Arrays.copyOf(words, words.length * 4 / 5))));
      assertEquals(AddResult.Outcome.NEAR_DUPLICATE, cut.outcome());
      AddResult other = store.add(StoreFixtures.standoff("other", "atlas", "2019-03-06", StoreFixtures.filler(301)
          .replace("border", "harbour").replace("river", "ferry").replace("guards", "pilots")));
      assertEquals(AddResult.Outcome.ADDED, other.outcome());
      store.commit();
      try (StoreReader r = store.reader()) {
        StoredArticle wire = r.article("wire");
        assertEquals(List.of("https://meridian.example/wire", "https://atlas.example/copy",
            "https://harbor.example/cut"), wire.urls());
        assertEquals(List.of("meridian", "atlas", "harbor"), wire.sites());
        assertEquals(LocalDate.parse("2019-03-04"), wire.day());
        assertEquals(2, r.counts().get("articles"));
        assertEquals(2, r.counts().get("events"));
      }
    }
  }

  @Test
  void secondWriterIsRefusedWhileReadersKeepWorking() throws Exception {
    try (ParleyStore writer = ParleyStore.openForWriting(dir)) {
      writer.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      writer.commit();
      StoreException e = assertThrows(StoreException.class, () -> ParleyStore.openForWriting(dir));
      assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
      try (ParleyStore reader = ParleyStore.openReadOnly(dir); StoreReader r = reader.reader()) {
        assertEquals(1, r.counts().get("articles"));
      }
    }
  }

  @Test
  void uncommittedWorkIsLostButCommittedWorkSurvives() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      store.commit();
      store.add(StoreFixtures.standoff("a2", "northwind", "2019-03-05", StoreFixtures.filler(90)
          .replace("border", "sea")));
      // closed without commit, as a crash would leave it
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertEquals(1, r.counts().get("articles"));
    }
  }

  @Test
  void dyadSeriesCountsBothDirectionsPerMonth() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      store.add(StoreFixtures.standoff("a2", "harbor", "2019-04-10", StoreFixtures.filler(120).replace("river", "lake")));
      store.commit();
      try (StoreReader r = store.reader()) {
        List<DyadPoint> series = r.dyad("EST", "RUS", Queries.Granularity.MONTH, null, null);
        assertEquals(2, series.size());
        assertEquals("2019-03-01", series.get(0).period());
        assertEquals("EST", series.get(0).source());
        assertEquals(1, series.get(0).count());
        assertEquals(-2.0, series.get(0).meanGoldstein(), 1e-9);
        assertEquals(Map.of("ACCUSE", 1), series.get(0).byType());
        assertTrue(r.dyad("RUS", "EST", Queries.Granularity.MONTH, null, null).stream()
            .noneMatch(p -> p.source().equals("RUS")));
        List<ActorCount> top = r.topActors(5);
        assertEquals("ESTGOV", top.get(0).code());
        assertEquals("Estonia (government)", top.get(0).name(), "a code's display name, not one of its mentions");
        Map<String, List<FacetCount>> facets = r.eventFacets(new Queries.EventQuery(null, null, null, null, null,
            null, 1), 10);
        assertEquals(List.of(new FacetCount("ACCUSE", 2)), facets.get("type"));
        assertEquals(2, facets.get("month").size());
      }
    }
  }

  @Test
  void missingStoreAndBadQueriesGiveClearErrors() {
    StoreException e = assertThrows(StoreException.class, () -> ParleyStore.openReadOnly(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("no Parley store"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("nope")), "reading a store that is not there must not create one");
    assertThrows(IllegalArgumentException.class, () -> new Queries.EventQuery(null, null, null,
        LocalDate.parse("2020-02-01"), LocalDate.parse("2020-01-01"), null, 10));
    assertThrows(IllegalArgumentException.class, () -> new Queries.QuoteQuery(null, "x".repeat(600), null, null, 10));
    assertThrows(IllegalArgumentException.class, () -> new Queries.ArticleQuery(null, null, null, null, 0));
  }
}
