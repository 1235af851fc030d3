package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Analysis;
import org.parley.model.Attribution;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

/** The store keeps whether a quote is speech or a belief, and quote queries filter on it. */
class QuoteAttributionStoreTest {
  @TempDir
  Path dir;

  /** The fixture article with a second quote, a belief ("Saar wants …") over the first paragraph. */
  private static Analysis withBelief() {
    Analysis an = StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80));
    Quote said = an.quotes().get(0);
    Span first = an.sentences().get(0);
    Quote wants = new Quote(first, an.article().text().substring(first.start(), first.end()), QuoteKind.INDIRECT,
        said.speaker(), "wants", null, first, Attribution.BELIEF);
    List<Quote> quotes = new ArrayList<>(List.of(wants, said));
    return new Analysis(an.article(), an.sentences(), an.mentions(), quotes, an.events(), an.warnings());
  }

  @Test
  void speechAndBeliefAreStoredAndFilteredApart() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(withBelief());
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      List<StoredQuote> speech = r.searchQuotes(
          new Queries.QuoteQuery("Saar", null, null, null, 10, null, Attribution.SPEECH));
      assertEquals(1, speech.size());
      assertEquals("speech", speech.get(0).attribution());
      assertEquals("said", speech.get(0).cue());

      List<StoredQuote> beliefs = r.searchQuotes(
          new Queries.QuoteQuery("Saar", null, null, null, 10, null, Attribution.BELIEF));
      assertEquals(1, beliefs.size());
      assertEquals("belief", beliefs.get(0).attribution());
      assertEquals("wants", beliefs.get(0).cue());

      assertEquals(2, r.countQuotes(new Queries.QuoteQuery("Saar", null, null, null, 10)));
      assertEquals(2, r.quotesOf("a1").size());
    }
  }
}
