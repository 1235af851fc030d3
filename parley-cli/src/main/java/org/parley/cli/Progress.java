package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Progress on stderr (done/total, items/s, ETA), at most once a second, silent for small runs. */
final class Progress {
  /** On a terminal the line is redrawn every second; in a log file a new line is written every ten. */
  private static final boolean TERMINAL = System.console() != null;
  private static final long INTERVAL_NANOS = TERMINAL ? 1_000_000_000L : 10_000_000_000L;
  private final String label;
  private final long total;
  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long lastPrint = start;

  Progress(String label, long total, PrintStream err, int quietBelow) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.enabled = total < 0 || total >= quietBelow;
  }

  void step() {
    long d = done.incrementAndGet();
    long now = System.nanoTime();
    if (enabled && now - lastPrint >= INTERVAL_NANOS) {
      lastPrint = now;
      if (TERMINAL) {
        err.print("\r" + line(d, now) + "   ");
        err.flush();
      } else {
        err.println(line(d, now));
      }
    }
  }

  void finish() {
    if (enabled) {
      err.println((TERMINAL ? "\r" : "") + line(done.get(), System.nanoTime()));
    }
  }

  private String line(long d, long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = d / secs;
    if (total < 0) {
      return String.format(Locale.ROOT, "%s: %d done, %.1f/s", label, d, rate);
    }
    String eta = rate > 0 && total > d ? formatDuration((long) ((total - d) / rate)) : "0:00";
    return String.format(Locale.ROOT, "%s: %d/%d inputs, %.1f/s, ETA %s", label, d, total, rate, eta);
  }

  static String formatDuration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
