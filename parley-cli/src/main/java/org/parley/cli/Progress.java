package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress on stderr (done/total, items/s, ETA), at most once a second on a terminal and once in ten seconds in a
 * log, silent for small runs. With {@link #showingBytes} it also counts pages and the bytes of the inputs they span,
 * takes the ETA from the bytes, and prints on a timer too, so that one large WARC file shows progress while it is
 * read. With {@link #loadingModels} it says so until the first page is through, instead of a rate and an ETA that
 * mean nothing yet; rates and ETAs are then measured from that first page.
 */
final class Progress {
  /** On a terminal the line is redrawn every second; in a log file a new line is written every ten. */
  private static final boolean TERMINAL = System.console() != null;
  private static final long INTERVAL_NANOS = TERMINAL ? 1_000_000_000L : 10_000_000_000L;
  private final String label;
  private final long total;
  private final PrintStream err;
  private final LongSupplier clock;
  private boolean enabled;
  private final long start;
  private final AtomicLong done = new AtomicLong();
  private long lastPrint;
  private boolean bytes;
  private long totalBytes;
  private final AtomicLong pages = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private boolean models;
  /** When the first page was through, and how far the inputs were then: rates count from there. */
  private volatile long firstPageAt = -1;
  private volatile long doneAtFirstPage;
  private volatile long bytesAtFirstPage;
  private @Nullable Thread ticker;

  Progress(String label, long total, PrintStream err, int quietBelow) {
    this(label, total, err, quietBelow, System::nanoTime);
  }

  /** With its own clock, so that tests need not wait. */
  Progress(String label, long total, PrintStream err, int quietBelow, LongSupplier clock) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastPrint = start;
    this.enabled = total < 0 || total >= quietBelow;
  }

  /**
   * Until the first page is done (CoreNLP takes many seconds to load), says "loading models" instead of a rate and
   * an ETA.
   */
  Progress loadingModels() {
    this.models = true;
    return this;
  }

  /**
   * Also shows the pages done and the share of {@code totalBytes} they span ({@link #pageDone}), and prints on a
   * timer; from then on the ETA comes from the bytes. Shown whatever the number of inputs when they are large (1 MB
   * or more). Inputs that have no size (URLs) are counted as inputs only.
   */
  Progress showingBytes(long totalBytes) {
    this.bytes = true;
    this.totalBytes = totalBytes;
    if (enabled || totalBytes >= 1 << 20) {
      enabled = true;
      Thread t = new Thread(() -> {
        try {
          while (true) {
            Thread.sleep(INTERVAL_NANOS / 1_000_000);
            print(false);
          }
        } catch (InterruptedException e) {
          // finished
        }
      }, "parley-progress");
      t.setDaemon(true);
      t.start();
      ticker = t;
    }
    return this;
  }

  /** One input done. */
  void step() {
    done.incrementAndGet();
    if (!bytes && !models) {
      startRates(1);
    }
    print(false);
  }

  /** One page done, ending {@code bytesDone} bytes into the inputs (0 when not {@link #showingBytes}). */
  void pageDone(long bytesDone) {
    pages.incrementAndGet();
    this.bytesDone.accumulateAndGet(bytesDone, Math::max);
    startRates(0);
    print(false);
  }

  /** Rates count from the first page (or, without pages, the first input), less {@code counted} inputs of it. */
  private void startRates(int counted) {
    if (firstPageAt < 0) {
      doneAtFirstPage = done.get() - counted;
      bytesAtFirstPage = bytesDone.get();
      firstPageAt = clock.getAsLong();
    }
  }

  void finish() {
    if (ticker != null) {
      ticker.interrupt();
    }
    print(true);
  }

  private synchronized void print(boolean last) {
    long now = clock.getAsLong();
    if (!enabled || !last && now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    if (last) {
      if (TERMINAL) {
        err.write('\r'); // our own control character: written raw, past the terminal-safe print
      }
      err.println(line(now));
    } else if (TERMINAL) {
      err.write('\r');
      err.print(line(now) + "   ");
      err.flush();
    } else {
      err.println(line(now));
    }
  }

  String line(long now) {
    long d = done.get();
    boolean waiting = firstPageAt < 0;
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double since = Math.max(1e-9, (now - firstPageAt) / 1e9);
    if (bytes) {
      long p = pages.get();
      String head = String.format(Locale.ROOT, "%s: %d/%d inputs, %s", label, d, total, counted(p, "page"));
      if (waiting) {
        return head + (models ? ", loading models" : "");
      }
      if (totalBytes <= 0) {
        return head + String.format(Locale.ROOT, ", %.1f pages/s", p / since) + eta(d, since);
      }
      long read = Math.min(bytesDone.get(), totalBytes);
      double share = (double) read / totalBytes;
      double gained = (double) (read - bytesAtFirstPage) / totalBytes;
      String eta = share >= 1 ? "0:00" : gained > 0 ? formatDuration((long) (since * (1 - share) / gained)) : "?";
      return head + String.format(Locale.ROOT, ", %.1f pages/s, %.0f %% of %s done, ETA %s", p / since, share * 100,
          size(totalBytes), eta);
    }
    if (total < 0) {
      return String.format(Locale.ROOT, "%s: %d done, %.1f/s", label, d, d / secs);
    }
    if (waiting && models) {
      return String.format(Locale.ROOT, "%s: %d/%d inputs, loading models", label, d, total);
    }
    double rate = waiting ? d / secs : (d - doneAtFirstPage) / since;
    return String.format(Locale.ROOT, "%s: %d/%d inputs, %.1f/s", label, d, total, rate) + eta(d, since);
  }

  /** The ETA from the inputs done since the first page. */
  private String eta(long d, double since) {
    if (total <= d) {
      return ", ETA 0:00";
    }
    double rate = (d - doneAtFirstPage) / since;
    return rate > 0 ? ", ETA " + formatDuration((long) ((total - d) / rate)) : ", ETA ?";
  }

  private static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
  static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%d kB", (bytes + 1023) / 1024);
  }

  static String formatDuration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
