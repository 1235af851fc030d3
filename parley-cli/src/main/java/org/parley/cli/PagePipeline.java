package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.model.RawPage;

/**
 * Reads inputs on the calling thread, processes pages on a bounded pool, and hands results back in input
 * order. Memory stays bounded: at most a few pages per worker are in flight.
 */
final class PagePipeline<T> {
  /** A stage that may refuse a page with a checked reason. */
  @FunctionalInterface
  interface Stage<T> {
    T apply(RawPage page) throws Exception;
  }

  record Summary(int ok, int failed) {}

  private final int threads;
  private final Stage<T> stage;

  PagePipeline(int threads, Stage<T> stage) {
    this.threads = threads;
    this.stage = stage;
  }

  /**
   * Runs the stage over every page of the inputs.
   *
   * @param sink receives each result in input order; returns a failure to record, or null
   */
  Summary run(List<String> inputs, String label, PrintStream err, Function<T, @Nullable InputFailure> sink) {
    InputReader reader = new InputReader();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    java.util.function.Consumer<InputFailure> onFailure = f -> {
      failed.incrementAndGet();
      err.println("parley " + label + ": " + f);
    };
    List<String> files = reader.expand(inputs, onFailure);
    Progress progress = new Progress(label, files.size(), err, 6);
    ExecutorService pool = Executors.newFixedThreadPool(threads, named("parley-" + label));
    Deque<Future<Outcome<T>>> inFlight = new ArrayDeque<>();
    int window = threads * 4;
    try {
      for (String file : files) {
        reader.read(file, page -> {
          inFlight.add(pool.submit(() -> Outcome.of(page, stage)));
          while (inFlight.size() >= window) {
            drain(inFlight.poll(), sink, ok, onFailure);
          }
        }, onFailure);
        progress.step();
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.poll(), sink, ok, onFailure);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    return new Summary(ok.get(), failed.get());
  }

  private void drain(Future<Outcome<T>> f, Function<T, @Nullable InputFailure> sink, AtomicInteger ok,
                     java.util.function.Consumer<InputFailure> onFailure) {
    Outcome<T> o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
    if (o.failure != null) {
      onFailure.accept(o.failure);
      return;
    }
    InputFailure f2 = sink.apply(o.value);
    if (f2 != null) {
      onFailure.accept(f2);
    } else {
      ok.incrementAndGet();
    }
  }

  private record Outcome<T>(@Nullable T value, @Nullable InputFailure failure) {
    static <T> Outcome<T> of(RawPage page, Stage<T> stage) {
      try {
        return new Outcome<>(stage.apply(page), null);
      } catch (org.parley.ingest.UnreadablePageException e) {
        return new Outcome<>(null, new InputFailure(page.origin(), reasonOf(e, page.origin())));
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        return new Outcome<>(null, new InputFailure(page.origin(), "cannot process: " + e));
      }
    }

    private static String reasonOf(Exception e, String origin) {
      String m = String.valueOf(e.getMessage());
      return m.startsWith(origin + ": ") ? m.substring(origin.length() + 2) : m;
    }
  }

  static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
