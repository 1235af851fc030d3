package org.parley.store.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreReader;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

// One store for all tests: exports only read it.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExporterTest {
  static final Queries.EventQuery ALL_EVENTS = new Queries.EventQuery(null, null, null, null, null, null, 1);
  static final Queries.QuoteQuery ALL_QUOTES = new Queries.QuoteQuery(null, null, null, null, 1);
  static final Queries.ArticleQuery ALL_ARTICLES = new Queries.ArticleQuery(null, null, null, null, 1);

  @TempDir
  static Path dir;

  ParleyStore store;
  StoreReader reader;
  List<StoredEvent> events = new ArrayList<>();
  List<StoredQuote> quotes = new ArrayList<>();
  List<StoredArticle> articles = new ArrayList<>();

  @BeforeAll
  void buildStore() throws Exception {
    ExportFixtures.build(dir.resolve("store"));
    store = ParleyStore.openReadOnly(dir.resolve("store"));
    reader = store.reader();
    reader.forEachEvent(ALL_EVENTS, events::add);
    reader.forEachQuote(ALL_QUOTES, quotes::add);
    reader.forEachArticle(ALL_ARTICLES, articles::add);
    assertEquals(4, events.size());
    assertEquals(2, quotes.size());
    assertEquals(3, articles.size());
  }

  @AfterAll
  void close() throws Exception {
    reader.close();
    store.close();
  }

  private byte[] export(ExportFormat f, String kind) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter x = Exporter.of(f);
    long n = switch (kind) {
      case "events" -> x.events(reader, ALL_EVENTS, out);
      case "quotes" -> x.quotes(reader, ALL_QUOTES, out);
      default -> x.articles(reader, ALL_ARTICLES, out);
    };
    assertEquals(kind.equals("events") ? 4 : kind.equals("quotes") ? 2 : 3, n);
    return out.toByteArray();
  }

  private Path exportParquet(String kind, ParquetCompression c) throws Exception {
    Path file = dir.resolve(kind + "-" + c + ".parquet");
    try (OutputStream out = Files.newOutputStream(file)) {
      Exporter x = Exporter.of(ExportFormat.PARQUET, c);
      switch (kind) {
        case "events" -> x.events(reader, ALL_EVENTS, out);
        case "quotes" -> x.quotes(reader, ALL_QUOTES, out);
        default -> x.articles(reader, ALL_ARTICLES, out);
      }
    }
    return file;
  }

  @Test
  void eventsCsvHasGdeltColumnsAndReadsBackRecordForRecord() throws Exception {
    byte[] csv = export(ExportFormat.CSV, "events");
    assertEquals(List.of("EventId", "SQLDATE", "MonthYear", "Year", "Date", "DatePrecision", "Actor1Code",
        "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode",
        "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "PloverType", "Negated", "SOURCEURL", "Site",
        "Evidence", "ArticleId", "sentence_start", "sentence_end", "trigger_start", "trigger_end", "source_start",
        "source_end", "target_start", "target_end"), ExportRows.csvHeader(csv));
    List<ExportRows.Row> rows = ExportRows.csv(csv);
    assertEquals(events, rows.stream().map(ExportRows::eventFromCsv).toList());
    assertEquals(List.of("air-1#e0", "un-3#e0", "un-3#e1", "drills-2#e0"),
        rows.stream().map(r -> r.s("EventId")).toList(), "oldest first, the undated event last");

    // The evidence with commas, quotes and a paragraph break survives a real CSV parser intact.
    ExportRows.Row accuse = rows.stream().filter(r -> "ACCUSE".equals(r.s("PloverType"))).findFirst().orElseThrow();
    assertEquals(ExportFixtures.TRICKY, accuse.s("Evidence"));
    assertEquals("20190302", accuse.s("SQLDATE"));
    assertEquals("201903", accuse.s("MonthYear"));
    assertEquals("EST", accuse.s("Actor1CountryCode"));
    assertEquals("RUS", accuse.s("Actor2CountryCode"));
    assertEquals("11", accuse.s("EventRootCode"));
    assertEquals("3", accuse.s("QuadClass"));
    ExportRows.Row consult = rows.stream().filter(r -> "CONSULT".equals(r.s("PloverType"))).findFirst().orElseThrow();
    assertEquals("040", consult.s("EventCode"), "the CAMEO code keeps its leading zero");
    assertEquals("04", consult.s("EventRootCode"));
    assertNull(consult.s("Actor1CountryCode"), "an IGO has no country");
    ExportRows.Row mobilize = rows.stream().filter(r -> "MOBILIZE".equals(r.s("PloverType"))).findFirst()
        .orElseThrow();
    assertNull(mobilize.s("SQLDATE"));
    assertEquals("---", mobilize.s("Actor1Code"));
    assertEquals("true", mobilize.s("Negated"));
    assertNull(mobilize.s("target_start"), "no target, no target offsets");
    assertNull(mobilize.s("target_end"));
  }

  @Test
  void eventOffsetsInCsvAndJsonlPointAtTheEvidenceAndWordsOfTheArticle() throws Exception {
    List<ExportRows.Row> csv = ExportRows.csv(export(ExportFormat.CSV, "events"));
    List<JsonNode> jsonl = ExportRows.jsonLines(export(ExportFormat.JSONL, "events"));
    assertEquals(csv.size(), jsonl.size());
    for (int i = 0; i < csv.size(); i++) {
      ExportRows.Row row = csv.get(i);
      ExportRows.Row offsets = ExportRows.json(jsonl.get(i).get("offsets"));
      String text = articleText(row.s("ArticleId"));
      assertEquals(row.s("Evidence"), cut(text, row, "sentence"), row.s("EventId"));
      assertEquals(jsonl.get(i).get("text").asText(), cut(text, offsets, "sentence"), row.s("EventId"));
      for (String span : List.of("sentence", "trigger", "source", "target")) {
        assertEquals(row.s(span + "_start"), offsets.s(span + "_start"), row.s("EventId") + " " + span);
        assertEquals(row.s(span + "_end"), offsets.s(span + "_end"), row.s("EventId") + " " + span);
      }
    }
    // Estonia accused Russia, in a sentence running over a paragraph break.
    ExportRows.Row accuse = csv.get(0);
    String text = articleText("air-1");
    assertEquals("accused", cut(text, accuse, "trigger"));
    assertEquals("Estonia", cut(text, accuse, "source"));
    assertEquals("Russia", cut(text, accuse, "target"));
    // The second event of un-3 sits in its second paragraph: offsets count in the article, not in the sentence.
    ExportRows.Row agree = csv.get(2);
    assertEquals("agreed", cut(articleText("un-3"), agree, "trigger"));
    assertTrue(Integer.parseInt(agree.s("sentence_start")) > 0);
    assertEquals(List.of("sentence_start", "sentence_end", "trigger_start", "trigger_end", "source_start",
        "source_end", "target_start", "target_end"), ExportRows.fieldNames(jsonl.get(3).get("offsets")));
    assertTrue(jsonl.get(3).get("offsets").get("target_start").isNull(), "a missing target is null, not left out");
  }

  private String articleText(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
  }

  private static String cut(String text, ExportRows.Row r, String span) {
    return text.substring(Integer.parseInt(r.s(span + "_start")), Integer.parseInt(r.s(span + "_end")));
  }

  @Test
  void csvRowsEndWithCrlfAndQuoteOnlyWhereNeeded() throws Exception {
    String csv = new String(export(ExportFormat.CSV, "events"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("EventId,SQLDATE,"));
    assertTrue(csv.endsWith("\r\n"));
    assertTrue(csv.contains("\"Estonia accused Russia of \"\"repeated, deliberate\"\" incursions,"), csv);
    assertTrue(csv.contains(",ESTGOV,Estonia,EST,"), "plain fields are not quoted: " + csv);
  }

  @Test
  void eventsJsonlUsesPloverFieldsAndReadsBackRecordForRecord() throws Exception {
    List<JsonNode> lines = ExportRows.jsonLines(export(ExportFormat.JSONL, "events"));
    assertEquals(events, lines.stream().map(ExportRows::eventFromPlover).toList());
    JsonNode accuse = lines.stream().filter(n -> n.get("event").get(0).asText().equals("ACCUSE")).findFirst()
        .orElseThrow();
    assertEquals("EST", accuse.get("source").get(0).get("code").asText());
    assertEquals("GOV", accuse.get("source").get(0).get("sector").asText());
    assertEquals("Estonia", accuse.get("source").get(0).get("actor_text").asText());
    assertEquals("MIL", accuse.get("recipient").get(0).get("sector").asText());
    assertEquals(3, accuse.get("quad_code").asInt());
    assertEquals(-2.0, accuse.get("event_scale").asDouble());
    assertEquals(ExportFixtures.TRICKY, accuse.get("text").asText());
    assertEquals("northwind", accuse.get("cite_info").get("publication").asText());
    JsonNode mobilize = lines.stream().filter(n -> n.get("event").get(0).asText().equals("MOBILIZE")).findFirst()
        .orElseThrow();
    assertEquals(0, mobilize.get("recipient").size());
    assertTrue(mobilize.get("date").isNull());
    assertEquals(4, mobilize.get("quad_code").asInt());
    assertFalse(mobilize.get("source").get(0).has("sector"));
  }

  @ParameterizedTest
  @EnumSource(ParquetCompression.class)
  void eventsParquetIsTypedAndReadsBackRecordForRecord(ParquetCompression c) throws Exception {
    Path file = exportParquet("events", c);
    List<GenericRecord> back = ExportRows.parquet(file);
    assertEquals(events, back.stream().map(ExportRows::eventFromParquet).toList());

    Schema avro = back.get(0).getSchema();
    Schema date = avro.getField("date").schema().getTypes().get(1);
    assertEquals(LogicalTypes.date(), date.getLogicalType());
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      assertEquals(LogicalTypeAnnotation.dateType(), schema.getType("date").getLogicalTypeAnnotation());
      assertEquals(PrimitiveType.PrimitiveTypeName.DOUBLE, schema.getType("goldstein").asPrimitiveType()
          .getPrimitiveTypeName());
      assertEquals(PrimitiveType.PrimitiveTypeName.BOOLEAN, schema.getType("negated").asPrimitiveType()
          .getPrimitiveTypeName());
      assertEquals(PrimitiveType.PrimitiveTypeName.INT32, schema.getType("quad_class").asPrimitiveType()
          .getPrimitiveTypeName());
      assertEquals(LogicalTypeAnnotation.stringType(), schema.getType("cameo_code").getLogicalTypeAnnotation());
      assertEquals("events", r.getFooter().getFileMetaData().getKeyValueMetaData().get("parley.table"));
      assertEquals(ParquetCodecs.codecOf(c), r.getFooter().getBlocks().get(0).getColumns().get(0).getCodec());
    }
  }

  @Test
  void quotesReadBackRecordForRecordInEveryFormat() throws Exception {
    assertEquals(quotes, ExportRows.csv(export(ExportFormat.CSV, "quotes")).stream()
        .map(r -> ExportRows.quote(r, ExportRows.day(r.s("date")))).toList());
    assertEquals(quotes, ExportRows.jsonLines(export(ExportFormat.JSONL, "quotes")).stream()
        .map(ExportRows::json).map(r -> ExportRows.quote(r, ExportRows.day(r.s("date")))).toList());
    assertEquals(quotes, ExportRows.parquet(exportParquet("quotes", ParquetCompression.SNAPPY)).stream()
        .map(g -> ExportRows.quote(ExportRows.parquet(g),
            g.get("date") == null ? null : LocalDate.ofEpochDay((Integer) g.get("date")))).toList());
  }

  @Test
  void articlesReadBackRecordForRecordInEveryFormat() throws Exception {
    assertEquals(articles, ExportRows.csv(export(ExportFormat.CSV, "articles")).stream()
        .map(r -> ExportRows.article(r, ExportRows.day(r.s("date")))).toList());
    assertEquals(articles, ExportRows.jsonLines(export(ExportFormat.JSONL, "articles")).stream()
        .map(ExportRows::json).map(r -> ExportRows.article(r, ExportRows.day(r.s("date")))).toList());
    List<GenericRecord> back = ExportRows.parquet(exportParquet("articles", ParquetCompression.GZIP));
    assertEquals(articles, back.stream().map(g -> ExportRows.article(ExportRows.parquet(g),
        g.get("date") == null ? null : LocalDate.ofEpochDay((Integer) g.get("date")))).toList());
    assertEquals(Schema.Type.ARRAY, back.get(0).getSchema().getField("authors").schema().getType());
  }

  @Test
  void filtersSelectTheSameEventsAsTheQueryCommands() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = Exporter.of(ExportFormat.JSONL).events(reader,
        new Queries.EventQuery("EST", null, null, LocalDate.parse("2019-04-01"), null, null, 1), out);
    List<JsonNode> lines = ExportRows.jsonLines(out.toByteArray());
    assertEquals(1, n);
    assertEquals("AGREE", lines.get(0).get("event").get(0).asText());
  }

  @Test
  void emptySelectionGivesHeaderOnlyCsvEmptyJsonlAndAValidParquetFile() throws Exception {
    Queries.EventQuery none = new Queries.EventQuery("USA", null, null, null, null, null, 1);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assertEquals(0, Exporter.of(ExportFormat.CSV).events(reader, none, csv));
    assertEquals(1, new String(csv.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n").length);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    assertEquals(0, Exporter.of(ExportFormat.JSONL).events(reader, none, jsonl));
    assertEquals(0, jsonl.size());
    Path file = dir.resolve("none.parquet");
    try (OutputStream out = Files.newOutputStream(file)) {
      assertEquals(0, Exporter.of(ExportFormat.PARQUET).events(reader, none, out));
    }
    assertEquals(List.of(), ExportRows.parquet(file));
  }

  @Test
  void aFailingStreamSurfacesAsIoException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    IOException e = assertThrows(IOException.class,
        () -> Exporter.of(ExportFormat.JSONL).articles(reader, ALL_ARTICLES, broken));
    assertEquals("disk full", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ParquetCompression.class)
  void codecsRoundTripAPage(ParquetCompression c) throws Exception {
    ParquetCodecs codecs = new ParquetCodecs();
    byte[] page = ExportFixtures.TRICKY.repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var packed = ParquetCodecs.toBytes(codecs.getCompressor(ParquetCodecs.codecOf(c)).compress(
        org.apache.parquet.bytes.BytesInput.from(page)));
    if (c != ParquetCompression.NONE) {
      assertTrue(packed.length < page.length / 4, c + " should shrink a repetitive page");
    }
    var un = codecs.getDecompressor(ParquetCodecs.codecOf(c));
    assertArrayEquals(page, ParquetCodecs.toBytes(un.decompress(org.apache.parquet.bytes.BytesInput.from(packed),
        page.length)));
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(packed);
    java.nio.ByteBuffer outBuf = java.nio.ByteBuffer.allocate(page.length);
    un.decompress(in, packed.length, outBuf, page.length);
    assertEquals(packed.length, in.position());
    assertArrayEquals(page, outBuf.array());
  }
}
