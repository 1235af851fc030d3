package org.parley.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.model.RawPage;
import org.parley.pipeline.OrderedWorkers;

/**
 * Reads inputs on the calling thread, processes pages on a bounded pool, and hands results back in input order,
 * with progress and failures on stderr.
 */
final class PagePipeline<T> {
  /** A stage that may refuse a page with a checked reason. */
  @FunctionalInterface
  interface Stage<T> {
    T apply(RawPage page) throws Exception;
  }

  record Summary(int ok, int failed, int skipped) {
    /** ", 3 WARC records skipped (not pages)" when some were, else nothing: a summary line's tail. */
    String skippedNote() {
      return skipped == 0 ? "" : ", " + skipped + " WARC records skipped (not pages)";
    }
  }

  private final int threads;
  private final Stage<T> stage;
  private final boolean loadsModels;

  /**
   * @param loadsModels whether the stage loads models on its first pages (analysis does): progress says so then,
   *     instead of a rate
   */
  PagePipeline(int threads, Stage<T> stage, boolean loadsModels) {
    this.threads = threads;
    this.stage = stage;
    this.loadsModels = loadsModels;
  }

  /**
   * Runs the stage over every page of the inputs.
   *
   * @param sink receives each result in input order; returns a failure to record, or null
   * @param failures receives every failure (after it is printed)
   */
  Summary run(List<String> inputs, String label, PrintStream err, Function<T, @Nullable InputFailure> sink,
              Consumer<InputFailure> failures) {
    AtomicInteger skipped = new AtomicInteger();
    // Records without a page (images, redirects) are counted in the summary, not reported one by one as failures.
    InputReader reader = new InputReader().reportingSkipped(f -> skipped.incrementAndGet());
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    Consumer<InputFailure> onFailure = f -> {
      failed.incrementAndGet();
      err.println("parley " + label + ": " + f);
      failures.accept(f);
    };
    List<String> files = reader.expand(inputs, onFailure);
    Progress progress = new Progress(label, files.size(), err, 6);
    if (loadsModels) {
      progress.loadingModels();
    }
    try (OrderedWorkers<T> workers = new OrderedWorkers<>(threads, label, o -> {
      progress.pageDone(0);
      if (o.failure() != null) {
        onFailure.accept(o.failure());
        return;
      }
      InputFailure f = sink.apply(o.value());
      if (f != null) {
        onFailure.accept(f);
      } else {
        ok.incrementAndGet();
      }
    })) {
      for (String file : files) {
        reader.read(file, page -> workers.submit(page.origin(), () -> stage.apply(page)), onFailure);
        progress.step();
      }
      workers.finish();
    }
    progress.finish();
    return new Summary(ok.get(), failed.get(), skipped.get());
  }
}
