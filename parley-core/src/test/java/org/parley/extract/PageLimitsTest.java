package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.ingest.UnreadablePageException;
import org.parley.model.Article;
import org.parley.model.RawPage;

/** Pages built to cost far more than any news page are refused with the reason, before they cost it. */
class PageLimitsTest {
  @TempDir Path dir;

  private static final String STORY = "<html><head><title>Port reopens</title></head><body><article>"
      + "<p>The port of Tallinn reopened on Monday after a week of storms, officials said.</p>"
      + "<p>Ferries to Helsinki will run to the usual timetable from Tuesday, the operator said.</p>"
      + "</article></body></html>";

  @Test
  void gzipBombOfUnclosedDivsIsRefusedBeforeParsing() throws IOException {
    // the page: 75 KB of gzip that expands to 49 MB of unclosed <div>s
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      byte[] divs = "<div>".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 150; i++) {
        out.write(divs);
      }
    }
    assertTrue(gz.size() < 100_000, "a small file: " + gz.size());
    Path f = Files.write(dir.resolve("bomb.html.gz"), gz.toByteArray());
    List<RawPage> pages = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    new InputReader().read(f.toString(), pages::add, failures::add);
    assertTrue(failures.isEmpty(), failures.toString());
    assertEquals(1, pages.size());
    UnreadablePageException e = assertThrows(UnreadablePageException.class,
        () -> new ArticleExtractor().extract(pages.get(0)));
    assertTrue(e.getMessage().startsWith(f + ": markup too large: more than 500,000 elements"), e.getMessage());
  }

  @Test
  void aPageJustUnderTheElementLimitIsRead() throws UnreadablePageException {
    PageLimits small = new PageLimits(40, 512, Duration.ofSeconds(30));
    Article a = new ArticleExtractor(small).extract(page(STORY));
    assertFalse(a.paragraphs().isEmpty(), a.toString());
    String longer = STORY.replace("<article>", "<article>" + "<span></span>".repeat(40));
    UnreadablePageException e = assertThrows(UnreadablePageException.class,
        () -> new ArticleExtractor(small).extract(page(longer)));
    assertTrue(e.getMessage().contains("more than 40 elements"), e.getMessage());
  }

  @Test
  void extractionOverItsTimeIsRefusedNamingTheStage() {
    // a clock that moves 20 s each time it is read: the check after parsing is the first past 30 s
    AtomicLong now = new AtomicLong();
    ArticleExtractor slow = new ArticleExtractor(PageLimits.DEFAULT, () -> now.getAndAdd(20_000_000_000L));
    UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> slow.extract(page(STORY)));
    assertEquals("story.html: extraction took 40.0 s by the end of parsing, over the 30 s limit; refused",
        e.getMessage());
  }

  @Test
  void deeplyNestedMarkupIsFlattenedNotFatal() throws UnreadablePageException {
    String deep = "<html><body>" + "<div>".repeat(100_000)
        + "<p>The port of Tallinn reopened on Monday after a week of storms, officials said.</p></body></html>";
    Article a = new ArticleExtractor().extract(page(deep));
    assertTrue(a.text().contains("port of Tallinn"), a.toString());
  }

  private static RawPage page(String html) {
    return new RawPage(null, html.getBytes(StandardCharsets.UTF_8), "text/html", null, "story.html");
  }
}
