package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.parley.store.ParleyStore;

class ExportCommandTest {
  @TempDir
  Path dir;
  Path data;

  @BeforeEach
  void store() throws Exception {
    data = dir.resolve("data");
    try (ParleyStore s = ParleyStore.openForWriting(data)) {
      s.add(analysis("a1", "2021-06-01", "Finland", "FINGOV", "urged", "REQUEST", "020", 3.0));
      s.add(analysis("a2", "2021-07-15", "Norway", "NORGOV", "praised", "SUPPORT", "051", 3.4));
      s.commit();
    }
  }

  /** "{name} {verb} Sweden over fishing quotas, the ministry said." with one event and one quote. */
  static Analysis analysis(String id, String day, String name, String code, String verb, String type,
                                   String cameo, double goldstein) {
    String p1 = name + " " + verb + " Sweden over fishing quotas, the ministry said on " + day + ".";
    String p2 = "“The quotas must be fair,” said a spokesperson for " + name + " in a statement about " + id + ".";
    PublishedDate pd = new PublishedDate(LocalDate.parse(day), OffsetDateTime.parse(day + "T08:00:00Z"), day,
        DateSource.META);
    Article a = new Article(id, id + ".html", "https://harbour.example/" + id, "harbour", "Quotas " + id, null, pd,
        List.of(), "en", List.of(p1, p2), List.of());
    Actor actor = new Actor(code, name, ActorKind.STATE, code.substring(0, 3), "GOV");
    Actor swe = new Actor("SWE", "Sweden", ActorKind.STATE, "SWE", null);
    Mention src = new Mention(new Span(0, name.length()), name, actor);
    int sweAt = p1.indexOf("Sweden");
    Mention tgt = new Mention(new Span(sweAt, sweAt + 6), "Sweden", swe);
    Event e = new Event(type, cameo, goldstein, src, tgt, LocalDate.parse(day), DatePrecision.DAY, false, null,
        new Span(name.length() + 1, name.length() + 1 + verb.length()), new Span(0, p1.length()), 0.8);
    int p2at = p1.length() + 2;
    Quote q = new Quote(new Span(p2at + 1, p2at + 25), "The quotas must be fair,", QuoteKind.DIRECT, null, "said",
        null, new Span(p2at, p2at + p2.length()));
    return new Analysis(a, List.of(), List.of(src, tgt), List.of(q), List.of(e), List.of());
  }

  private int run(String... args) {
    return ParleyCommand.newCommandLine().execute(args);
  }

