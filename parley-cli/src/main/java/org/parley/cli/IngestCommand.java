package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.ingest.web.FeedReader;
import org.parley.ingest.web.FetchException;
import org.parley.ingest.web.WebFetcher;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.RawPage;
import org.parley.store.AddResult;
import org.parley.store.FailureLog;
import org.parley.store.IngestLedger;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.export.ParquetImport;
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

  private final Map<String, int[]> units = new HashMap<>();
  private final List<String> completed = new ArrayList<>();
  private int added;
  private int duplicates;
  private int already;
  private int failed;
  private int skipped;
  /** Articles stored with warnings from extraction or analysis. */
  private int warned;
  /** Pages through extraction and analysis (or found already stored), for progress. */
  private final AtomicLong pagesDone = new AtomicLong();
  private int sinceCommit;
  private long lastCommit = System.nanoTime();

  @Override
  public Integer call() throws Exception {
    PrintStream err = Console.err();
    if (inputs.isEmpty() && parquet.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT or --parquet TABLES");
    }
    try (ParleyStore store = ParleyStore.openForWriting(data); FailureLog failures = FailureLog.open(data)) {
      IngestLedger ledger = IngestLedger.open(data);
      ArticleExtractor extractor = new ArticleExtractor();
      ArticleAnalyzer analyzer = new ArticleAnalyzer();
      java.util.function.Consumer<InputFailure> onFailure = f -> {
        failed++;
        err.println("parley ingest: " + f);
        record(failures, f);
      };
      // Records that hold no page (images, redirects) are listed in failures.jsonl but are not failures.
      InputReader reader = new InputReader().reportingSkipped(f -> {
        skipped++;
        record(failures, f);
      });
      List<String> urls = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (String in : inputs) {
        (in.startsWith("http://") || in.startsWith("https://") ? urls : paths).add(in);
      }
      for (Path tables : parquet) {
        loadParquet(tables, store, ledger, onFailure, err);
      }
      List<String> files = reader.expand(paths, onFailure);
      // Bytes of the inputs read so far: whole files done, plus the offset reached in the WARC being read.
      AtomicLong filesRead = new AtomicLong();
      AtomicLong offset = new AtomicLong();
      reader = reader.reportingPosition(offset::set);
      Progress progress = new Progress("ingest", files.size() + urls.size(), err, 2)
          .showingBytes(() -> filesRead.get() + offset.get(), reader.totalBytes(files), pagesDone::get);
      try (OrderedWorkers<Step> workers = new OrderedWorkers<>(Math.max(1, threads), "ingest",
          o -> drained(o, store, ledger, onFailure, warning -> {
            err.println("parley ingest: " + warning);
            record(failures, warning);
          }))) {
        for (String file : files) {
          String key = fileKey(file);
          if (!ledger.isDone(key)) {
            units.put(key, new int[] {0, 0, 0});
            reader.read(file, page -> submit(workers, key, page, store, extractor, analyzer), onFailure);
            readingDone(key);
          } else {
            already++;
          }
          filesRead.addAndGet(reader.totalBytes(List.of(file)));
          offset.set(0);
          progress.step();
        }
        WebFetcher fetcher = new WebFetcher(java.time.Duration.ofMillis(hostDelayMs), 20L << 20, 5);
        for (String url : urls) {
          fetchUrl(url, fetcher, ledger, workers, store, extractor, analyzer, onFailure);
          progress.step();
        }
        workers.finish();
      }
      progress.finish();
      commit(store, ledger);
      try (StoreReader r = store.reader()) {
        Map<String, Integer> c = r.counts();
        err.printf("ingest: %d ingested, %d duplicates, %d already stored, %d failed%s; store %s holds %s, %s, %s%n",
            added, duplicates, already, failed, (warned == 0 ? "" : ", " + warned + " stored with warnings")
                + (skipped == 0 ? "" : ", " + skipped + " WARC records skipped (not pages)"), data,
            counted(c.get("articles"), "article"), counted(c.get("quotes"), "quote"), counted(c.get("events"), "event"));
      }
    } catch (StoreException e) {
      err.println("parley ingest: " + e.getMessage());
      return 1;
    }
    return failed > 0 ? 1 : 0;
  }

  private void fetchUrl(String url, WebFetcher fetcher, IngestLedger ledger, OrderedWorkers<Step> workers,
                        ParleyStore store, ArticleExtractor extractor, ArticleAnalyzer analyzer,
                        java.util.function.Consumer<InputFailure> onFailure) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      onFailure.accept(new InputFailure(url, "not a valid URL"));
      return;
    }
    if (ledger.isDone(url)) {
      already++;
      return;
    }
    RawPage page;
    try {
      page = fetcher.fetch(uri);
    } catch (FetchException e) {
      onFailure.accept(new InputFailure(url, e.getMessage().substring(Math.min(e.getMessage().length(), url.length() + 2))));
      return;
    }
    if (!FeedReader.looksLikeFeed(page)) {
      units.put(url, new int[] {0, 0, 0});
      submit(workers, url, page, store, extractor, analyzer);
      readingDone(url);
      return;
    }
    List<URI> items;
    try {
      items = FeedReader.itemLinks(page);
    } catch (IOException e) {
      onFailure.accept(new InputFailure(url, e.getMessage()));
      return;
    }
    for (URI item : items) {
      String key = item.toString();
      if (ledger.isDone(key)) {
        already++;
        continue;
      }
      try {
        RawPage p = fetcher.fetch(item);
        units.put(key, new int[] {0, 0, 0});
        submit(workers, key, p, store, extractor, analyzer);
        readingDone(key);
      } catch (FetchException e) {
        onFailure.accept(new InputFailure(key, e.getMessage().substring(Math.min(e.getMessage().length(), key.length() + 2))));
      }
    }
  }

  /**
   * Loads a directory of Parquet tables: no extraction or analysis, the rows are the analyses. Commits as page
   * ingest does, so a killed load resumes (articles stored before are skipped by id); the directory is marked done
   * only when all of it is in.
   */
  private void loadParquet(Path tables, ParleyStore store, IngestLedger ledger,
                           java.util.function.Consumer<InputFailure> onFailure, PrintStream err) throws StoreException {
    String key = "parquet\t" + tables.toAbsolutePath().normalize() + "\t" + newestChange(tables);
    if (ledger.isDone(key)) {
      already++;
      return;
    }
    ParquetImport in;
    try {
      in = ParquetImport.of(tables);
    } catch (IOException e) {
      onFailure.accept(new InputFailure(tables.toString(), e.getMessage().startsWith(tables.toString())
          ? e.getMessage().substring(tables.toString().length() + 2) : e.getMessage()));
      return;
    }
    Progress progress = new Progress("load " + tables.getFileName(), in.articleRows(), err, 2);
    try {
      in.load(item -> {
        try {
          AddResult r = store.add(item.analysis());
          if (item.copyOf() == null) {
            progress.step();
            count(r);
          }
          if (commitDue()) {
            commit(store, ledger);
          }
        } catch (StoreException e) {
          throw new IOException(e.getMessage(), e);
        }
      }, (input, reason) -> onFailure.accept(new InputFailure(input, reason)));
    } catch (IOException e) {
      if (e.getCause() instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot load " + tables + ": " + e.getMessage(), e);
    }
    progress.finish();
    completed.add(key);
    commit(store, ledger);
  }

  /** The latest modification time under a directory: new Spark output in the same place is loaded again. */
  private static long newestChange(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      return walk.mapToLong(p -> {
        try {
          return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
          return 0L;
        }
      }).max().orElse(0L);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0L;
    }
  }

  /** A worker's result: an analysis to store, or an article already stored (so not analysed again). */
  private record Step(String unit, @Nullable Analysis analysis) {}

  private void submit(OrderedWorkers<Step> workers, String unit, RawPage page, ParleyStore store,
                      ArticleExtractor extractor, ArticleAnalyzer analyzer) {
    units.get(unit)[0]++;
    workers.submit(page.origin() + "\u0000" + unit, () -> {
      Article a = extractor.extract(page);
      if (store.contains(a.id())) {
        return new Step(unit, null);
      }
      return new Step(unit, analyzer.analyze(a));
    });
  }

  private void readingDone(String unit) {
    int[] u = units.get(unit);
    u[2] = 1;
    if (u[0] == u[1]) {
      completed.add(unit);
      units.remove(unit);
    }
  }

  private void drained(OrderedWorkers.Outcome<Step> o, ParleyStore store, IngestLedger ledger,
                       java.util.function.Consumer<InputFailure> onFailure,
                       java.util.function.Consumer<InputFailure> onWarning) {
    String unit;
    pagesDone.incrementAndGet();
    if (o.failure() != null) {
      String[] parts = o.failure().input().split("\u0000", 2);
      unit = parts.length > 1 ? parts[1] : parts[0];
      onFailure.accept(new InputFailure(parts[0], o.failure().reason()));
    } else {
      Step s = o.value();
      unit = s.unit();
      if (s.analysis() == null) {
        already++;
      } else {
        AddResult added;
        try {
          added = store.add(s.analysis());
        } catch (StoreException e) {
          throw new java.io.UncheckedIOException(e);
        }
        count(added);
        if (added.outcome() == AddResult.Outcome.ADDED) {
          reportWarnings(s.analysis(), onWarning);
        }
      }
    }
    int[] u = units.get(unit);
    if (u != null) {
      u[1]++;
      if (u[2] == 1 && u[0] == u[1]) {
        completed.add(unit);
        units.remove(unit);
      }
    }
    if (commitDue()) {
      try {
        commit(store, ledger);
      } catch (StoreException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Appends to DIR/failures.jsonl from inside a callback, which cannot throw the checked StoreException. */
  private static void record(FailureLog failures, InputFailure f) {
    try {
      failures.record(f.input(), f.reason());
    } catch (StoreException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** What extraction and analysis said of a stored article: not failures, but what it lacks is worth knowing. */
  private void reportWarnings(Analysis analysis, java.util.function.Consumer<InputFailure> onWarning) {
    List<String> all = new ArrayList<>(analysis.article().warnings());
    all.addAll(analysis.warnings());
    if (all.isEmpty()) {
      return;
    }
    warned++;
    for (String w : all) {
      onWarning.accept(new InputFailure(analysis.article().origin(), "stored with a warning: " + w));
    }
  }

  private void count(AddResult r) {
    switch (r.outcome()) {
      case ADDED -> {
        added++;
        sinceCommit++;
      }
      case DUPLICATE, NEAR_DUPLICATE -> duplicates++;
      case ALREADY_STORED -> already++;
    }
  }

  /**
   * Every {@code commitEvery} new articles, but not sooner than {@code commitInterval} (5 s) after the last commit:
   * rows loaded from Parquet arrive a hundred in a few milliseconds, and each commit writes small segments that cost
   * more to merge than the adds (docs/decisions.md). A kill loses at most the articles of the last interval or the last {@code commitEvery}, which
   * the next run adds again. Work in progress is also committed every 30 s.
   */
  private boolean commitDue() {
    long since = System.nanoTime() - lastCommit;
    return sinceCommit >= commitEvery && since >= commitInterval * 1e9
        || (sinceCommit > 0 || !completed.isEmpty()) && since > MAX_COMMIT_INTERVAL_NANOS;
  }

  private static final long MAX_COMMIT_INTERVAL_NANOS = 30_000_000_000L;

  private void commit(ParleyStore store, IngestLedger ledger) throws StoreException {
    store.commit();
    ledger.markDone(completed);
    completed.clear();
    sinceCommit = 0;
    lastCommit = System.nanoTime();
  }

  static String fileKey(String file) {
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      return p + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return file;
    }
  }
}
