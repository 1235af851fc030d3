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
}
