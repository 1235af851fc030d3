package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.model.RawPage;

/** Decodes a page's bytes. FIRST VERSION: UTF-8 only; the ingest work replaces it. */
public final class PageDecoder {
  private PageDecoder() {}

  /**
   * Decodes the page with the best evidence available.
   *
   * @throws UnreadablePageException when the bytes are empty or not text
   */
  public static DecodedPage decode(RawPage page) throws UnreadablePageException {
    if (page.body().length == 0) {
      throw new UnreadablePageException(page.origin(), "empty input");
    }
    String text = new String(page.body(), StandardCharsets.UTF_8);
    String head = text.substring(0, Math.min(2048, text.length())).toLowerCase(java.util.Locale.ROOT);
    boolean html = head.contains("<html") || head.contains("<!doctype") || head.contains("<body") || head.contains("<p");
    return new DecodedPage(text, StandardCharsets.UTF_8, "utf-8", html, List.of());
  }
}
