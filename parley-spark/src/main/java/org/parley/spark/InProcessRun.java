package org.parley.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.ingest.InputReader;
import org.parley.lint.SuppressForbidden;
import org.parley.spark.PageOutcome.Analysed;
import org.parley.spark.PageOutcome.Fingerprint;
import org.parley.tables.ArticleRow;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;

/**
 * The same pipeline without Spark, one file after another in this JVM: InputReader, ArticleExtractor,
 * ArticleAnalyzer, then the collapse of copies. What the job must reproduce, and its baseline speed.
 */
public final class InProcessRun {
  private InProcessRun() {}

  /** The four tables, in memory. */
  record Output(List<ArticleRow> articles, List<QuoteRow> quotes, List<EventRow> events,
                List<FailureRow> failures, int analysed) {}

  /** Runs over local WARC files, in the given order (the job sorts its files by name). */
  static Output run(List<String> files, long maxPageBytes, ArticleAnalyzer analyzer) {
    WarcTask task = new WarcTask(maxPageBytes, analyzer);
    List<PageOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      outcomes.addAll(task.run(i, files.get(i)));
    }
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (PageOutcome o : outcomes) {
      if (o.analysed() != null) {
        fingerprints.add(o.analysed().fingerprint());
      }
    }
    Collapser.Result keep = Collapser.collapse(fingerprints);
    Output out = new Output(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        fingerprints.size());
    for (PageOutcome o : outcomes) {
      if (o.failure() != null) {
        out.failures().add(o.failure());
      }
      Analysed a = o.analysed();
      if (a != null && keep.kept().contains(o.order())) {
        String id = a.article().articleId();
        out.articles().add(a.article().withProvenance(keep.urls().get(id), keep.sites().get(id)));
        out.quotes().addAll(a.quotes());
        out.events().addAll(a.events());
      }
    }
    return out;
  }

  /**
   * Times the in-process pipeline over a directory of WARC files (or files), for the bench:
   * {@code InProcessRun INPUT...}. Prints pages, seconds and pages per second, with and without the model load.
   */
@SuppressForbidden(reason = "a command-line measurement: its summary line is its output")
  public static void main(String[] args) throws IOException {
    List<String> files = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a).toAbsolutePath();
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.map(Path::toString).filter(WarcTask::isWarcName).sorted().forEach(files::add);
        }
      } else {
        files.add(p.toString());
      }
    }
    long start = System.nanoTime();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    analyzer.analyze(new org.parley.model.Article("warm-up", "warm-up", null, null, null, null, null, List.of(),
        "en", List.of("The minister said the talks would continue."), List.of()));
    long warm = System.nanoTime();
    Output out = run(files, InputReader.DEFAULT_MAX_PAGE_BYTES, analyzer);
    long end = System.nanoTime();
    long pages = out.analysed();
    System.out.printf(Locale.ROOT, "in-process: %d files, %d articles (%d kept), %d quotes, %d events, %d failures;"
            + " %.1f s in all (%.2f pages/s), %.1f s after the model load (%.2f pages/s)%n",
        files.size(), pages, out.articles().size(), out.quotes().size(), out.events().size(), out.failures().size(),
        (end - start) / 1e9, pages / ((end - start) / 1e9), (end - warm) / 1e9, pages / ((end - warm) / 1e9));
  }
}
