package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void oneLargeInputShowsPagesAndTheShareOfItsBytesRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
    AtomicLong read = new AtomicLong();
    AtomicLong pages = new AtomicLong();
    // One WARC of 3 MB: below the two inputs a plain count needs, but large enough to report on.
    Progress p = new Progress("ingest", 1, err, 2).showingBytes(read::get, 3L << 20, pages::get);
    read.set(3L << 20);
    pages.set(42);
    p.step();
    p.finish();
    String last = out.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.startsWith("ingest: 1/1 inputs, 42 pages, "), last);
    assertTrue(last.endsWith("100 % of 3.0 MB read, ETA 0:00"), last);
  }

  @Test
  void smallRunsStaySilent() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
    Progress p = new Progress("ingest", 1, err, 2).showingBytes(() -> 10_000, 10_000, () -> 1);
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
