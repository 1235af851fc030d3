package org.parley.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.store.AddResult;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreReader;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;
import org.parley.tables.ArticleRow;
import org.parley.tables.Column;
import org.parley.tables.ColumnType;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;
import org.parley.tables.Table;
import org.parley.tables.Tables;

class ParquetImportTest {
  @TempDir
  Path dir;

  /** Everything a store shows, in export order. */
  private record Contents(List<StoredArticle> articles, List<StoredQuote> quotes, List<StoredEvent> events) {
    static Contents of(Path store) throws Exception {
      try (ParleyStore s = ParleyStore.openReadOnly(store); StoreReader r = s.reader()) {
        Contents c = new Contents(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        r.forEachArticle(ExporterTest.ALL_ARTICLES, c.articles::add);
        r.forEachQuote(ExporterTest.ALL_QUOTES, c.quotes::add);
        r.forEachEvent(ExporterTest.ALL_EVENTS, c.events::add);
        return c;
      }
    }
  }

  private Path fixtureStoreWithACopy() throws Exception {
    Path store = dir.resolve("store");
    ExportFixtures.build(store);
    try (ParleyStore s = ParleyStore.openForWriting(store)) {
      Analysis original = ExportFixtures.airspace();
      Article a = original.article();
      Article copy = new Article("air-1-copy", "pages/copy.html", "https://coastal.example/world/air", "coastal",
          "Another headline", null, a.published(), List.of(), "en", a.paragraphs(), List.of());
      AddResult r = s.add(new Analysis(copy, List.of(), List.of(), List.of(), List.of(), List.of()));
      assertEquals(AddResult.Outcome.DUPLICATE, r.outcome());
      s.commit();
    }
    return store;
  }

  private static void exportAll(Path store, Path out) throws Exception {
    Files.createDirectories(out);
    try (ParleyStore s = ParleyStore.openReadOnly(store); StoreReader r = s.reader()) {
      Exporter x = Exporter.of(ExportFormat.PARQUET);
      try (OutputStream o = Files.newOutputStream(out.resolve("articles.parquet"))) {
        x.articles(r, ExporterTest.ALL_ARTICLES, o);
      }
      try (OutputStream o = Files.newOutputStream(out.resolve("quotes.parquet"))) {
        x.quotes(r, ExporterTest.ALL_QUOTES, o);
      }
      try (OutputStream o = Files.newOutputStream(out.resolve("events.parquet"))) {
        x.events(r, ExporterTest.ALL_EVENTS, o);
      }
    }
  }

  private static List<String> load(Path tables, Path store) throws Exception {
    List<String> failures = new ArrayList<>();
    try (ParleyStore s = ParleyStore.openForWriting(store)) {
      ParquetImport.of(tables).load(item -> {
        try {
          s.add(item.analysis());
        } catch (org.parley.store.StoreException e) {
          throw new IOException(e);
        }
      }, (input, reason) -> failures.add(input + ": " + reason));
      s.commit();
    }
    return failures;
  }

  @Test
  void anExportLoadedIntoAnEmptyStoreGivesTheSameRecords() throws Exception {
    Path original = fixtureStoreWithACopy();
    exportAll(original, dir.resolve("tables"));

    List<String> failures = load(dir.resolve("tables"), dir.resolve("copy"));

    assertEquals(List.of(), failures);
    Contents before = Contents.of(original);
    Contents after = Contents.of(dir.resolve("copy"));
    assertEquals(before.articles(), after.articles());
    assertEquals(before.quotes(), after.quotes());
    assertEquals(before.events(), after.events());
    StoredArticle air = after.articles().stream().filter(a -> a.id().equals("air-1")).findFirst().orElseThrow();
    assertEquals(List.of("https://northwind.example/news/air-1", "https://coastal.example/world/air"), air.urls(),
        "the copy's URL comes back on the one article");
    assertEquals(List.of("northwind", "coastal"), air.sites());
  }

