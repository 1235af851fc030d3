package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.spark.InProcessRun.Output;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.export.ExportFormat;
import org.parley.store.export.Exporter;
import org.parley.store.export.ParquetImport;
import org.parley.tables.ArticleRow;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;

/**
 * Runs the job on {@code local[2]} over four WARC files (the samples' WARC, one written here with a syndicated copy,
 * a non-HTML and an oversized record, a file that is not a WARC, and a truncated gzip) and checks its Parquet tables
 * against the in-process pipeline, record for record.
 */
class ParleyJobTest {
  /** Small enough that the oversized record below is refused, large enough for every sample page. */
  private static final long PAGE_CAP = 100_000;

  @TempDir static Path dir;
  private static SparkSession spark;
  private static List<String> files;
  private static Output expected;
  private static ParleyJob.Summary summary;
  private static String out;

  @BeforeAll
  static void runBoth() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path samples = repoRoot().resolve("samples");
    byte[] sample = Files.readAllBytes(samples.resolve("warc/sample.warc.gz"));
    Files.write(in.resolve("a-sample.warc.gz"), sample);
    Files.write(in.resolve("b-written.warc.gz"), writtenWarc(samples.resolve("pages/atlas")));
    Files.writeString(in.resolve("c-broken.warc"), "This is a note about a crawl, not a crawl.\n");
    // Cut inside a gzip member, a third of the way in: the records before the cut are read, then one failure.
    Files.write(in.resolve("d-truncated.warc.gz"), java.util.Arrays.copyOf(sample, sample.length / 3));
    Files.createDirectories(in.resolve("_temporary"));
    Files.writeString(in.resolve("_temporary/ignored.warc"), "bookkeeping of an earlier job: never read");

