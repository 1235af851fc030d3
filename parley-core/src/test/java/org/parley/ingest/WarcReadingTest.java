package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReadingTest {
  private static final Instant WHEN = Instant.parse("2021-03-03T09:12:00Z");

  @TempDir Path dir;

  private static byte[] html(String title) {
    return ("<html><head><title>" + title + "</title></head><body><p>" + title + " body.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(WHEN).body(http).build();
  }

  private static WarcRequest request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url)).build();
    return new WarcRequest.Builder(URI.create(url)).date(WHEN).body(http).build();
  }

  /** Writes the records and returns the offset at which each one starts. */
  private List<Long> write(Path file, WarcCompression compression, WarcRecord... records) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         WarcWriter w = new WarcWriter(ch, compression)) {
      for (WarcRecord r : records) {
        offsets.add(w.position());
        w.write(r);
      }
    }
    return offsets;
  }

  private WarcRecord[] mixedCrawl() throws IOException {
    return new WarcRecord[] {
      request("https://news.example/a"),
      response("https://news.example/a", 200, "text/html; charset=utf-8", html("First")),
      response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
      new WarcMetadata.Builder().targetURI("https://news.example/a").date(WHEN)
          .body(MediaType.parse("application/warc-fields"), "via: x\r\n".getBytes(StandardCharsets.UTF_8)).build(),
      response("https://news.example/old", 301, "text/html", html("Moved")),
      response("https://news.example/missing", 404, "text/html", html("Not found")),
      response("https://news.example/b", 200, "application/xhtml+xml", html("Second")),
      new WarcResource.Builder(URI.create("file:///saved/c.html")).date(WHEN)
          .body(MediaType.HTML, html("Third")).build(),
    };
  }

  @Test
  void deliversOnlyHtmlPagesWithUrlDateTypeAndRecordOffset() throws IOException {
    for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path f = dir.resolve(comp == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
      List<Long> offsets = write(f, comp, mixedCrawl());
      Collected c = Collected.read(new InputReader(), f.toString());
      assertTrue(c.failures.isEmpty(), c.toString());
      assertEquals(3, c.pages.size(), c.toString());
      assertEquals(URI.create("https://news.example/a"), c.pages.get(0).url());
      assertEquals(WHEN, c.pages.get(0).fetchedAt());
      assertEquals("text/html;charset=utf-8", c.pages.get(0).contentType());
      assertArrayEquals(html("First"), c.pages.get(0).body());
      assertEquals(f + "#" + offsets.get(1), c.pages.get(0).origin());
      assertEquals(f + "#" + offsets.get(6), c.pages.get(1).origin());
      assertArrayEquals(html("Third"), c.pages.get(2).body());
      assertEquals(f + "#" + offsets.get(7), c.pages.get(2).origin());
    }
  }

  @Test
  void theOffsetOfEveryRecordIsReportedForProgress() throws IOException {
    for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path f = dir.resolve(comp == WarcCompression.GZIP ? "progress.warc.gz" : "progress.warc");
      List<Long> offsets = write(f, comp, mixedCrawl());
      List<Long> reported = new ArrayList<>();
      Collected.read(new InputReader().reportingPosition(reported::add), f.toString());
      assertEquals(offsets, reported, "file offsets, compressed for a gzipped WARC, in reading order");
      assertTrue(reported.get(reported.size() - 1) < Files.size(f));
    }
  }

  @Test
  void recordsHoldingNoPageAreReportedAsSkippedWithTheirReasonOnRequest() throws IOException {
    Path f = dir.resolve("mixed.warc.gz");
    List<Long> offsets = write(f, WarcCompression.GZIP, mixedCrawl());
    List<InputFailure> skipped = new ArrayList<>();
    Collected c = Collected.read(new InputReader().reportingSkipped(skipped::add), f.toString());
    assertEquals(3, c.pages.size(), c.toString());
    assertTrue(c.failures.isEmpty(), "skipping is not failing: " + c);
    assertEquals(List.of(
        new InputFailure(f + "#" + offsets.get(2), "not an HTML page (image/png)"),
        new InputFailure(f + "#" + offsets.get(4), "HTTP status 301, not a page"),
        new InputFailure(f + "#" + offsets.get(5), "HTTP status 404, not a page")), skipped,
        "the request and metadata records hold no response and are not listed");
  }

  @Test
  void warcCutOffMidRecordDeliversEarlierPagesThenOneFailureNamingTheRecord() throws IOException {
    for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path full = dir.resolve("full" + comp);
      byte[] big = ("<html><body>" + "<p>A long paragraph of the third story, repeated. 0123456789</p>".repeat(400)
          + "</body></html>").getBytes(StandardCharsets.UTF_8);
      List<Long> offsets = write(full, comp, response("https://n.example/1", 200, "text/html", html("One")),
          response("https://n.example/2", 200, "text/html", html("Two")),
          response("https://n.example/3", 200, "text/html", big));
      byte[] all = Files.readAllBytes(full);
      long cut = offsets.get(2) + (all.length - offsets.get(2)) / 2;
      Path f = dir.resolve(comp == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc");
      Files.write(f, java.util.Arrays.copyOf(all, (int) cut));
      Collected c = Collected.read(new InputReader(), f.toString());
      assertEquals(2, c.pages.size(), comp + ": " + c);
      assertEquals(1, c.failures.size(), comp + ": " + c);
      assertEquals(f + "#" + offsets.get(2), c.failures.get(0).input(), comp + ": " + c);
      assertTrue(c.failures.get(0).reason().startsWith("WARC cut off mid-record"), c.toString());
    }
  }

  @Test
  void warcCutInsideASkippedRecordIsStillReported() throws IOException {
    for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path full = dir.resolve("full-skip" + comp);
      byte[] image = new byte[30_000];
      new java.util.Random(1).nextBytes(image);
      List<Long> offsets = write(full, comp, response("https://n.example/1", 200, "text/html", html("One")),
          response("https://n.example/pic.jpg", 200, "image/jpeg", image));
      byte[] all = Files.readAllBytes(full);
      Path f = dir.resolve(comp == WarcCompression.GZIP ? "cut-skip.warc.gz" : "cut-skip.warc");
      Files.write(f, java.util.Arrays.copyOf(all, all.length - 10_000));
      Collected c = Collected.read(new InputReader(), f.toString());
      assertEquals(1, c.pages.size(), comp + ": " + c);
      assertEquals(List.of(f + "#" + offsets.get(1)), c.failures.stream().map(InputFailure::input).toList(),
          comp + ": " + c);
    }
  }

  @Test
  void warcCutInsideARecordHeaderIsOneFailureAfterTheEarlierPages() throws IOException {
    Path full = dir.resolve("full.warc");
    List<Long> offsets = write(full, WarcCompression.NONE,
        response("https://n.example/1", 200, "text/html", html("One")),
        response("https://n.example/2", 200, "text/html", html("Two")));
    byte[] all = Files.readAllBytes(full);
    Path f = dir.resolve("cut-header.warc");
    Files.write(f, java.util.Arrays.copyOf(all, (int) (offsets.get(1) + 40)));
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(1, c.pages.size(), c.toString());
    assertEquals(List.of(f + "#" + offsets.get(1)), c.failures.stream().map(InputFailure::input).toList());
  }

  @Test
  void unparsableHttpResponseIsOneFailureAndReadingGoesOn() throws IOException {
    WarcResponse broken = new WarcResponse.Builder(URI.create("https://n.example/broken")).date(WHEN)
        .body(MediaType.HTTP_RESPONSE, "\u0001\u0002 this is not an HTTP response at all\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1)).build();
    Path f = dir.resolve("broken.warc");
    List<Long> offsets = write(f, WarcCompression.NONE, broken,
        response("https://n.example/ok", 200, "text/html", html("Fine")));
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(1, c.pages.size(), c.toString());
    assertEquals(1, c.failures.size(), c.toString());
    assertEquals(f + "#" + offsets.get(0), c.failures.get(0).input());
    assertTrue(c.failures.get(0).reason().startsWith("unreadable record"), c.toString());
  }

  @Test
  void fileThatIsNotAWarcIsOneFailureAtOffsetZero() throws IOException {
    Path f = Files.write(dir.resolve("page.warc"), html("Not a WARC"));
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.pages.isEmpty());
    assertEquals(1, c.failures.size(), c.toString());
    assertEquals(f + "#0", c.failures.get(0).input());
  }

  @Test
  void emptyWarcIsOneFailure() throws IOException {
    Path f = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(List.of(new InputFailure(f.toString(), "empty file")), c.failures);
  }

  /** A body of the given size made up on the fly, so the test never holds it in memory. */
  private static ReadableByteChannel filler(long size) {
    return new ReadableByteChannel() {
      long left = size;

      @Override
      public int read(ByteBuffer dst) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(dst.remaining(), left);
        for (int i = 0; i < n; i++) {
          dst.put((byte) ('a' + i % 26));
        }
        left -= n;
        return n;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void oversizedRecordIsRefusedAndTheNextPageIsStillRead() throws IOException {
    long size = 24L * 1024 * 1024;
    HttpResponse hugeHttp = new HttpResponse.Builder(200, "OK")
        .body(MediaType.HTML, filler(size), size).build();
    WarcResponse huge = new WarcResponse.Builder(URI.create("https://n.example/huge")).date(WHEN).body(hugeHttp)
        .build();
    for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path f = dir.resolve(comp == WarcCompression.GZIP ? "huge.warc.gz" : "huge.warc");
      HttpResponse again = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, filler(size), size).build();
      List<Long> offsets = write(f, comp,
          comp == WarcCompression.NONE ? huge
              : new WarcResponse.Builder(URI.create("https://n.example/huge")).date(WHEN).body(again).build(),
          response("https://n.example/after", 200, "text/html", html("After")));
      Collected c = Collected.read(new InputReader(1024 * 1024), f.toString());
      assertEquals(1, c.pages.size(), comp + ": " + c);
      assertArrayEquals(html("After"), c.pages.get(0).body());
      assertEquals(List.of(new InputFailure(f + "#" + offsets.get(0),
          "page larger than the 1 MB limit; refused (raise the page cap to read it)")), c.failures);
    }
  }

  @Test
  void readsAGzippedWarcFromAStreamAsStdinDoes() throws IOException {
    Path f = dir.resolve("s.warc.gz");
    List<Long> offsets = write(f, WarcCompression.GZIP, request("https://n.example/1"),
        response("https://n.example/1", 200, "text/html", html("Streamed")));
    Collected c = new Collected();
    new InputReader().read(new ByteArrayInputStream(Files.readAllBytes(f)), "<stdin>", c.pages(), c.failures());
    assertTrue(c.failures.isEmpty(), c.toString());
    assertEquals(1, c.pages.size());
    assertEquals("<stdin>#" + offsets.get(1), c.pages.get(0).origin());
    assertArrayEquals(html("Streamed"), c.pages.get(0).body());
  }

  @Test
  void warcStreamCutOffMidRecordDeliversEarlierPagesThenOneFailure() throws IOException {
    Path full = dir.resolve("stream.warc");
    List<Long> offsets = write(full, WarcCompression.NONE,
        response("https://n.example/1", 200, "text/html", html("One")),
        response("https://n.example/2", 200, "text/html", "<p>two</p>".repeat(900).getBytes(StandardCharsets.UTF_8)));
    byte[] all = Files.readAllBytes(full);
    Collected c = new Collected();
    new InputReader().read(new ByteArrayInputStream(java.util.Arrays.copyOf(all, all.length - 3000)), "<stdin>",
        c.pages(), c.failures());
    assertEquals(1, c.pages.size(), c.toString());
    assertEquals(List.of("<stdin>#" + offsets.get(1)), c.failures.stream().map(InputFailure::input).toList());
  }

  @Test
  void decodesGzipContentEncodingOfTheHttpPayload() throws IOException {
    byte[] body = InputReaderTest.gzip(html("Encoded"));
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
        .body(MediaType.HTML, body).build();
    Path f = dir.resolve("enc.warc");
    write(f, WarcCompression.NONE, new WarcResponse.Builder(URI.create("https://n.example/e")).body(http).build());
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.failures.isEmpty(), c.toString());
    assertArrayEquals(html("Encoded"), c.pages.get(0).body());
  }

  private WarcRecord[] fiveStories() throws IOException {
    WarcRecord[] r = new WarcRecord[5];
    for (int i = 0; i < 5; i++) {
      r[i] = response("https://n.example/" + i, 200, "text/html", html("Story " + i + " ".repeat(i * 50)));
    }
    return r;
  }

  @Test
  void corruptGzipMemberCostsOnlyItsOwnRecord() throws IOException {
    Path f = dir.resolve("corrupt.warc.gz");
    List<Long> offsets = write(f, WarcCompression.GZIP, fiveStories());
    byte[] all = Files.readAllBytes(f);
    // garble the deflate data in the middle of the third member, as a bad disk block or a bad copy would
    for (long i = offsets.get(2) + 20; i < offsets.get(3) - 12; i++) {
      all[(int) i] = (byte) (all[(int) i] * 31 + 7);
    }
    Files.write(f, all);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(List.of("Story 0", "Story 1", "Story 3", "Story 4"), titles(c), c.toString());
    assertEquals(1, c.failures.size(), c.toString());
    assertEquals(f + "#" + offsets.get(2), c.failures.get(0).input());
    assertTrue(c.failures.get(0).reason().endsWith("to the next record at offset " + offsets.get(3)), c.toString());
  }

  @Test
  void corruptRecordHeaderInAnUncompressedWarcCostsOnlyItsOwnRecord() throws IOException {
    Path f = dir.resolve("corrupt.warc");
    List<Long> offsets = write(f, WarcCompression.NONE, fiveStories());
    byte[] all = Files.readAllBytes(f);
    // overwrite the record's first line and the start of its headers with noise, keeping the length
    byte[] noise = "\u0000\u00ff garbage that is not a WARC header\r\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(noise, 0, all, offsets.get(2).intValue(), noise.length);
    Files.write(f, all);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(List.of("Story 0", "Story 1", "Story 3", "Story 4"), titles(c), c.toString());
    assertEquals(1, c.failures.size(), c.toString());
    assertEquals(f + "#" + offsets.get(2), c.failures.get(0).input());
    assertTrue(c.failures.get(0).reason().startsWith("invalid WARC record"), c.toString());
    assertTrue(c.failures.get(0).reason().endsWith("to the next record at offset " + offsets.get(3)), c.toString());
  }

  @Test
  void overlongContentLengthLosesNoRecordBeyondTheOneItRanInto() throws IOException {
    Path f = dir.resolve("overlong.warc");
    List<Long> offsets = write(f, WarcCompression.NONE, fiveStories());
    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Content-Length: ", offsets.get(1).intValue()) + "Content-Length: ".length();
    // a length that runs 60 bytes into the next record: its header is read from the wrong place
    int eol = text.indexOf("\r\n", at);
    long claimed = Long.parseLong(text.substring(at, eol)) + 60;
    String broken = text.substring(0, at) + claimed + text.substring(eol);
    Files.write(f, broken.getBytes(StandardCharsets.ISO_8859_1));
    Collected c = Collected.read(new InputReader(), f.toString());
    List<String> got = titles(c);
    assertTrue(got.containsAll(List.of("Story 0", "Story 3", "Story 4")), c.toString());
    assertFalse(c.failures.isEmpty(), c.toString());
  }

  private static List<String> titles(Collected c) {
    return c.pages.stream().map(p -> new String(p.body(), StandardCharsets.UTF_8))
        .map(h -> h.substring(h.indexOf("<title>") + 7, h.indexOf("</title>")).strip()).toList();
  }
}
