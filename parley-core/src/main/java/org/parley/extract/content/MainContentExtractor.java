package org.parley.extract.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article body of an HTML page. FIRST VERSION: every paragraph; the extraction work replaces it. */
public final class MainContentExtractor {

  /**
   * Returns the body paragraphs in reading order, without headline, chrome or comments.
   *
   * @param doc the parsed page (not modified)
   * @return the paragraphs, empty when no article body was found
   */
  public List<String> extract(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
