package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private static PrintStream sink(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  @Test
  void oneLargeInputShowsPagesAndTheShareOfItsBytesDone() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // One WARC of 3 MB: below the two inputs a plain count needs, but large enough to report on.
    Progress p = new Progress("ingest", 1, sink(out), 2).showingBytes(3L << 20);
    for (int i = 1; i <= 42; i++) {
      p.pageDone(i * ((3L << 20) / 42));
    }
    p.step();
    p.finish();
    String last = out.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.startsWith("ingest: 1/1 inputs, 42 pages, "), last);
    assertTrue(last.endsWith("100 % of 3.0 MB done, ETA 0:00"), last);
  }

  @Test
  void whileModelsLoadItSaysSoInsteadOfAnEtaThenCountsFromTheFirstPage() {
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress("ingest", 4, sink(new ByteArrayOutputStream()), 2, now::get).loadingModels()
        .showingBytes(4_000);
    // every input read into the workers' window at once, nothing through analysis for 40 s
    for (int i = 0; i < 4; i++) {
      p.step();
    }
    now.set(40 * SECOND);
    assertEquals("ingest: 4/4 inputs, 0 pages, loading models", p.line(now.get()));
    p.pageDone(1_000);
    now.set(50 * SECOND);
    p.pageDone(2_000);
    // a quarter of the bytes in the 10 s since the first page: half is left, 20 s more
    assertEquals("ingest: 4/4 inputs, 2 pages, 0.2 pages/s, 50 % of 4 kB done, ETA 0:20", p.line(now.get()));
  }

  @Test
  void urlsHaveNoSizeSoTheyAreCountedAsInputs() {
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress("ingest", 4, sink(new ByteArrayOutputStream()), 2, now::get).loadingModels()
        .showingBytes(0);
    assertEquals("ingest: 0/4 inputs, 0 pages, loading models", p.line(now.get()));
    p.step();
    now.set(10 * SECOND);
    p.pageDone(0);
    now.set(20 * SECOND);
    p.step();
    p.pageDone(0);
    assertEquals("ingest: 2/4 inputs, 2 pages, 0.2 pages/s, ETA 0:20", p.line(now.get()));
  }

  @Test
  void analysisWithoutBytesSaysLoadingModelsUntilTheFirstPage() {
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress("analyze", 10, sink(new ByteArrayOutputStream()), 6, now::get).loadingModels();
    p.step();
    now.set(30 * SECOND);
    assertEquals("analyze: 1/10 inputs, loading models", p.line(now.get()));
  }

  @Test
  void smallRunsStaySilent() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress p = new Progress("ingest", 1, sink(out), 2).showingBytes(10_000);
    p.pageDone(10_000);
    p.step();
    p.finish();
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertEquals("1 kB", Progress.size(1));
    assertEquals("2.5 MB", Progress.size(5L << 19));
    assertEquals("1.2 GB", Progress.size((long) (1.2 * (1L << 30))));
  }
}
