package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RawPage;

class InputReaderTest {
  private static final byte[] PAGE =
      "<html><body><p>Council approves ferry link.</p></body></html>".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  private Path write(String name, byte[] body) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, body);
  }

  static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }

  @Test
  void expandsDirectoriesRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws IOException {
    write("b/two.htm", PAGE);
    write("a/one.html.gz", gzip(PAGE));
    write("a/deep/three.txt", PAGE);
    write("a/deep/crawl.warc.gz", PAGE);
    write("a/notes.pdf", PAGE);
    write("a/.hidden.html", PAGE);
    write(".git/objects/x.html", PAGE);
    List<InputFailure> failures = new ArrayList<>();
    List<String> files = new InputReader().expand(List.of(dir.toString()), failures::add);
    List<String> expected = List.of("a/deep/crawl.warc.gz", "a/deep/three.txt", "a/one.html.gz", "b/two.htm");
    assertEquals(expected.stream().map(s -> dir.resolve(s).toString()).toList(), files);
    assertTrue(failures.isEmpty());
  }

  @Test
  void expandFollowsSymbolicLinksToFiles() throws IOException {
    Path target = write("store/real.html", PAGE);
    Files.createDirectories(dir.resolve("corpus"));
    Path link = Files.createSymbolicLink(dir.resolve("corpus/linked.html"), target);
    List<String> files = new InputReader().expand(List.of(dir.resolve("corpus").toString()), f -> { });
    assertEquals(List.of(link.toString()), files);
  }

  @Test
  void expandPassesFilesAndStdinThroughAndReportsMissingInputsOnce() throws IOException {
    Path f = write("x.dat", PAGE);
    List<InputFailure> failures = new ArrayList<>();
    String missing = dir.resolve("nope.html").toString();
    List<String> files = new InputReader().expand(List.of(f.toString(), "-", missing), failures::add);
    assertEquals(List.of(f.toString(), "-"), files);
    assertEquals(List.of(new InputFailure(missing, "no such file or directory")), failures);
  }

  @Test
  void totalBytesGivesTheSizeToCountProgressAgainst() throws IOException {
    Path a = write("a.html", PAGE);
    Path b = write("b.html", new byte[1000]);
    assertEquals(PAGE.length + 1000L, new InputReader().totalBytes(List.of(a.toString(), b.toString(), "-")));
  }

  @Test
  void readsHtmlFileAsOnePageNamedByItsPath() throws IOException {
    Path f = write("page.html", PAGE);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(1, c.pages.size(), c.toString());
    RawPage p = c.pages.get(0);
    assertArrayEquals(PAGE, p.body());
    assertEquals(f.toString(), p.origin());
    assertNull(p.contentType());
    assertNull(p.url());
  }

  @Test
  void marksTxtFilesAsPlainTextGzippedOrNot() throws IOException {
    for (Path f : List.of(write("story.txt", PAGE), write("story2.txt.gz", gzip(PAGE)))) {
      Collected c = Collected.read(new InputReader(), f.toString());
      assertEquals("text/plain", c.pages.get(0).contentType(), f.toString());
      assertArrayEquals(PAGE, c.pages.get(0).body());
    }
  }

  @Test
  void decompressesGzipFilesAndRecognisesGzipByItsMagicBytes() throws IOException {
    for (Path f : List.of(write("page.html.gz", gzip(PAGE)), write("misnamed.html", gzip(PAGE)))) {
      Collected c = Collected.read(new InputReader(), f.toString());
      assertTrue(c.failures.isEmpty(), c.toString());
      assertArrayEquals(PAGE, c.pages.get(0).body());
    }
  }

  @Test
  void gzNamedFileThatIsNotCompressedIsReadAsIs() throws IOException {
    Path f = write("plain.html.gz", PAGE);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertArrayEquals(PAGE, c.pages.get(0).body());
  }

  @Test
  void emptyFileIsOneFailure() throws IOException {
    Path f = write("empty.html", new byte[0]);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(List.of(new InputFailure(f.toString(), "empty file")), c.failures);
    assertTrue(c.pages.isEmpty());
  }

  @Test
  void gzipHoldingNothingIsOneFailure() throws IOException {
    Path f = write("empty.html.gz", gzip(new byte[0]));
    Collected c = Collected.read(new InputReader(), f.toString());
    assertEquals(1, c.failures.size());
    assertTrue(c.failures.get(0).reason().contains("empty"), c.toString());
  }

  @Test
  void truncatedGzipIsOneFailureAndNoPartialPage() throws IOException {
    byte[] big = "<p>Some repeated article text that compresses. </p>\n".repeat(4000).getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(big);
    Path f = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.pages.isEmpty(), "partial page delivered");
    assertEquals(1, c.failures.size());
    assertEquals(f.toString(), c.failures.get(0).input());
    assertTrue(c.failures.get(0).reason().contains("unexpected end of gzip stream"), c.toString());
  }

  @Test
  void corruptGzipIsOneFailure() throws IOException {
    byte[] gz = gzip(PAGE);
    for (int i = 12; i < gz.length - 8; i++) {
      gz[i] = (byte) 0xff;
    }
    Path f = write("bad.html.gz", gz);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.pages.isEmpty());
    assertEquals(1, c.failures.size(), c.toString());
    assertEquals(f.toString(), c.failures.get(0).input());
  }

  @Test
  void pageOverTheCapIsRefusedWithAClearReason() throws IOException {
    Path f = write("big.html", new byte[5000]);
    Collected c = Collected.read(new InputReader(4096), f.toString());
    assertTrue(c.pages.isEmpty());
    assertEquals(1, c.failures.size());
    assertTrue(c.failures.get(0).reason().contains("larger than the 4096 bytes limit"), c.toString());
    assertEquals(1, Collected.read(new InputReader(5000), f.toString()).pages.size(), "exactly the cap is fine");
  }

  @Test
  void compressedPageOverTheCapIsRefusedWithoutInflatingItAll() throws IOException {
    Path f = write("bomb.html.gz", gzip(new byte[3 * 1024 * 1024]));
    Collected c = Collected.read(new InputReader(1024 * 1024), f.toString());
    assertTrue(c.pages.isEmpty());
    assertTrue(c.failures.get(0).reason().contains("larger than the 1 MB limit"), c.toString());
  }

  @Test
  void defaultCapRefusesAFiftyOneMegabytePage() throws IOException {
    byte[] chunk = "<p>filler paragraph of a very long page</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("huge.html");
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long n = 0; n <= 51L * 1024 * 1024; n += chunk.length) {
        out.write(chunk);
      }
    }
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.pages.isEmpty());
    assertEquals(List.of(new InputFailure(f.toString(),
        "page larger than the 50 MB limit; refused (raise the page cap to read it)")), c.failures);
  }

  @Test
  void rejectsANonsensicalCap() {
    assertThrows(IllegalArgumentException.class, () -> new InputReader(0));
  }

  @Test
  void readsAPageFromAStreamAsStdinDoes() {
    Collected c = new Collected();
    new InputReader().read(new ByteArrayInputStream(PAGE), "<stdin>", c.pages(), c.failures());
    assertEquals(1, c.pages.size());
    assertEquals("<stdin>", c.pages.get(0).origin());
    assertArrayEquals(PAGE, c.pages.get(0).body());
  }

  @Test
  void readsAGzippedPageFromAStream() throws IOException {
    Collected c = new Collected();
    new InputReader().read(new ByteArrayInputStream(gzip(PAGE)), "<stdin>", c.pages(), c.failures());
    assertArrayEquals(PAGE, c.pages.get(0).body());
  }

  @Test
  void emptyOrTruncatedStreamIsOneFailure() throws IOException {
    Collected c = new Collected();
    new InputReader().read(new ByteArrayInputStream(new byte[0]), "<stdin>", c.pages(), c.failures());
    assertEquals(List.of(new InputFailure("<stdin>", "empty input")), c.failures);
    byte[] gz = gzip(new byte[100_000]);
    Collected d = new Collected();
    new InputReader().read(new ByteArrayInputStream(Arrays.copyOf(gz, gz.length - 20)), "<stdin>", d.pages(),
        d.failures());
    assertTrue(d.pages.isEmpty());
    assertEquals(1, d.failures.size(), d.toString());
  }

  @Test
  void binaryJunkFileIsDeliveredOnceAndRefusedOnceByTheDecoder() throws IOException {
    byte[] junk = new byte[10_000];
    new Random(7).nextBytes(junk);
    Path f = write("junk.html", junk);
    Collected c = Collected.read(new InputReader(), f.toString());
    assertTrue(c.failures.isEmpty());
    UnreadablePageException e = assertThrows(UnreadablePageException.class,
        () -> PageDecoder.decode(c.pages.get(0)));
    assertTrue(e.getMessage().startsWith(f + ": binary content"), e.getMessage());
  }

  @Test
  void missingFileGivenDirectlyIsOneFailure() {
    String missing = dir.resolve("gone.html").toString();
    Collected c = Collected.read(new InputReader(), missing);
    assertEquals(List.of(new InputFailure(missing, "no such file or directory")), c.failures);
  }
}