  private String stdout(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run(args));
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exportsFilteredEventsAsCsvToAFile() throws Exception {
    Path out = dir.resolve("events.csv");
    assertEquals(0, run("export", "events", "--data", data.toString(), "--format", "csv", "--out", out.toString(),
        "--source", "NOR"));
    List<String> lines = Arrays.asList(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("EventId,SQLDATE,MonthYear,Year,Date,"));
    assertTrue(lines.get(1).startsWith("a2#e0,20210715,202107,2021,2021-07-15,day,NORGOV,Norway,NOR,SWE,Sweden,SWE,051,"),
        lines.get(1));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
    }
  }

  @Test
  void eventCsvAndJsonLinesCarryTheOffsetsOfSentenceAndVerbInTheArticle() throws Exception {
    String p1 = "Norway praised Sweden over fishing quotas, the ministry said on 2021-07-15.";
    String[] csv = stdout("export", "events", "--data", data.toString(), "--format", "csv", "--source", "NOR")
        .split("\r\n");
    assertTrue(csv[0].endsWith(",ArticleId,sentence_start,sentence_end,trigger_start,trigger_end,source_start,"
        + "source_end,target_start,target_end"), csv[0]);
    assertTrue(csv[1].endsWith(",a2,0," + p1.length() + ",7,14,0,6,15,21"), csv[1]);
    JsonNode event = new ObjectMapper().readTree(stdout("export", "events", "--data", data.toString(), "--format",
        "jsonl", "--source", "NOR"));
    JsonNode offsets = event.get("offsets");
    assertEquals(p1, event.get("text").asText());
    assertEquals("praised", p1.substring(offsets.get("trigger_start").asInt(), offsets.get("trigger_end").asInt()));
    assertEquals("Sweden", p1.substring(offsets.get("target_start").asInt(), offsets.get("target_end").asInt()));
    assertEquals(p1.length(), offsets.get("sentence_end").asInt());
  }

  @Test
  void writesJsonLinesToStdoutOldestFirst() throws Exception {
    String out = stdout("export", "quotes", "--data", data.toString(), "--format", "jsonl");
    String[] lines = out.split("\n");
    assertEquals(2, lines.length, out);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals("a1#q0", first.get("quote_id").asText());
    assertEquals("The quotas must be fair,", first.get("quote").asText());
    assertEquals("2021-06-01", first.get("date").asText());
  }

  @Test
  void writesParquetWithNoHadoopOnTheClassPath() throws Exception {
    // The CLI module does not see parley-store's compile-only Hadoop API: this is the fat jar's situation.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
    Path out = dir.resolve("articles.parquet");
    assertEquals(0, run("export", "articles", "--data", data.toString(), "--format", "parquet", "--out",
        out.toString(), "--from", "2021-07"));
    byte[] bytes = Files.readAllBytes(out);
    byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(magic, Arrays.copyOfRange(bytes, 0, 4));
    assertArrayEquals(magic, Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length));
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(all.contains("a2") && !all.contains("Quotas a1"), "only the July article is in the file");
  }

  @Test
  void parquetExportsLoadIntoANewStoreWithIngestParquetOnceOnly() throws Exception {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables);
    for (String kind : List.of("articles", "quotes", "events")) {
      assertEquals(0, run("export", kind, "--data", data.toString(), "--format", "parquet", "--out",
          tables.resolve(kind + ".parquet").toString()));
    }
    Path copy = dir.resolve("copy");
    assertEquals(0, run("ingest", "--data", copy.toString(), "--parquet", tables.toString()));
    for (String kind : List.of("articles", "quotes", "events")) {
      assertEquals(stdout("export", kind, "--data", data.toString(), "--format", "jsonl"),
          stdout("export", kind, "--data", copy.toString(), "--format", "jsonl"), kind + " come back the same");
    }
    // Loading the same tables again adds nothing; a directory without tables is a failure named on its own.
    assertEquals(0, run("ingest", "--data", copy.toString(), "--parquet", tables.toString()));
    assertEquals(stdout("export", "events", "--data", data.toString(), "--format", "csv"),
        stdout("export", "events", "--data", copy.toString(), "--format", "csv"));
    Files.createDirectories(dir.resolve("nothing"));
    assertEquals(1, run("ingest", "--data", copy.toString(), "--parquet", dir.resolve("nothing").toString()));
    assertTrue(Files.readString(copy.resolve("failures.jsonl"), StandardCharsets.UTF_8).contains("no articles table"));
    assertEquals(2, run("ingest", "--data", copy.toString()));
  }

  @Test
  void refusesWhatCannotBeDoneWithExitCodeTwo() {
    assertEquals(2, run("export", "events", "--data", data.toString(), "--format", "parquet"));
    assertEquals(2, run("export", "events", "--data", data.toString(), "--format", "xml"));
    assertEquals(2, run("export", "quotes", "--data", data.toString(), "--source", "NOR"));
    assertEquals(2, run("export", "events", "--data", data.toString(), "--from", "June"));
    assertEquals(2, run("export", "actors", "--data", data.toString()));
    assertEquals(2, run("export", "events", "--data", data.toString(), "--format", "parquet", "--out",
        dir.resolve("x.parquet").toString(), "--compression", "lzma"));
  }

  @Test
  void missingStoreOrUnwritableTargetFailWithExitCodeOne() {
    assertEquals(1, run("export", "events", "--data", dir.resolve("nowhere").toString()));
    Path out = dir.resolve("no-such-dir").resolve("events.csv");
    assertEquals(1, run("export", "events", "--data", data.toString(), "--out", out.toString()));
    assertFalse(Files.exists(out));
  }
}
