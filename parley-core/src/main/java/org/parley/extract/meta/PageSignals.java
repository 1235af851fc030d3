package org.parley.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the extractors share about one page: meta tags by lower-case key (name, property, itemprop or http-equiv,
 * first value kept, all values listed), the JSON-LD objects, the declared language and the URL.
 */
final class PageSignals {
  /** Class or id fragments of page regions whose dates and names belong to something else. */
  static final Pattern OFF_ARTICLE = Pattern.compile(
      "(?i)(?<![a-z])(comment|kommentar|respond|reply|related|sidebar|widget|teaser|footer|recommend|popular|"
          + "most-read|trending|newsletter|breadcrumb|share|social|promo|advert|cookie|archive|calendar|"
          + "navigation|menu|next-|prev-|more-)");

  final Document doc;
  final @Nullable String url;
  final List<JsonNode> jsonLd;
  final Map<String, List<String>> meta = new LinkedHashMap<>();
  final @Nullable String lang;
  /** The declared language tag as written, lower case (e.g. {@code en-gb}), for day/month order. */
  final @Nullable String langTag;
  /** The page's first {@code h1}, found once: date checks ask for it per candidate element. */
  final @Nullable Element headline;

  PageSignals(Document doc, @Nullable String url, List<String> warnings) {
    this.doc = doc;
    this.url = url;
    this.jsonLd = JsonLdReader.read(doc, warnings);
    this.headline = doc.selectFirst("h1");
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    this.lang = Languages.declared(doc, this);
    this.langTag = Languages.declaredTag(doc, this);
  }

  private @Nullable Set<LocalDate> textDays;

  /** The calendar days written in the page's visible text (computed once, on first use). */
  Set<LocalDate> textDays() {
    if (textDays == null) {
      textDays = new HashSet<>();
      if (doc.body() != null) {
        for (ParsedDate p : DateParsers.findAll(doc.body().text(), langTag)) {
          textDays.add(p.day());
        }
      }
    }
    return textDays;
  }

  /** The first value of the first key present. */
  @Nullable String meta(String... keys) {
    for (String k : keys) {
      List<String> v = meta.get(k);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  /** JSON-LD objects that describe the article, then web pages, then the rest. */
  List<JsonNode> jsonLdByRelevance() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : jsonLd) {
      if (JsonLdReader.isArticle(n)) {
        out.add(n);
      }
    }
    for (JsonNode n : jsonLd) {
      if (!JsonLdReader.isArticle(n) && JsonLdReader.isWebPage(n)) {
        out.add(n);
      }
    }
    for (JsonNode n : jsonLd) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Regions holding other people's content: comments, related and teaser lists, widgets. */
  static final Pattern OTHER_CONTENT = Pattern.compile(
      "(?i)(?<![a-z])(comment|kommentar|respond|reply|related|widget|recommend|popular|most-read|"
          + "trending|newsletter|promo|advert|cookie|archive|calendar|navigation|menu|wm-ipp|wayback)");

  /**
   * Whether the element sits in comments, related-article lists or widgets (page footers and asides pass). A region
   * that holds the page's main element or its headline is the page itself, whatever its class says
   * ({@code left-navigation-wrapper} around the whole layout).
   */
  static boolean inOtherContent(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("nav") || tag.equals("body") || tag.equals("main")) {
        return tag.equals("nav");
      }
      String ci = a.className() + " " + a.id();
      if (ci.length() > 1 && OTHER_CONTENT.matcher(ci).find()) {
        return a.selectFirst("h1, main") == null;
      }
    }
    return false;
  }

  /** Whether the element sits in a comment list, sidebar, footer or similar region. */
  static boolean offArticle(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
        return true;
      }
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      String ci = a.className() + " " + a.id();
      if (ci.length() > 1 && OFF_ARTICLE.matcher(ci).find()) {
        return true;
      }
    }
    return false;
  }
}