  @Test
  void sparkStyleTablesPartitionedByDateLoadAndTheirFailuresAreReported() throws Exception {
    Path original = fixtureStoreWithACopy();
    Contents expected = Contents.of(original);
    Path tables = dir.resolve("spark-out");
    writePartitioned(tables.resolve("articles"), Tables.ARTICLES.columns(), rows(expected.articles(),
        StoredArticle::row), ArticleRow::date);
    writePartitioned(tables.resolve("quotes"), Tables.QUOTES.columns(), rows(expected.quotes(), StoredQuote::row),
        QuoteRow::date);
    writePartitioned(tables.resolve("events"), Tables.EVENTS.columns(), rows(expected.events(), StoredEvent::row),
        EventRow::date);
    Files.writeString(tables.resolve("events/_SUCCESS"), "");
    record Failure(String input, String stage, String reason) {}
    List<Column<Failure>> columns = List.of(Column.required("input", ColumnType.STRING, Failure::input),
        Column.required("stage", ColumnType.STRING, Failure::stage),
        Column.required("reason", ColumnType.STRING, Failure::reason));
    Files.createDirectories(tables.resolve("failures"));
    try (OutputStream o = Files.newOutputStream(tables.resolve("failures/part-00000.snappy.parquet"));
         ParquetSink<Failure> sink = new ParquetSink<>("failures", columns, o, ParquetCompression.SNAPPY)) {
      sink.write(new Failure("cc-news-01.warc.gz#4096", "read", "not HTML (image/png)"));
    }
    // A file cut short among the quotes: reported, and the rest still loads.
    Path broken = tables.resolve("quotes/date=2019-05-20/part-00009.snappy.parquet");
    Files.createDirectories(broken.getParent());
    Files.write(broken, "PAR1 not really parquet".getBytes(StandardCharsets.US_ASCII));

    List<String> failures = load(tables, dir.resolve("loaded"));

    assertEquals(List.of(broken + ": cannot read Parquet: not a Parquet file, or cut short (no Parquet footer at its end)",
        "cc-news-01.warc.gz#4096: failed in the Spark job (read): not HTML (image/png)"), failures);
    Contents after = Contents.of(dir.resolve("loaded"));
    assertEquals(expected.articles(), after.articles());
    assertEquals(expected.quotes(), after.quotes());
    assertEquals(expected.events(), after.events());
  }

  /**
   * Tables written before offsets were kept (schema version 1: no {@code *_start}/{@code *_end} columns) still
   * load: every record comes back, placed by its sentence found again in the text, with no offsets of its own.
   */
  @Test
  void olderTablesWithoutOffsetsStillLoad() throws Exception {
    Path original = fixtureStoreWithACopy();
    Contents expected = Contents.of(original);
    assertTrue(expected.quotes().stream().allMatch(q -> q.quoteSpan() != null && q.sentenceSpan() != null),
        "a store written now keeps offsets");
    Path tables = Files.createDirectories(dir.resolve("v1"));
    writeWithoutOffsets(tables.resolve("articles.parquet"), Tables.ARTICLES,
        rows(expected.articles(), StoredArticle::row));
    writeWithoutOffsets(tables.resolve("quotes.parquet"), Tables.QUOTES, rows(expected.quotes(), StoredQuote::row));
    writeWithoutOffsets(tables.resolve("events.parquet"), Tables.EVENTS, rows(expected.events(), StoredEvent::row));

    assertEquals(List.of(), load(tables, dir.resolve("from-v1")));

    Contents after = Contents.of(dir.resolve("from-v1"));
    assertEquals(expected.articles(), after.articles());
    assertEquals(expected.quotes().stream().map(ParquetImportTest::withoutOffsets).toList(),
        after.quotes().stream().map(ParquetImportTest::withoutOffsets).toList());
    assertEquals(expected.events().stream().map(ParquetImportTest::withoutOffsets).toList(),
        after.events().stream().map(ParquetImportTest::withoutOffsets).toList());
    // The sentence was found again where it is, so its offsets are right; the quote's were searched for too.
    assertEquals(expected.quotes().stream().map(StoredQuote::sentenceSpan).toList(),
        after.quotes().stream().map(StoredQuote::sentenceSpan).toList());
    assertEquals(expected.events().stream().map(StoredEvent::sentenceSpan).toList(),
        after.events().stream().map(StoredEvent::sentenceSpan).toList());
  }

