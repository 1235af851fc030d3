package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

class ArticleSpansTest {
  @Test
  void aQuoteJoinedAcrossItsAttributionIsHighlightedFromItsFirstWordsToItsLast() {
    String text = "“We will not close the clinic,” the director said, “and we will hire four more nurses.”";
    StoredQuote q = new StoredQuote("a#q0", "a", "We will not close the clinic and we will hire four more nurses.",
        "direct", "speech", "the director", null, "said", text, null, null, null, null);
    List<ArticleSpans.Span> spans = ArticleSpans.of(text, List.of(q), List.of());
    ArticleSpans.Span quote = spans.stream().filter(s -> s.kind().equals("quote")).findFirst().orElseThrow();
    assertEquals(1, quote.start());
    assertEquals(text.length() - 1, quote.end());
  }

  @Test
  void storedOffsetsPlaceQuoteSpeakerEventAndActorsWithoutSearchingTheText() {
    // The sentence occurs twice: only the offsets tell which one the records belong to.
    String first = "Saar said the talks had failed. ";
    String text = first + "Saar said the talks had failed.";
    int at = first.length();
    StoredQuote q = new StoredQuote("a#q1", "a", "the talks had failed", "indirect", "speech", "Kristjan Saar",
        "ESTGOV", "said", "Saar said the talks had failed.", null, null, null, null,
        new Span(at + 10, at + 30), new Span(at, text.length()), new Span(at, at + 4), new Span(at + 5, at + 9));
    StoredEvent e = new StoredEvent("a#e1", "a", "ACCUSE", "112", 3, -2.0, "ESTGOV", "Kristjan Saar", null, null,
        null, "article", false, "Saar said the talks had failed.", null, null, null, "verb:say",
        new Span(at, text.length()), new Span(at + 5, at + 9), new Span(at, at + 4), null);
    List<ArticleSpans.Span> spans = ArticleSpans.of(text, List.of(q), List.of(e));
    assertEquals(List.of(
        new ArticleSpans.Span(at, text.length(), "event", "a#e1", "ACCUSE: ESTGOV"),
        new ArticleSpans.Span(at, at + 4, "speaker", "a#q1", "speaker: Kristjan Saar"),
        new ArticleSpans.Span(at, at + 4, "actor", "a#e1", "Kristjan Saar"),
        new ArticleSpans.Span(at + 10, at + 30, "quote", "a#q1", "quote of Kristjan Saar")), spans);
  }

  @Test
  void recordsOfAnOlderStoreWithoutOffsetsAreFoundAgainByTheirSentence() {
    String text = "Estonia protested. Saar said the talks had failed.";
    StoredQuote q = new StoredQuote("a#q0", "a", "the talks had failed", "indirect", "speech", "Kristjan Saar",
        "ESTGOV", "said", "Saar said the talks had failed.", null, null, null, null);
    StoredEvent e = new StoredEvent("a#e0", "a", "PROTEST", "140", 4, -6.5, "EST", "Estonia", null, null, null,
        "article", false, "Estonia protested.", null, null, null, null);
    List<ArticleSpans.Span> spans = ArticleSpans.of(text, List.of(q), List.of(e));
    assertEquals(List.of(
        new ArticleSpans.Span(0, 18, "event", "a#e0", "PROTEST: EST"),
        new ArticleSpans.Span(0, 7, "actor", "a#e0", "Estonia"),
        new ArticleSpans.Span(19, 23, "speaker", "a#q0", "speaker: Kristjan Saar"),
        new ArticleSpans.Span(29, 49, "quote", "a#q0", "quote of Kristjan Saar")), spans);
  }
}
