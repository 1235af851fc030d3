package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
