package org.parley.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;
import org.parley.words.WordLists;

/**
 * The dates a page's markup states for machines: JSON-LD, meta tags, microdata (and RDFa) and time tags, each
 * source read in its order of preference.
 */
final class MarkupDates {
  private MarkupDates() {}

  private static final WordLists WORDS = WordLists.of(MarkupDates.class, "date-keys.txt");

  /** Meta keys naming the publication date, most specific first. */
  private static final List<String> PUBLISHED_KEYS = WORDS.list("published-keys");

  /**
   * Meta keys that name some date of the page without saying which: CMSs fill them with the publication date as
   * often as with the last edit or the moment the page was generated.
   */
  private static final List<String> GENERIC_KEYS = List.of("dc.date", "dcterms.date", "dc:date", "date", "created");

  /** Meta keys naming the date of the last edit, most specific first. */
  private static final List<String> MODIFIED_KEYS = WORDS.list("modified-keys");

  /** The publication (or else creation) date of the most relevant JSON-LD object that has one. */
  static @Nullable PublishedDate jsonLd(DateReading r) {
    for (String field : List.of("datePublished", "dateCreated")) {
      for (JsonNode n : r.page.jsonLdByRelevance()) {
        String v = JsonLdReader.text(n, field);
        PublishedDate d = r.accept(v, DateSource.JSON_LD);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The date of the most specific meta key naming the publication date. */
  static @Nullable PublishedDate publishedMeta(DateReading r) {
    return meta(r, PUBLISHED_KEYS);
  }

  /** The date of a meta key naming some date of the page, which may be the last edit. */
  static @Nullable PublishedDate genericMeta(DateReading r) {
    return meta(r, GENERIC_KEYS);
  }

  private static @Nullable PublishedDate meta(DateReading r, List<String> keys) {
    for (String k : keys) {
      List<String> values = r.page.meta.get(k);
      if (values == null) {
        continue;
      }
      for (String v : values) {
        PublishedDate d = r.accept(v, DateSource.META);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  static @Nullable PublishedDate microdata(DateReading r) {
    // Microdata, and RDFa's schema.org properties on ordinary elements (<span property="schema:dateCreated">).
    for (Element e : r.page.doc.select("[itemprop=datePublished]:not(meta), [itemprop=dateCreated]:not(meta), "
        + "[property~=(?i)^(schema:)?date(Published|Created)$][content]:not(meta)")) {
      String v = firstNonBlank(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text());
      PublishedDate d = r.accept(v, DateSource.TIME_TAG);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  static @Nullable PublishedDate timeTag(DateReading r) {
    List<Element> times = r.page.doc.select("time, abbr.published[title], .published[title]");
    // Marked as the publication time first, then the first time tag of the article not marked as an update.
    for (int pass = 0; pass < 2; pass++) {
      for (Element t : times) {
        String hint = t.className() + " " + t.id() + " " + t.attr("itemprop")
            + (t.hasAttr("pubdate") ? " pubdate" : "");
        Element parent = t.parent();
        String context = parent == null ? "" : parent.className() + " " + parent.ownText();
        boolean published = DateWording.PUBLISH_HINT.matcher(hint).find();
        boolean modified = DateWording.MODIFIED_HINT.matcher(hint + " " + context).find();
        if (modified || (pass == 0 && !published) || (pass == 1 && published)) {
          continue;
        }
        if (pass == 1 && PageSignals.inOtherContent(t)) {
          continue;
        }
        if (t.closest("blockquote") != null) {
          // An embedded post (a quoted tweet, an Instagram card) carries its author's time, not the page's.
          continue;
        }
        String v = firstNonBlank(t.attr("datetime"), t.attr("title"), t.text());
        PublishedDate d = r.accept(v, DateSource.TIME_TAG);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * Every date the markup offers, published, created or modified, in order of preference: the candidates a date
   * shown on the page may choose among when the markup disagrees with itself.
   */
  static List<PublishedDate> offered(DateReading r) {
    List<PublishedDate> offered = new ArrayList<>();
    for (JsonNode n : r.page.jsonLdByRelevance()) {
      for (String f : List.of("datePublished", "dateCreated", "dateModified")) {
        offered.add(r.accept(JsonLdReader.text(n, f), DateSource.JSON_LD));
      }
    }
    for (List<String> keys : List.of(PUBLISHED_KEYS, GENERIC_KEYS, MODIFIED_KEYS)) {
      for (String k : keys) {
        for (String v : r.page.meta.getOrDefault(k, List.of())) {
          offered.add(r.accept(v, DateSource.META));
        }
      }
    }
    for (Element t : r.page.doc.select("time[datetime]")) {
      if (!PageSignals.inOtherContent(t)) {
        offered.add(r.accept(t.attr("datetime"), DateSource.TIME_TAG));
      }
    }
    offered.removeIf(Objects::isNull);
    return offered;
  }

  private static @Nullable String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
