package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Span;

class StoreGlanceTest {
  static final Actor EST_OPP = new Actor("ESTOPP", "Estonian opposition", ActorKind.GROUP, "EST", "OPP");
  static final Actor RUS_MIL = new Actor("RUSMIL", "Russian army", ActorKind.GROUP, "RUS", "MIL");
  static final Actor NATO = new Actor("IGOWSTNAT", "NATO", ActorKind.IGO, null, null);
  static final Actor NOBODY = null;

  private static final Map<String, String> TOPICS = Map.of(
      "a1", "Fishing quotas in the Baltic were cut by a third after the scientists' survey of herring stocks.",
      "a2", "A new rail timetable starts in May, with night trains from Tallinn to Warsaw twice a week.",
      "a3", "Museum attendance rose sharply over the holidays as families flocked to the medieval exhibition.");

  @TempDir Path dir;

  /** One event per given pair, in an article of its own dated {@code day}, the event dated {@code eventDay}. */
  private static Analysis article(String id, String day, LocalDate eventDay, Actor[]... pairs) {
    return article(id, "glance", day, eventDay, pairs);
  }

  private static Analysis article(String id, String site, String day, LocalDate eventDay, Actor[]... pairs) {
    // Each text its own, or the store would fold the articles as copies of one another.
    Article a = StoreFixtures.article(id, site, day, List.of("Something happened between them.",
        TOPICS.get(id)));
    List<Event> events = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Span sentence = new Span(0, 32);
    for (Actor[] p : pairs) {
      Mention src = new Mention(new Span(0, 9), "Something", p[0]);
      Mention tgt = new Mention(new Span(24, 31), "between", p[1]);
      mentions.add(src);
      mentions.add(tgt);
      events.add(new Event("ACCUSE", "112", -2.0, src, tgt, eventDay, DatePrecision.DAY, false, null,
          new Span(10, 19), sentence, 0.9));
    }
    return new Analysis(a, List.of(sentence), mentions, List.of(), events, List.of());
  }

  @Test
  void countsPairsOfCountriesInBothDirectionsAndTheSpanOfDays() throws Exception {
    Actor est = StoreFixtures.EST;
    Actor rus = StoreFixtures.RUS;
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(article("a1", "2019-02-04", LocalDate.parse("2019-01-15"), new Actor[] {est, rus},
          new Actor[] {est, RUS_MIL}, new Actor[] {RUS_MIL, est}));
      store.commit();
      store.add(article("a2", "2019-03-01", LocalDate.parse("2019-03-01"), new Actor[] {NATO, rus},
          new Actor[] {est, EST_OPP}, new Actor[] {est, NOBODY}, new Actor[] {rus, NATO}, new Actor[] {est, rus}));
      store.add(article("a3", "2019-03-20", LocalDate.parse("2019-04-02"), new Actor[] {NATO, rus}));
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      List<StoreGlance.DyadCount> dyads = r.topDyads(10);
      // EST and RUS: three times EST on RUS (a government and an army alike), once the other way; a government on
      // its own opposition and an event with no resolved target pair nobody.
      assertEquals(List.of(new StoreGlance.DyadCount("EST", "RUS", 3, 1),
          new StoreGlance.DyadCount("IGOWSTNAT", "RUS", 2, 1)), dyads);
      assertEquals(1, r.topDyads(1).size());
      assertEquals(new StoreGlance.DayRange(LocalDate.parse("2019-01-15"), LocalDate.parse("2019-04-02")),
          r.dayRange());
      Map<String, Integer> codes = r.actorCodeCounts();
      assertEquals(5, codes.get("RUSGOV"));
      assertEquals(3, codes.get("IGOWSTNAT"));
      assertEquals(null, codes.get("---"));
    }
  }

  @Test
  void aSiteFilterFindsEverySpellingOfTheSite() throws Exception {
    Actor[] pair = {StoreFixtures.EST, StoreFixtures.RUS};
    LocalDate day = LocalDate.parse("2019-03-01");
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(article("a1", "harborpost.example", "2019-03-01", day, pair));
      store.add(article("a2", "Harbor-Post.example", "2019-03-01", day, pair));
      store.add(article("a3", "www.harborpost.example", "2019-03-01", day, pair, pair));
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      for (String asked : List.of("harborpost.example", "harbor-post.example", "Harbor-Post.example")) {
        assertEquals(3, r.countArticles(new Queries.ArticleQuery(null, asked, null, null, 10)), asked);
        assertEquals(4, r.countEvents(new Queries.EventQuery(null, null, null, null, null, null, 10, null, asked)),
            asked);
      }
      assertEquals(0, r.countArticles(new Queries.ArticleQuery(null, "harbor.example", null, null, 10)));
    }
    assertEquals("harborpost.example", SiteNames.key("www.Harbor-Post.example"));
    assertEquals("atlasdaily", SiteNames.key("Atlas Daily"));
  }

  @Test
  void anEmptyStoreHasNoDaysAndNoPairs() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertNull(r.dayRange());
      assertEquals(List.of(), r.topDyads(5));
    }
  }
}