    spark = SparkSession.builder().master("local[2]").appName("parley-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    out = dir.resolve("out").toString();
    summary = ParleyJob.run(spark, List.of(in.toString()), out, PAGE_CAP);

    files = Stream.of("a-sample.warc.gz", "b-written.warc.gz", "c-broken.warc", "d-truncated.warc.gz")
        .map(f -> in.resolve(f).toString()).toList();
    expected = InProcessRun.run(files, PAGE_CAP, WarcTask.onThisJvm(PAGE_CAP).analyzer());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void articlesEqualTheInProcessPipelines() {
    List<ArticleRow> got = read("articles", Schemas::article);
    assertTrue(expected.articles().size() >= 12, "the samples' pages and the written ones were analysed");
    assertEquals(sorted(expected.articles(), ArticleRow::articleId), sorted(got, ArticleRow::articleId));
  }

  @Test
  void quotesEqualTheInProcessPipelines() {
    List<QuoteRow> got = read("quotes", Schemas::quote);
    assertFalse(expected.quotes().isEmpty());
    assertEquals(sorted(expected.quotes(), QuoteRow::quoteId), sorted(got, QuoteRow::quoteId));
  }

  @Test
  void eventsEqualTheInProcessPipelines() {
    List<EventRow> got = read("events", Schemas::event);
    assertFalse(expected.events().isEmpty());
    assertEquals(sorted(expected.events(), EventRow::eventId), sorted(got, EventRow::eventId));
    assertEquals(expected.events().size(), summary.events());
  }

  @Test
  void failuresEqualTheInProcessPipelinesAndTheTaskCarriesOn() {
    List<FailureRow> got = read("failures", Schemas::failure);
    Function<FailureRow, String> key = f -> f.input() + " " + f.reason();
    assertEquals(sorted(expected.failures(), key), sorted(got, key));
    assertTrue(got.stream().anyMatch(f -> f.input().endsWith("c-broken.warc#0")), got::toString);
    assertTrue(got.stream().anyMatch(f -> f.input().contains("d-truncated.warc.gz#")), got::toString);
    assertTrue(got.stream().anyMatch(f -> f.input().contains("b-written.warc.gz#") && f.reason().contains("larger")),
        got::toString);
    // The written file's pages after its oversized record were still read.
    assertTrue(read("articles", Schemas::article).stream().anyMatch(a -> a.urls().contains(afterOversized)),
        afterOversized);
    assertFalse(got.stream().anyMatch(f -> f.input().contains("_temporary")), got::toString);
    assertTrue(got.stream().anyMatch(f -> f.input().contains("b-written.warc.gz#") && f.stage().equals("skip")
        && f.reason().equals("not an HTML page (image/png)")), "the image record is listed: " + got);
  }

  @Test
  void theTablesLoadIntoALocalStoreAsParleyIngestParquetDoes() throws Exception {
    Path store = dir.resolve("store");
    List<String> failures = new ArrayList<>();
    try (ParleyStore s = ParleyStore.openForWriting(store)) {
      ParquetImport.of(Path.of(out)).load(item -> {
        try {
          s.add(item.analysis());
        } catch (StoreException e) {
          throw new IOException(e);
        }
      }, (input, reason) -> failures.add(input));
      s.commit();
    }
    assertEquals(read("failures", Schemas::failure).size(), failures.size(), failures::toString);
    try (ParleyStore s = ParleyStore.openReadOnly(store); StoreReader r = s.reader()) {
      java.util.Map<String, Integer> counts = r.counts();
      assertEquals(summary.kept(), counts.get("articles").longValue());
      assertEquals(read("quotes", Schemas::quote).size(), counts.get("quotes"));
      assertEquals(summary.events(), counts.get("events").longValue());
      assertEquals(List.of(jetUrl, COPY_URL), r.searchArticles(new Queries.ArticleQuery(null, null, null, null, 100))
          .stream().filter(a -> a.urls().contains(COPY_URL)).findFirst().orElseThrow().urls());
    }
  }

  /**
   * The parity of the two paths to the published tables: the same pages analysed here, added to a store and written
   * by {@code parley export}'s code give the rows the job wrote, column for column (names, offsets, copies folded).
   */
  @Test
  void parleyExportOfAStoreWritesTheRowsTheJobWrote() throws Exception {
    Path store = dir.resolve("export-store");
    org.parley.analysis.ArticleAnalyzer analyzer = WarcTask.onThisJvm(PAGE_CAP).analyzer();
    org.parley.extract.ArticleExtractor extractor = new org.parley.extract.ArticleExtractor();
    try (ParleyStore s = ParleyStore.openForWriting(store)) {
      for (String file : files) {
        new org.parley.ingest.InputReader(PAGE_CAP).read(file, page -> {
          try {
            s.add(analyzer.analyze(extractor.extract(page)));
          } catch (org.parley.ingest.UnreadablePageException e) {
            // a failure row in the job's output too
          } catch (StoreException e) {
            throw new IllegalStateException(e);
          }
        }, failure -> { });
      }
      s.commit();
    }
    Path tables = Files.createDirectories(dir.resolve("exported"));
    try (ParleyStore s = ParleyStore.openReadOnly(store); StoreReader r = s.reader()) {
      Exporter exporter = Exporter.of(ExportFormat.PARQUET);
      try (OutputStream o = Files.newOutputStream(tables.resolve("articles.parquet"))) {
        exporter.articles(r, new Queries.ArticleQuery(null, null, null, null, 1), o);
      }
      try (OutputStream o = Files.newOutputStream(tables.resolve("quotes.parquet"))) {
        exporter.quotes(r, new Queries.QuoteQuery(null, null, null, null, 1), o);
      }
      try (OutputStream o = Files.newOutputStream(tables.resolve("events.parquet"))) {
        exporter.events(r, new Queries.EventQuery(null, null, null, null, null, null, 1), o);
      }
    }
    List<EventRow> exportedEvents = readFile(tables.resolve("events.parquet"), Schemas::event);
    assertFalse(exportedEvents.isEmpty());
    assertTrue(exportedEvents.stream().allMatch(e -> e.sentenceSpan() != null && e.triggerSpan() != null
        && e.sourceSpan() != null), "events keep their offsets");
    assertEquals(sorted(read("events", Schemas::event), EventRow::eventId),
        sorted(exportedEvents, EventRow::eventId));
    assertEquals(sorted(read("quotes", Schemas::quote), QuoteRow::quoteId),
        sorted(readFile(tables.resolve("quotes.parquet"), Schemas::quote), QuoteRow::quoteId));
    assertEquals(sorted(read("articles", Schemas::article), ArticleRow::articleId),
        sorted(readFile(tables.resolve("articles.parquet"), Schemas::article), ArticleRow::articleId));
  }

  @Test
  void aSyndicatedCopyInAnotherFileIsFoldedIntoTheFirst() {
    List<ArticleRow> got = read("articles", Schemas::article);
    ArticleRow original = got.stream().filter(a -> a.urls().contains(COPY_URL)).findFirst().orElseThrow();
    assertEquals(List.of(jetUrl, COPY_URL), original.urls());
    assertEquals(List.of("Atlas Daily", "Syndicate Wire"), original.sites());
    assertEquals(got.size(), got.stream().map(ArticleRow::articleId).distinct().count(), "ids are unique");
    assertEquals(summary.kept(), got.size());
    assertTrue(summary.articles() > summary.kept(), "the truncated copy's pages and the copy were collapsed");
  }

  @Test
  void filesHaveTheExportColumnsAndRepetitions() throws IOException {
    MessageType events = footer("events");
    for (String[] field : new String[][] {
        {"event_id", "required binary event_id (STRING)"},
        {"date_precision", "required binary date_precision (STRING)"},
        {"target_code", "optional binary target_code (STRING)"},
        {"quad_class", "required int32 quad_class"},
        {"goldstein", "required double goldstein"},
        {"negated", "required boolean negated"},
        {"site", "optional binary site (STRING)"},
        {"trigger_start", "optional int32 trigger_start"},
        {"source_end", "optional int32 source_end"}}) {
      assertEquals(field[1], events.getType(field[0]).toString().trim());
    }
    MessageType articles = footer("articles");
    assertEquals("required group authors (LIST) {\n  repeated group list {\n    required binary element (STRING);\n"
        + "  }\n}", articles.getType("authors").toString().trim());
    assertFalse(articles.containsField("date"), "the date is the partition directory");
    assertTrue(Files.isDirectory(Path.of(out, "events")));
    try (Stream<Path> days = Files.list(Path.of(out, "events"))) {
      assertTrue(days.anyMatch(p -> p.getFileName().toString().matches("date=\\d{4}-\\d{2}-\\d{2}")));
    }
  }

  @Test
  void aRerunOverTheSameInputReplacesTheOutput() {
    String again = dir.resolve("again").toString();
    List<String> input = List.of(files.get(1));
    ParleyJob.run(spark, input, again, PAGE_CAP);
    List<String> first = spark.read().parquet(again + "/events").collectAsList().stream()
        .map(r -> r.<String>getAs("event_id")).sorted().toList();
    ParleyJob.Summary second = ParleyJob.run(spark, input, again, PAGE_CAP);
    List<String> ids = spark.read().parquet(again + "/events").collectAsList().stream()
        .map(r -> r.<String>getAs("event_id")).sorted().toList();
    assertFalse(ids.isEmpty());
    assertEquals(first, ids, "the second run's rows replace the first's");
    assertEquals(second.events(), ids.size());
    assertEquals(second.kept(), spark.read().parquet(again + "/articles").count());
  }

  private static MessageType footer(String table) throws IOException {
    Path file;
    try (Stream<Path> s = Files.walk(Path.of(out, table))) {
      file = s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (ParquetFileReader r = ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return r.getFooter().getFileMetaData().getSchema();
    }
  }

  private static <T> List<T> readFile(Path file, Function<Row, T> f) {
    return spark.read().parquet(file.toString()).collectAsList().stream().map(f).toList();
  }

  private static <T> List<T> read(String table, Function<Row, T> f) {
    return spark.read().parquet(out + "/" + table).collectAsList().stream().map(f).toList();
  }

  private static <T> List<T> sorted(List<T> rows, Function<T, String> key) {
    List<T> s = new ArrayList<>(rows);
    s.sort(Comparator.comparing(key));
    return s;
  }

  private static final String COPY_URL = "https://syndicate.example/wire/atlas-jet";
  private static String jetUrl;
  private static String afterOversized;

  /**
   * A gzipped WARC of our own: a sample page, the same page on a syndicating site, a PNG, a page over the cap, and a
   * last page that must still be read.
   */
  private static byte[] writtenWarc(Path atlas) throws IOException {
    byte[] jet = Files.readAllBytes(atlas.resolve("baltic-2019-03-04-atlas-russian-jet-invades-airspace.html"));
    byte[] games = Files.readAllBytes(atlas.resolve("baltic-2019-03-08-atlas-russia-extends-war-games.html"));
    StringBuilder big = new StringBuilder("<html><body><article>");
    while (big.length() <= PAGE_CAP) {
      big.append("<p>The harbour board met again and again to discuss the same dredging plan.</p>");
    }
    big.append("</article></body></html>");
    jetUrl = ogUrl(jet);
    afterOversized = ogUrl(games);
    // The syndicating site's copy names itself: its own URL and site name, the same story.
    byte[] copy = new String(jet, StandardCharsets.UTF_8).replace(jetUrl, COPY_URL)
        .replace("content=\"Atlas Daily\"", "content=\"Syndicate Wire\"").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    response(out, jetUrl, "text/html; charset=utf-8", jet);
    response(out, COPY_URL, "text/html; charset=utf-8", copy);
    response(out, "https://atlas.example/img/map.png", "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
    response(out, "https://atlas.example/news/huge", "text/html; charset=utf-8",
        big.toString().getBytes(StandardCharsets.UTF_8));
    response(out, afterOversized, "text/html; charset=utf-8", games);
    return out.toByteArray();
  }

  private static String ogUrl(byte[] html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("property=\"og:url\" content=\"([^\"]+)\"")
        .matcher(new String(html, StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new IllegalStateException("sample page without og:url");
    }
    return m.group(1);
  }

  /** One response record, as its own gzip member (as crawlers write them). */
  private static void response(OutputStream out, String url, String type, byte[] body) throws IOException {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.write(http);
    block.write(body);
    String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
        + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2019-03-09T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
    try (GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out))) {
      gz.write(head.getBytes(StandardCharsets.US_ASCII));
      block.writeTo(gz);
      gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("samples/warc"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }
}
