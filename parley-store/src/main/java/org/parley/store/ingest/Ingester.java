package org.parley.store.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.ingest.web.FeedReader;
import org.parley.ingest.web.FetchException;
import org.parley.ingest.web.WebFetcher;
import org.parley.model.Analysis;
import org.parley.model.RawPage;
import org.parley.pipeline.Failure;
import org.parley.pipeline.OrderedWorkers;
import org.parley.pipeline.PageAnalysis;
import org.parley.pipeline.Stage;
import org.parley.store.AddResult;
import org.parley.store.FailureLog;
import org.parley.store.IngestLedger;
import org.parley.store.ParleyStore;
import org.parley.store.StoreCounts;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.export.ParquetImport;

/**
 * Extracts, analyses and stores inputs: files, directories, WARC files, URLs of pages and feeds, and Parquet tables.
 * Idempotent and resumable: an input enters the ledger ({@code DIR/ingested.tsv}) only after the commit that made
 * all of its articles durable, a re-run skips finished inputs, and inside an unfinished one it skips articles
 * already stored before analysing them. Failures and warnings go to {@code DIR/failures.jsonl} and to the listener.
 * One run at a time; pages are analysed on a pool of {@link Options#threads} workers.
 */
public final class Ingester implements AutoCloseable {
  /**
   * How an ingest runs.
   *
   * @param threads worker threads for extraction and analysis
   * @param commitEvery commit after this many new articles (0: whenever the interval allows), but not sooner than
   *     {@code commitInterval}
   * @param commitInterval the least time between two commits
   * @param hostDelay the least time between two requests to one host
   */
  public record Options(int threads, int commitEvery, Duration commitInterval, Duration hostDelay) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      if (commitEvery < 0) {
        throw new IllegalArgumentException("commitEvery must not be negative, not " + commitEvery);
      }
      if (commitInterval.isNegative() || hostDelay.isNegative()) {
        throw new IllegalArgumentException("commitInterval and hostDelay must not be negative");
      }
    }

    /** Threads as cores, a commit per 100 new articles at most every 5 s, one request per host per second. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), 100, Duration.ofSeconds(5), Duration.ofSeconds(1));
    }
  }

  /** Work in progress is committed at least this often, whatever {@code commitEvery}. */
  private static final long MAX_COMMIT_INTERVAL_NANOS = 30_000_000_000L;
  private static final long MAX_FETCH_BYTES = 20L << 20;
  private static final int MAX_REDIRECTS = 5;

  private final ParleyStore store;
  private final FailureLog failureLog;
  private final IngestLedger ledger;
  private final PageAnalysis pages;
  private final Options options;
  private final IngestListener listener;

  /** Inputs being read whose pages are not all stored yet, by ledger key. */
  private final Map<String, OpenInput> open = new HashMap<>();
  /** Inputs whose articles are all stored, waiting for the next commit to enter the ledger. */
  private final List<String> completed = new ArrayList<>();
  private int added;
  private int copies;
  private int failures;
  private int warned;
  private int inputsAlreadyDone;
  private int pagesAlreadyStored;
  private int skipped;
  private int sinceCommit;
  private long lastCommit = System.nanoTime();
  /** A store error met inside a reader's callback, which cannot throw it: rethrown once the reader returns. */
  private @Nullable StoreException storeError;

  /** How far an input is: pages handed to the workers, pages stored or refused, and whether reading is over. */
  private static final class OpenInput {
    int submitted;
    int drained;
    boolean read;

    boolean finished() {
      return read && submitted == drained;
    }
  }

  /** A worker's result, with the input it belongs to and how far into the inputs' bytes it ends. */
  private record Step(String input, long bytesDone, PageAnalysis.Result result) {}

  private Ingester(ParleyStore store, FailureLog failureLog, IngestLedger ledger, PageAnalysis pages,
                   Options options, IngestListener listener) {
    this.store = store;
    this.failureLog = failureLog;
    this.ledger = ledger;
    this.pages = pages;
    this.options = options;
    this.listener = listener;
  }

  /** Opens the store in {@code data} for writing, with its ledger and failure log. */
  public static Ingester open(Path data, PageAnalysis pages, Options options, IngestListener listener)
      throws StoreException {
    ParleyStore store = ParleyStore.openForWriting(data);
    FailureLog log = null;
    try {
      log = FailureLog.open(data);
      return new Ingester(store, log, IngestLedger.open(data), pages, options, listener);
    } catch (StoreException | RuntimeException e) {
      if (log != null) {
        log.close();
      }
      store.close();
      throw e;
    }
  }

  /**
   * Loads each directory of Parquet tables, then reads, analyses and stores the inputs (paths, or http(s) URLs of
   * pages and feeds), and commits.
   *
   * @throws StoreException when the store or its files cannot be written: the run stops there, and what was
   *     committed stays
   */
  public IngestSummary run(List<Path> tables, List<String> inputs) throws StoreException {
    for (Path dir : tables) {
      loadParquet(dir);
    }
    List<String> urls = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (String in : inputs) {
      (in.startsWith("http://") || in.startsWith("https://") ? urls : paths).add(in);
    }
    if (!urls.isEmpty() || !paths.isEmpty()) {
      ingest(paths, urls);
    }
    commit();
    StoreCounts counts;
    try (StoreReader r = store.reader()) {
      counts = r.totals();
    }
    return new IngestSummary(added, copies, failures, warned, inputsAlreadyDone, pagesAlreadyStored, skipped, counts);
  }

  private void ingest(List<String> paths, List<String> urls) throws StoreException {
    // Records that hold no page (images, redirects) are listed in failures.jsonl but are not failures.
    InputReader reader = new InputReader().reportingSkipped(f -> {
      skipped++;
      Failure set = Failure.of(f, Stage.SKIP);
      // the log has no stage column: the reason says it was set aside
      record(new Failure(set.input(), Stage.SKIP, "skipped: " + set.reason()));
      listener.skipped(set);
    });
    List<String> files = reader.expand(paths, f -> fail(Failure.of(f, Stage.READ)));
    // Where reading is: whole files done, plus the offset of the WARC record being read (-1 before the first).
    long[] filesRead = {0};
    long[] offset = {-1};
    reader = reader.reportingPosition(at -> offset[0] = at);
    listener.phaseStarted("ingest", files.size() + urls.size(), reader.totalBytes(files));
    try (OrderedWorkers<Step> workers = new OrderedWorkers<>(options.threads(), "ingest", this::drained)) {
      for (String file : files) {
        String key = fileKey(file);
        long size = reader.totalBytes(List.of(file));
        if (ledger.isDone(key)) {
          inputsAlreadyDone++;
        } else {
          open.put(key, new OpenInput());
          offset[0] = -1;
          reader.read(file, page -> {
            // a plain file is one page; a WARC's page ends about where its record starts
            long at = filesRead[0] + (offset[0] < 0 ? size : Math.min(offset[0], size));
            submit(workers, key, at, page);
          }, f -> fail(Failure.of(f, Stage.READ)));
          readingDone(key);
          rethrowStoreError();
        }
        filesRead[0] += size;
        listener.inputDone();
      }
      WebFetcher fetcher = new WebFetcher(options.hostDelay(), MAX_FETCH_BYTES, MAX_REDIRECTS);
      for (String url : urls) {
        fetch(url, fetcher, workers, filesRead[0]);
        rethrowStoreError();
        listener.inputDone();
      }
      workers.finish();
      rethrowStoreError();
    } finally {
      listener.phaseFinished();
    }
  }

  private void fetch(String url, WebFetcher fetcher, OrderedWorkers<Step> workers, long bytesDone) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      fail(new Failure(url, Stage.FETCH, "not a valid URL"));
      return;
    }
    if (ledger.isDone(url)) {
      inputsAlreadyDone++;
      return;
    }
    RawPage page;
    try {
      page = fetcher.fetch(uri);
    } catch (FetchException e) {
      fail(new Failure(e.input(), Stage.FETCH, e.reason()));
      return;
    }
    if (!FeedReader.looksLikeFeed(page)) {
      submitWhole(workers, url, bytesDone, page);
      return;
    }
    List<URI> items;
    try {
      items = FeedReader.itemLinks(page);
    } catch (IOException e) {
      fail(new Failure(url, Stage.FETCH, String.valueOf(e.getMessage())));
      return;
    }
    for (URI item : items) {
      String key = item.toString();
      if (ledger.isDone(key)) {
        inputsAlreadyDone++;
        continue;
      }
      try {
        submitWhole(workers, key, bytesDone, fetcher.fetch(item));
      } catch (FetchException e) {
        fail(new Failure(e.input(), Stage.FETCH, e.reason()));
      }
    }
  }

  /** An input that is one page: a URL, or an item of a feed. */
  private void submitWhole(OrderedWorkers<Step> workers, String key, long bytesDone, RawPage page) {
    open.put(key, new OpenInput());
    submit(workers, key, bytesDone, page);
    readingDone(key);
  }

  private void submit(OrderedWorkers<Step> workers, String key, long bytesDone, RawPage page) {
    open.get(key).submitted++;
    workers.submit(page.origin(), () -> new Step(key, bytesDone, pages.analyze(page, a -> !store.contains(a.id()))));
  }

  private void readingDone(String key) {
    OpenInput in = open.get(key);
    in.read = true;
    if (in.finished()) {
      completed.add(key);
      open.remove(key);
    }
  }

  /** A page back from the workers, in input order: stored, counted, and its input closed when it was the last. */
  private void drained(OrderedWorkers.Outcome<Step> outcome) {
    if (storeError != null) {
      return; // the run is stopping; nothing more is written
    }
    Step step = outcome.value();
    if (step == null) {
      // the worker itself broke (the analysis catches page errors): the page is lost, not the run; its input stays
      // open, so it is not marked done and the next run reads it again
      InputFailure f = outcome.failure();
      fail(new Failure(f == null ? "?" : f.input(), Stage.ANALYZE, f == null ? "unknown error" : f.reason()));
      return;
    }
    try {
      PageAnalysis.Result result = step.result();
      if (result instanceof PageAnalysis.Analysed a) {
        store(a.analysis());
      } else if (result instanceof PageAnalysis.Failed f) {
        fail(f.failure());
      } else {
        pagesAlreadyStored++;
      }
      OpenInput in = open.get(step.input());
      if (in != null) {
        in.drained++;
        if (in.finished()) {
          completed.add(step.input());
          open.remove(step.input());
        }
      }
      listener.pageDone(step.bytesDone());
      if (commitDue()) {
        commit();
      }
    } catch (StoreException e) {
      storeError = e;
    }
  }

  private void store(Analysis analysis) throws StoreException {
    AddResult r = store.add(analysis);
    count(r);
    if (r.outcome() == AddResult.Outcome.ADDED) {
      reportWarnings(analysis);
    }
  }

  /** What extraction and analysis said of a stored article: not failures, but what it lacks is worth knowing. */
  private void reportWarnings(Analysis analysis) throws StoreException {
    List<String> all = new ArrayList<>(analysis.article().warnings());
    all.addAll(analysis.warnings());
    if (all.isEmpty()) {
      return;
    }
    warned++;
    for (String w : all) {
      Failure warning = new Failure(analysis.article().origin(), Stage.ANALYZE, "stored with a warning: " + w);
      failureLog.record(warning.input(), warning.reason());
      listener.storedWithWarning(warning);
    }
  }

  private void count(AddResult r) {
    switch (r.outcome()) {
      case ADDED -> {
        added++;
        sinceCommit++;
      }
      case DUPLICATE, NEAR_DUPLICATE -> copies++;
      case ALREADY_STORED -> pagesAlreadyStored++;
    }
  }

  /**
   * Loads a directory of Parquet tables: no extraction or analysis, the rows are the analyses. Commits as page
   * ingest does, so a killed load resumes (articles stored before are skipped by id); the directory is marked done
   * only when all of it is in.
   */
  private void loadParquet(Path tables) throws StoreException {
    String key = "parquet\t" + tables.toAbsolutePath().normalize() + "\t" + newestChange(tables);
    if (ledger.isDone(key)) {
      inputsAlreadyDone++;
      return;
    }
    ParquetImport in;
    try {
      in = ParquetImport.of(tables);
    } catch (IOException e) {
      fail(new Failure(tables.toString(), Stage.READ, withoutName(String.valueOf(e.getMessage()), tables)));
      return;
    }
    listener.phaseStarted("load " + tables.getFileName(), in.articleRows(), 0);
    try {
      in.load(item -> {
        try {
          AddResult r = store.add(item.analysis());
          if (item.copyOf() == null) {
            listener.inputDone();
            count(r);
          }
          if (commitDue()) {
            commit();
          }
        } catch (StoreException e) {
          throw new IOException(e.getMessage(), e);
        }
      }, (input, reason) -> fail(new Failure(input, Stage.READ, reason)));
    } catch (IOException e) {
      if (e.getCause() instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot load " + tables + ": " + e.getMessage(), e);
    } finally {
      listener.phaseFinished();
    }
    completed.add(key);
    commit();
  }

  /** The table reader's messages start with the directory's name, which the failure already gives. */
  private static String withoutName(String message, Path tables) {
    String name = tables + ": ";
    return message.startsWith(name) ? message.substring(name.length()) : message;
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

  private void fail(Failure f) {
    failures++;
    record(f);
    listener.failed(f);
  }

  /** Appends to DIR/failures.jsonl from inside a reader's callback, which cannot throw the StoreException. */
  private void record(Failure f) {
    try {
      failureLog.record(f.input(), f.reason());
    } catch (StoreException e) {
      storeError = e;
    }
  }

  private void rethrowStoreError() throws StoreException {
    if (storeError != null) {
      throw storeError;
    }
  }

  /**
   * Every {@code commitEvery} new articles, but not sooner than {@code commitInterval} (5 s) after the last commit:
   * rows loaded from Parquet arrive a hundred in a few milliseconds, and each commit writes small segments that cost
   * more to merge than the adds (docs/decisions.md). A kill loses at most the articles of the last interval or the
   * last {@code commitEvery}, which the next run adds again. Work in progress is also committed every 30 s.
   */
  private boolean commitDue() {
    long since = System.nanoTime() - lastCommit;
    return sinceCommit >= options.commitEvery() && since >= options.commitInterval().toNanos()
        || (sinceCommit > 0 || !completed.isEmpty()) && since > MAX_COMMIT_INTERVAL_NANOS;
  }

  private void commit() throws StoreException {
    store.commit();
    ledger.markDone(completed);
    completed.clear();
    sinceCommit = 0;
    lastCommit = System.nanoTime();
  }

  /** A file's ledger key: its absolute path, size and modification time, so a changed file is read again. */
  static String fileKey(String file) {
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      return p + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return file;
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      failureLog.close();
    } finally {
      store.close();
    }
  }
}