  private static <T> void writeWithoutOffsets(Path file, Table<T> table, List<T> rows) throws IOException {
    List<Column<T>> v1 = table.columns().stream()
        .filter(c -> !c.name().endsWith("_start") && !c.name().endsWith("_end")).toList();
    try (OutputStream o = Files.newOutputStream(file);
         ParquetSink<T> sink = new ParquetSink<>(table.name(), v1, o, ParquetCompression.SNAPPY)) {
      for (T row : rows) {
        sink.write(row);
      }
    }
  }

  private static StoredQuote withoutOffsets(StoredQuote q) {
    return new StoredQuote(q.id(), q.articleId(), q.text(), q.kind(), q.attribution(), q.speaker(), q.speakerCode(),
        q.cue(), q.sentence(), q.day(), q.url(), q.site(), q.highlight());
  }

  private static StoredEvent withoutOffsets(StoredEvent e) {
    return new StoredEvent(e.id(), e.articleId(), e.type(), e.cameoCode(), e.quadClass(), e.goldstein(), e.source(),
        e.sourceName(), e.target(), e.targetName(), e.day(), e.precision(), e.negated(), e.sentence(), e.url(),
        e.site(), e.highlight(), e.rule());
  }

  private static <S, T> List<T> rows(List<S> records, java.util.function.Function<S, T> row) {
    return records.stream().map(row).toList();
  }

  /** Writes rows as Spark does: one directory per day, {@code date} in the directory name and not in the files. */
  private static <T> void writePartitioned(Path table, List<Column<T>> columns, List<T> rows,
                                           java.util.function.Function<T, java.time.LocalDate> day)
      throws IOException {
    List<Column<T>> withoutDate = columns.stream().filter(c -> !c.name().equals("date")).toList();
    Map<String, List<T>> byDay = new TreeMap<>();
    for (T row : rows) {
      java.time.LocalDate d = day.apply(row);
      byDay.computeIfAbsent(d == null ? "__HIVE_DEFAULT_PARTITION__" : d.toString(), k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<T>> e : byDay.entrySet()) {
      Path file = table.resolve("date=" + e.getKey()).resolve("part-00000.snappy.parquet");
      Files.createDirectories(file.getParent());
      try (OutputStream o = Files.newOutputStream(file);
           ParquetSink<T> sink = new ParquetSink<>(table.getFileName().toString(), withoutDate, o,
               ParquetCompression.SNAPPY)) {
        for (T row : e.getValue()) {
          sink.write(row);
        }
      }
    }
  }

  @Test
  void aDirectoryWithoutAnArticlesTableIsRefusedByName() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    IOException e = assertThrows(IOException.class, () -> ParquetImport.of(dir.resolve("empty")));
    assertTrue(e.getMessage().startsWith(dir.resolve("empty") + ": no articles table"), e.getMessage());
    IOException f = assertThrows(IOException.class, () -> ParquetImport.of(dir.resolve("missing")));
    assertTrue(f.getMessage().endsWith("not a directory of Parquet tables"), f.getMessage());
  }

  @Test
  void actorKindsAreGuessedFromTheCodeAndName() {
    assertEquals(ActorKind.STATE, ParquetImport.kindOf("EST", "Estonia"));
    assertEquals(ActorKind.IGO, ParquetImport.kindOf("IGOUNO", "United Nations"));
    assertEquals(ActorKind.PERSON, ParquetImport.kindOf("ESTGOV", "Kristjan Saar"));
    assertEquals(ActorKind.GROUP, ParquetImport.kindOf("ESTGOV", "Foreign Ministry"));
    assertEquals(ActorKind.GROUP, ParquetImport.kindOf("RUSMIL", "troops"));
  }
}
