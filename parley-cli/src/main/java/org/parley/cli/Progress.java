package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress on stderr (done/total, items/s, ETA), at most once a second on a terminal and once in ten seconds in a
 * log, silent for small runs. With {@link #showingBytes} it also counts pages and bytes read, takes the ETA from the
 * bytes, and prints on a timer too, so that one large WARC file shows progress while it is read.
 */
final class Progress {
  /** On a terminal the line is redrawn every second; in a log file a new line is written every ten. */
  private static final boolean TERMINAL = System.console() != null;
  private static final long INTERVAL_NANOS = TERMINAL ? 1_000_000_000L : 10_000_000_000L;
  private final String label;
  private final long total;
  private final PrintStream err;
  private boolean enabled;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private long lastPrint = start;
  private @Nullable LongSupplier bytesRead;
  private long totalBytes;
  private @Nullable LongSupplier pages;
  private @Nullable Thread ticker;

  Progress(String label, long total, PrintStream err, int quietBelow) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.enabled = total < 0 || total >= quietBelow;
  }

  /**
   * Also shows the pages done and the bytes read of {@code totalBytes}, and prints on a timer; from then on the ETA
   * comes from the bytes. Shown whatever the number of inputs when they are large (1 MB or more).
   */
  Progress showingBytes(LongSupplier bytesRead, long totalBytes, LongSupplier pages) {
    this.bytesRead = bytesRead;
    this.totalBytes = totalBytes;
    this.pages = pages;
    if (enabled || totalBytes >= 1 << 20) {
      enabled = true;
      Thread t = new Thread(() -> {
        try {
          while (true) {
            Thread.sleep(INTERVAL_NANOS / 1_000_000);
            print(done.get(), false);
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

  void step() {
    print(done.incrementAndGet(), false);
  }

  void finish() {
    if (ticker != null) {
      ticker.interrupt();
    }
    print(done.get(), true);
  }

  private synchronized void print(long d, boolean last) {
    long now = System.nanoTime();
    if (!enabled || !last && now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    if (last) {
      if (TERMINAL) {
        err.write('\r'); // our own control character: written raw, past the terminal-safe print
      }
      err.println(line(d, now));
    } else if (TERMINAL) {
      err.write('\r');
      err.print(line(d, now) + "   ");
      err.flush();
    } else {
      err.println(line(d, now));
    }
  }

  private String line(long d, long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = d / secs;
    if (bytesRead != null && pages != null) {
      long read = Math.min(bytesRead.getAsLong(), totalBytes);
      double share = totalBytes > 0 ? (double) read / totalBytes : 0;
      long p = pages.getAsLong();
      String eta = share >= 1 ? "0:00" : share > 0 ? formatDuration((long) (secs * (1 - share) / share)) : "?";
      return String.format(Locale.ROOT, "%s: %d/%d inputs, %d pages, %.1f pages/s, %.0f %% of %s read, ETA %s", label,
          d, total, p, p / secs, share * 100, size(totalBytes), eta);
    }
    if (total < 0) {
      return String.format(Locale.ROOT, "%s: %d done, %.1f/s", label, d, rate);
    }
    String eta = rate > 0 && total > d ? formatDuration((long) ((total - d) / rate)) : "0:00";
    return String.format(Locale.ROOT, "%s: %d/%d inputs, %.1f/s, ETA %s", label, d, total, rate, eta);
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
