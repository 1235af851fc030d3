package org.parley.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ArticleExtractor;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.pipeline.Failure;
import org.parley.pipeline.PageAnalysis;
import org.parley.pipeline.Stage;

/** The ingester with a stand-in analysis (no CoreNLP): what it stores, tells, logs and skips on a second run. */
class IngesterTest {
  @TempDir
  Path work;

  /** What the listener heard. */
  static final class Heard implements IngestListener {
    final List<Failure> failed = new ArrayList<>();
    final List<Failure> warnings = new ArrayList<>();
    final List<Long> bytes = new ArrayList<>();
    long phaseBytes;
    int inputs;
    int phases;

    @Override
    public void phaseStarted(String name, long inputs, long bytes) {
      phases++;
      phaseBytes = bytes;
    }

    @Override
    public void inputDone() {
      inputs++;
    }

    @Override
    public void pageDone(long bytesDone) {
      bytes.add(bytesDone);
    }

    @Override
    public void failed(Failure failure) {
      failed.add(failure);
    }

    @Override
    public void storedWithWarning(Failure warning) {
      warnings.add(warning);
    }
  }

  private static String page(int i, String extra) {
    return String.format(Locale.ROOT, """
        <!doctype html><html lang="en"><head><title>Story number %1$d</title></head><body><article>
        <h1>Story number %1$d</h1>
        <p>The council of town %1$d met on Monday to discuss the new bridge over the river %2$s.</p>
        <p>Residents of town %1$d said the bridge had been promised for %1$d years and they were tired of waiting.</p>
        </article></body></html>
        """, i, extra);
  }

  /** Analysis as a stand-in: no sentences or records, a warning when the text asks for one, a bug when it asks. */
  private static Analysis analyse(Article a) {
    if (a.text().contains("crash")) {
      throw new IllegalStateException("simulated bug");
    }
    return new Analysis(a, List.of(), List.of(), List.of(), List.of(),
        a.text().contains("doubtful") ? List.of("doubtful text") : List.of());
  }

  private IngestSummary ingest(Path data, Heard heard, List<String> inputs) throws Exception {
    PageAnalysis pages = new PageAnalysis(new ArticleExtractor(), IngesterTest::analyse);
    Ingester.Options options = new Ingester.Options(2, 2, Duration.ZERO, Duration.ZERO);
    try (Ingester ingester = Ingester.open(data, pages, options, heard)) {
      return ingester.run(List.of(), inputs);
    }
  }

  @Test
  void storesPagesTellsFailuresWithTheirStageAndSkipsFinishedInputsNextTime() throws Exception {
    Path dir = work.resolve("pages");
    Files.createDirectories(dir);
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve("p" + i + ".html"), page(i, i == 3 ? "doubtful" : "Emajogi"),
          StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("p5.html"), page(5, "crash"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.html"), new byte[0]);
    Path data = work.resolve("data");

    Heard heard = new Heard();
    IngestSummary first = ingest(data, heard, List.of(dir.toString()));
    assertEquals(5, first.articlesAdded());
    assertEquals(2, first.failures());
    assertEquals(1, first.addedWithWarnings());
    assertEquals(5, first.store().articles());
    assertEquals(7, heard.inputs);
    // the failures are typed: which input, at which stage, why
    assertTrue(heard.failed.stream().anyMatch(f -> f.input().endsWith("empty.html") && f.stage() == Stage.READ
        && f.reason().equals("empty file")), heard.failed.toString());
    assertTrue(heard.failed.stream().anyMatch(f -> f.input().endsWith("p5.html") && f.stage() == Stage.ANALYZE
        && f.reason().startsWith("analyzer failed: java.lang.IllegalStateException: simulated bug")),
        heard.failed.toString());
    assertEquals(1, heard.warnings.size(), heard.warnings.toString());
    assertTrue(heard.warnings.get(0).input().endsWith("p3.html"));
    // pages end further and further into the inputs' bytes, the last one at their end
    for (int i = 1; i < heard.bytes.size(); i++) {
      assertTrue(heard.bytes.get(i) >= heard.bytes.get(i - 1), heard.bytes.toString());
    }
    assertEquals(heard.phaseBytes, heard.bytes.get(heard.bytes.size() - 1));
    List<String> log = Files.readAllLines(data.resolve("failures.jsonl"), StandardCharsets.UTF_8);
    assertEquals(3, log.size(), log.toString());

    Heard again = new Heard();
    IngestSummary second = ingest(data, again, List.of(dir.toString()));
    assertEquals(0, second.articlesAdded());
    assertEquals(0, second.failures());
    assertEquals(7, second.inputsAlreadyDone());
    assertEquals(5, second.store().articles());
    assertTrue(again.bytes.isEmpty(), "nothing read again");
  }

  @Test
  void aChangedFileIsReadAgainAndItsStoredArticleIsNotAnalysedTwice() throws Exception {
    Path dir = work.resolve("pages");
    Files.createDirectories(dir);
    Path p = dir.resolve("story.html");
    Files.writeString(p, page(1, "Emajogi"), StandardCharsets.UTF_8);
    Path data = work.resolve("data");
    ingest(data, new Heard(), List.of(p.toString()));
    // the same story saved again: a new ledger key, the same article id
    Files.writeString(p, page(1, "Emajogi") + "\n", StandardCharsets.UTF_8);
    IngestSummary second = ingest(data, new Heard(), List.of(p.toString()));
    assertEquals(0, second.inputsAlreadyDone());
    assertEquals(1, second.pagesAlreadyStored());
    assertEquals(0, second.articlesAdded());
  }

  @Test
  void optionsRefuseNonsenseNamingTheValue() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Ingester.Options(0, 100, Duration.ZERO, Duration.ZERO));
    assertEquals("threads must be at least 1, not 0", e.getMessage());
  }
}
