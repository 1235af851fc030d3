package org.parley.extract.meta;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parley.model.PublishedDate;

/**
 * Reads a page's metadata: title, standfirst, publication date, authors, site name, canonical URL and declared
 * language. Thread-safe and stateless; the document is only read.
 */
public final class MetadataExtractor {
  private final PublishedDateFinder dates;

  /** An extractor that rejects dates after the current time. */
  public MetadataExtractor() {
    this(Clock.systemUTC());
  }

  /**
   * An extractor that rejects dates after the given clock's time (for tests and for re-processing old crawls).
   *
   * @param clock the source of "now"
   */
  public MetadataExtractor(Clock clock) {
    this.dates = new PublishedDateFinder(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Reads title, standfirst, date, authors, site and canonical URL.
   *
   * @param doc the parsed page (not modified)
   * @param url the page's URL when known, used for URL date patterns and the site host
   */
  public PageMetadata extract(Document doc, @Nullable String url) {
    Objects.requireNonNull(doc, "doc");
    List<String> warnings = new ArrayList<>();
    PageSignals page = new PageSignals(doc, url, warnings);
    String site = siteName(page);
    String title = TitleFinder.find(page, site);
    PublishedDate published = dates.find(page);
    List<String> authors = AuthorFinder.find(page, site);
    return new PageMetadata(title, standfirst(page, title), published, authors, site, canonical(page),
        page.lang, warnings);
  }

  private static @Nullable String siteName(PageSignals page) {
    String s = TitleFinder.clean(page.meta("og:site_name"));
    if (s == null) {
      for (var n : page.jsonLdByRelevance()) {
        var pub = n.get("publisher");
        if (pub != null && pub.isObject()) {
          s = TitleFinder.clean(JsonLdReader.text(pub, "name"));
          if (s != null) {
            break;
          }
        }
      }
    }
    return s == null || s.length() > 80 ? null : s;
  }

  private static @Nullable String standfirst(PageSignals page, @Nullable String title) {
    String d = TitleFinder.clean(page.meta("og:description", "description", "twitter:description"));
    if (d == null || (title != null && TitleFinder.key(d).equals(TitleFinder.key(title)))) {
      return null;
    }
    boolean cjk = d.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
    boolean sentence = cjk ? d.length() >= 15 : d.split(" ").length >= 6;
    return sentence ? d : null;
  }

  private static @Nullable String canonical(PageSignals page) {
    for (Element link : page.doc.select("link[rel~=(?i)^canonical$][href]")) {
      String abs = link.absUrl("href");
      if (abs.startsWith("http")) {
        return abs;
      }
    }
    String og = page.meta("og:url");
    if (og != null && (og.startsWith("http://") || og.startsWith("https://"))) {
      return og.strip();
    }
    return null;
  }
}
