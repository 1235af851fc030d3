package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.ingest.UnreadablePageException;
import org.parley.model.RawPage;

class ArticleExtractorTest {
  @Test
  void aPageWithoutAnArticleBodyIsRefusedNotReturnedEmpty() {
    String front = "<html><head><title>Nordic Wire – front page</title></head><body><header><nav><ul>"
        + "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li><li><a href='/login'>Log in</a></li>"
        + "</ul></nav></header><footer>© Nordic Wire</footer></body></html>";
    UnreadablePageException html = assertThrows(UnreadablePageException.class, () -> new ArticleExtractor()
        .extract(new RawPage(null, front.getBytes(StandardCharsets.UTF_8), "text/html", null, "front.html")));
    assertEquals("front.html: no article body found (title: Nordic Wire – front page)", html.getMessage());
    UnreadablePageException text = assertThrows(UnreadablePageException.class, () -> new ArticleExtractor()
        .extract(new RawPage(null, "Share\nTweet\nMenu\n".getBytes(StandardCharsets.UTF_8), "text/plain", null,
            "scraped.txt")));
    assertEquals("scraped.txt: no article body found", text.getMessage().replaceAll(" \\(title: .*\\)", ""));
  }

  @Test
  void hugeTitlesAndTextsAreCutWithAWarning() throws UnreadablePageException {
    String title = "Breaking ".repeat(120_000); // about 1 MB, as a hostile page sent
    String para = "<p>" + "The ministry said the talks would go on through the night, officials confirmed. ".repeat(60)
        + "</p>";
    String page = "<html><head><title>" + title + "</title></head><body><article>" + para.repeat(700)
        + "</article></body></html>";
    org.parley.model.Article a = new ArticleExtractor().extract(
        new RawPage(null, page.getBytes(StandardCharsets.UTF_8), "text/html", null, "huge.html"));
    org.junit.jupiter.api.Assertions.assertTrue(a.title().length() <= FieldCaps.MAX_TITLE && a.title().endsWith("…"),
        "title of " + a.title().length());
    org.junit.jupiter.api.Assertions.assertTrue(a.text().length() <= FieldCaps.MAX_TEXT, "text of " + a.text().length());
    org.junit.jupiter.api.Assertions.assertTrue(a.text().length() > FieldCaps.MAX_TEXT - 10_000, "whole paragraphs kept");
    org.junit.jupiter.api.Assertions.assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("title of ")),
        a.warnings().toString());
    org.junit.jupiter.api.Assertions.assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("text of ")),
        a.warnings().toString());
  }
}
