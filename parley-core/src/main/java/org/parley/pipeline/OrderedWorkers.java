package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.InputFailure;
import org.parley.ingest.UnreadablePageException;

/**
 * A bounded worker pool that hands results back in submission order. At most a few items per worker are in
 * flight, so memory stays bounded however long the input; the submitting thread blocks when the window is full.
 */
public final class OrderedWorkers<T> implements AutoCloseable {
  /** Work that may refuse its input with a reason. */
  @FunctionalInterface
  public interface Task<T> {
    T call() throws Exception;
  }

  /** What became of one item: a result or a failure naming the input. */
  public record Outcome<T>(@Nullable T value, @Nullable InputFailure failure) {}

  private final ExecutorService pool;
  private final Deque<Future<Outcome<T>>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<Outcome<T>> sink;

  public OrderedWorkers(int threads, String name, Consumer<Outcome<T>> sink) {
    this.pool = Executors.newFixedThreadPool(threads, named("parley-" + name));
    this.window = threads * 4;
    this.sink = sink;
  }

  public void submit(String origin, Task<T> task) {
    inFlight.add(pool.submit(() -> run(origin, task)));
    while (inFlight.size() >= window) {
      drainOne();
    }
  }

  public void finish() {
    while (!inFlight.isEmpty()) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<Outcome<T>> f = inFlight.poll();
    try {
      sink.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }

  private static <T> Outcome<T> run(String origin, Task<T> task) {
    try {
      return new Outcome<>(task.call(), null);
    } catch (UnreadablePageException e) {
      return new Outcome<>(null, new InputFailure(e.input(), e.reason()));
    } catch (Exception | StackOverflowError e) {
      return new Outcome<>(null, new InputFailure(origin, "cannot process: " + e));
    } catch (OutOfMemoryError e) {
      return new Outcome<>(null, new InputFailure(origin, "out of memory while processing (page too large?)"));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  public static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
