package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.tables.QuoteRow;

class DocumentMapperTest {
  private static QuoteRow row(Span quote, Span sentence, Span speaker, Span cue) {
    return new QuoteRow("air-1#q0", "air-1", LocalDate.of(2019, 3, 4), "Kristjan Saar", "ESTGOV", "direct", "speech",
        "said", "We will not accept it,", "“We will not accept it,” Saar said.", "https://n.example/air-1", "n",
        quote, sentence, speaker, cue);
  }

  /** What a document holds once stored: its stored fields only. */
  private static Document stored(Document d) {
    Document out = new Document();
    for (IndexableField f : d.getFields()) {
      if (f.fieldType().stored()) {
        out.add(f.numericValue() != null ? new StoredField(f.name(), f.numericValue().intValue())
            : new StoredField(f.name(), f.stringValue()));
      }
    }
    return out;
  }

  @Test
  void aQuotesOffsetsAreStoredAndReadBack() {
    QuoteRow row = row(new Span(1, 23), new Span(0, 36), new Span(26, 30), new Span(31, 35));
    StoredQuote q = DocumentMapper.toQuote(stored(DocumentMapper.quote(row)), null);
    assertEquals(row, q.row());
  }

  @Test
  void aQuoteStoredBeforeOffsetsWereKeptReadsWithNone() {
    QuoteRow row = row(null, null, null, null);
    StoredQuote q = DocumentMapper.toQuote(stored(DocumentMapper.quote(row)), null);
    assertNull(q.quoteSpan());
    assertNull(q.sentenceSpan());
    assertEquals("We will not accept it,", q.text());
    assertEquals(row, q.row());
  }
}
