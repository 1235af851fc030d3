package org.parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.extract.ArticleExtractor;
import org.parley.pipeline.Failure;
import org.parley.pipeline.PageAnalysis;
import org.parley.store.StoreCounts;
import org.parley.store.StoreException;
import org.parley.store.ingest.IngestListener;
import org.parley.store.ingest.IngestSummary;
import org.parley.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest}: extract, analyse and store pages, feeds and URLs; idempotent and resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract, analyse and store articles from files, directories, WARC files, URLs and RSS/Atom feeds.",
        "Re-running with the same inputs adds nothing; a killed run, started again, finishes the job.",
        "Failures, and warnings about stored articles (a guessed charset, analysis cut short), are listed on stderr"
            + " and in DIR/failures.jsonl.",
        "With --parquet, loads the Parquet tables of the Spark job or of parley export instead of analysing pages."})
final class IngestCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--threads", description = "worker threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--commit-every", defaultValue = "100", description = "commit after this many new articles, but not"
      + " sooner than --commit-interval; at least every 30 s (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--commit-interval", defaultValue = "5", paramLabel = "SECONDS", description = "least time between"
      + " two commits (default: ${DEFAULT-VALUE}); a killed run redoes the work since the last commit: at most"
      + " --commit-every articles or 30 s, or this long if that is more")
  double commitInterval;

  @Option(names = "--host-delay-ms", defaultValue = "1000", description = "least time between two requests to one host (default: ${DEFAULT-VALUE})")
  long hostDelayMs;

  @Option(names = "--parquet", paramLabel = "TABLES", description = "a directory of Parquet tables (articles, quotes, events, failures) written by the Spark job or parley export; repeatable")
  List<Path> parquet = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "file, directory, .warc(.gz), http(s) URL of a page or an RSS/Atom feed")
  List<String> inputs = new ArrayList<>();

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws StoreException {
    if (inputs.isEmpty() && parquet.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT or --parquet TABLES");
    }
    if (commitEvery < 0 || commitInterval < 0 || hostDelayMs < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--commit-every, --commit-interval and --host-delay-ms must not be negative");
    }
    Ingester.Options options = new Ingester.Options(Math.max(1, threads), commitEvery,
        Duration.ofMillis(Math.round(commitInterval * 1000)), Duration.ofMillis(hostDelayMs));
    return ingest(data, options, parquet, inputs, Console.err());
  }

  /**
   * Ingests into the store at {@code data}, telling progress, failures and warnings on {@code err}, and ends with
   * the summary line. Exit code 1 when some input failed.
   */
  static int ingest(Path data, Ingester.Options options, List<Path> tables, List<String> inputs, PrintStream err)
      throws StoreException {
    PageAnalysis pages = new PageAnalysis(new ArticleExtractor(), new ArticleAnalyzer()::analyze);
    IngestSummary s;
    try (Ingester ingester = Ingester.open(data, pages, options, new Shown(err))) {
      s = ingester.run(tables, inputs);
    }
    err.println(summary(s, data));
    return s.failures() > 0 ? 1 : 0;
  }

  /** The last line: what this run did, each number saying what it counts, then what the store holds. */
  static String summary(IngestSummary s, Path data) {
    StringBuilder b = new StringBuilder("ingest: ");
    b.append(counted(s.articlesAdded(), "article")).append(" added, ");
    b.append(counted(s.copiesFolded(), "copy", "copies")).append(" of stored articles folded in, ");
    b.append(counted(s.failures(), "failure"));
    if (s.addedWithWarnings() > 0) {
      b.append(", ").append(counted(s.addedWithWarnings(), "article")).append(" added with warnings");
    }
    if (s.inputsAlreadyDone() > 0) {
      b.append(", ").append(counted(s.inputsAlreadyDone(), "input")).append(" already ingested");
    }
    if (s.pagesAlreadyStored() > 0) {
      b.append(", ").append(counted(s.pagesAlreadyStored(), "page")).append(" already stored");
    }
    if (s.recordsSkipped() > 0) {
      b.append(", ").append(counted(s.recordsSkipped(), "WARC record")).append(" skipped (not pages)");
    }
    StoreCounts c = s.store();
    return b.append("; store ").append(data).append(" holds ").append(counted(c.articles(), "article")).append(", ")
        .append(counted(c.quotes(), "quote")).append(", ").append(counted(c.events(), "event")).toString();
  }

  static String counted(long n, String noun) {
    return counted(n, noun, noun + "s");
  }

  static String counted(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The ingester's news on stderr: a line for each failure and warning, and a progress line. */
  private static final class Shown implements IngestListener {
    private final PrintStream err;
    private Progress progress;

    Shown(PrintStream err) {
      this.err = err;
    }

    @Override
    public void phaseStarted(String name, long inputs, long bytes) {
      progress = name.equals("ingest")
          ? new Progress(name, inputs, err, 2).loadingModels().showingBytes(bytes)
          : new Progress(name, inputs, err, 2);
    }

    @Override
    public void inputDone() {
      progress.step();
    }

    @Override
    public void pageDone(long bytesDone) {
      progress.pageDone(bytesDone);
    }

    @Override
    public void phaseFinished() {
      progress.finish();
    }

    @Override
    public void failed(Failure failure) {
      err.println("parley ingest: " + failure);
    }

    @Override
    public void storedWithWarning(Failure warning) {
      err.println("parley ingest: " + warning);
    }
  }
}
