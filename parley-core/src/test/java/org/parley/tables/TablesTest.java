package org.parley.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.PublishedDate;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

class TablesTest {
  private static final String TEXT = "The ministry said they would protest. “We will not accept it,” Saar said.";
  private static final Actor ESTGOV = new Actor("ESTGOV", "Estonia (government)", ActorKind.GROUP, "EST", "GOV");
  private static final Actor SAAR = new Actor("ESTGOV", "Kristjan Saar", ActorKind.PERSON, "EST", "GOV");

  private static Analysis analysis() {
    Article a = new Article("air-1", "pages/air-1.html", "https://northwind.example/air-1", "northwind", "Title",
        null, new PublishedDate(LocalDate.of(2019, 3, 4), null, "2019-03-04", DateSource.META), List.of(), "en",
        List.of(TEXT), List.of());
    int they = TEXT.indexOf("they");
    int saar = TEXT.indexOf("Saar");
    Mention theyMention = new Mention(new Span(they, they + 4), "they", ESTGOV);
    Event protest = new Event("PROTEST", "140", -6.5, theyMention, null, null, DatePrecision.ARTICLE, false, "would",
        new Span(TEXT.indexOf("protest"), TEXT.indexOf("protest") + 7), new Span(0, 37), 0.8, "verb:protest");
    Quote q = new Quote(new Span(39, 61), "We will not accept it,", QuoteKind.DIRECT,
        new Mention(new Span(saar, saar + 4), "Saar", SAAR), "said", new Span(saar + 5, saar + 9),
        new Span(38, TEXT.length()));
    return new Analysis(a, List.of(new Span(0, 37), new Span(38, TEXT.length())), List.of(), List.of(q),
        List.of(protest), List.of());
  }

  @Test
  void aSpeakingPronounIsNamedByTheActorItStandsForOtherSpeakersAsWritten() {
    Mention it = new Mention(new Span(0, 2), "it", new Actor("ESTMIL", "military", ActorKind.ORGANIZATION, "EST",
        "MIL"));
    assertEquals("Estonia (military)", Tables.speakerName(it));
    Mention surname = new Mention(new Span(0, 4), "Saar", new Actor("ESTGOV", "Kristjan Saar", ActorKind.PERSON,
        "EST", "GOV"));
    assertEquals("Kristjan Saar", Tables.speakerName(surname));
    Mention ministry = new Mention(new Span(0, 12), "the ministry", new Actor("ESTGOV", "ministry",
        ActorKind.ORGANIZATION, "EST", "GOV"));
    assertEquals("the ministry", Tables.speakerName(ministry));
  }

  @Test
  void anEventsActorIsNamedByTheActorAndPlacedByItsMention() {
    EventRow e = Tables.events(analysis()).get(0);
    assertEquals("air-1#e0", e.eventId());
    assertEquals("Estonia (government)", e.sourceName(), "the actor's name, not the pronoun");
    assertEquals("they", TEXT.substring(e.sourceSpan().start(), e.sourceSpan().end()));
    assertEquals("protest", TEXT.substring(e.triggerSpan().start(), e.triggerSpan().end()));
    assertEquals("The ministry said they would protest.", e.sentence());
    assertEquals(new Span(0, 37), e.sentenceSpan());
    assertEquals(LocalDate.of(2019, 3, 4), e.date(), "undated: the publication day");
    assertEquals(4, e.quadClass());
    assertNull(e.targetSpan());
  }

  @Test
  void aQuotesSpeakerIsNamedByTheDictionaryWhenAPerson() {
    QuoteRow q = Tables.quotes(analysis()).get(0);
    assertEquals("Kristjan Saar", q.speaker());
    assertEquals("Saar", TEXT.substring(q.speakerSpan().start(), q.speakerSpan().end()));
    assertEquals("said", TEXT.substring(q.cueSpan().start(), q.cueSpan().end()));
    assertEquals("speech", q.attribution());
  }

  @Test
  void rowsReadBackFromTheirColumnValues() throws BadRowException {
    Analysis an = analysis();
    EventRow e = Tables.events(an).get(0);
    assertEquals(e, Tables.EVENTS.read(values(Tables.EVENTS, e)));
    QuoteRow q = Tables.quotes(an).get(0);
    assertEquals(q, Tables.QUOTES.read(values(Tables.QUOTES, q)));
    ArticleRow a = Tables.article(an.article());
    assertEquals(a, Tables.ARTICLES.read(values(Tables.ARTICLES, a)));
  }

  @Test
  void rowsWithoutOffsetColumnsReadWithoutSpansAndBrokenOnesAreRefusedByColumn() throws BadRowException {
    QuoteRow q = Tables.quotes(analysis()).get(0);
    Map<String, Object> v1 = values(Tables.QUOTES, q);
    v1.keySet().removeIf(k -> k.endsWith("_start") || k.endsWith("_end"));
    QuoteRow old = Tables.QUOTES.read(v1);
    assertNull(old.quoteSpan());
    assertNull(old.speakerSpan());
    assertEquals(q.quote(), old.quote());

    Map<String, Object> half = values(Tables.QUOTES, q);
    half.remove("speaker_end");
    assertEquals("bad speaker offsets [" + q.speakerSpan().start() + ", null)",
        assertThrows(BadRowException.class, () -> Tables.QUOTES.read(half)).getMessage());
    Map<String, Object> noId = values(Tables.QUOTES, q);
    noId.remove("quote_id");
    assertEquals("no quote_id", assertThrows(BadRowException.class, () -> Tables.QUOTES.read(noId)).getMessage());
  }

  @Test
  void partitionDatesReadAsTextToo() throws BadRowException {
    EventRow e = Tables.events(analysis()).get(0);
    Map<String, Object> v = values(Tables.EVENTS, e);
    v.put("date", "2019-03-04");
    assertEquals(e, Tables.EVENTS.read(v));
    v.put("date", "March");
    assertEquals("date 'March' is not a day (YYYY-MM-DD)",
        assertThrows(BadRowException.class, () -> Tables.EVENTS.read(v)).getMessage());
  }

  @Test
  void internationalBodiesAndUnresolvedActorsHaveNoCountry() {
    assertEquals("RUS", Tables.countryOf("RUSMIL"));
    assertEquals("EST", Tables.countryOf("EST"));
    assertNull(Tables.countryOf("IGOUNO"));
    assertNull(Tables.countryOf("NGOAMN"));
    assertNull(Tables.countryOf("---"));
    assertNull(Tables.countryOf(null));
  }

  private static <T> Map<String, Object> values(Table<T> table, T row) {
    Map<String, Object> out = new HashMap<>();
    for (Column<T> c : table.columns()) {
      Object v = c.of(row);
      if (v != null) {
        out.put(c.name(), v);
      }
    }
    return out;
  }
}
