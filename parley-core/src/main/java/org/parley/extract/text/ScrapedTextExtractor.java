package org.parley.extract.text;

import java.util.ArrayList;
import java.util.List;

/** Reads an article from scraped plain text. FIRST VERSION: lines as paragraphs; the text work replaces it. */
public final class ScrapedTextExtractor {

  /** Splits chrome from content and recognises dateline, headline and standfirst. */
  public ScrapedText extract(String text) {
    List<String> paras = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        paras.add(line.strip());
      }
    }
    return new ScrapedText(null, null, null, paras, List.of());
  }
}
