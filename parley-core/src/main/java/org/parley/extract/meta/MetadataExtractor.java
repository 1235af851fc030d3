package org.parley.extract.meta;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/** Reads metadata from a page. FIRST VERSION: title only; the metadata work replaces it. */
public final class MetadataExtractor {

  /**
   * Reads title, standfirst, date, authors, site and canonical URL.
   *
   * @param doc the parsed page (not modified)
   * @param url the page's URL when known, used for URL date patterns and the site host
   */
  public PageMetadata extract(Document doc, @Nullable String url) {
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new PageMetadata(title, null, null, List.of(), null, null, null);
  }
}
