package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.parley.model.Quote;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;

/** What the quote tests share: extracting from a text and finding a quote and its speaker. */
final class QuoteAssertions {
  static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private QuoteAssertions() {}

  /** The quotes of a text; {@code -Dparley.test.dumpParse=true} prints its parse, to write a hand-built one. */
  static List<Quote> quotes(String text) {
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    if (Boolean.getBoolean("parley.test.dumpParse")) {
      for (ParsedSentence s : doc.sentences()) {
        System.out.println(s.tokens());
        System.out.println(s.dependencies());
      }
    }
    return EXTRACTOR.extract(doc);
  }

  static Quote containing(List<Quote> quotes, String words) {
    Optional<Quote> q = quotes.stream().filter(x -> x.text().contains(words)).findFirst();
    assertTrue(q.isPresent(), "no quote containing '" + words + "' in " + quotes);
    return q.get();
  }

  static void assertSpeaker(String expected, Quote q) {
    assertNotNull(q.speaker(), q.toString());
    assertEquals(expected, q.speaker().text(), q.toString());
  }
}
