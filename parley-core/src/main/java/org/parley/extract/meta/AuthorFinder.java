package org.parley.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parley.words.WordLists;

/**
 * Reads person names from JSON-LD, meta tags and byline elements. Every string is cleaned ("By", dates, roles
 * removed), split into names and checked to look like a name; better no author than a wrong one.
 */
final class AuthorFinder {
  private static final Pattern PREFIX = Pattern.compile(
      "(?iu)^(?:(?:written|posted|reported|text|photos?|words|story|interview)\\s+)?"
          + "(?:by|von|par|por|di|door|av|autor(?:in)?|author|text|von:|by:)\\s*:?\\s+");
  private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|"
      + "\\by\\b|\\be\\b|\\bwith\\b|\\bmit\\b)\\s*");
  private static final Pattern TAIL = Pattern.compile(
      "(?iu)\\s*(?:[|•·–—]|\\s-\\s|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\w+day\\b|"
          + "\\bveröffentlicht\\b|\\bam\\s+\\d|\\d{1,2}[./:]\\d|\\b(?:19|20)\\d{2}\\b|\\bmin(?:ute)?s?\\s+read\\b|"
          + "\\bfollow\\b|\\bemail\\b|\\bfor\\s+(?:the|cnn|bbc)\\b).*$");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*|[\\p{Lu}]\\.");
  private static final WordLists WORDS = WordLists.of(AuthorFinder.class, "author-words.txt");

  /** Lower-case particles inside a name ("Ursula von der Leyen", "Ana de la Cruz"): no break in the name. */
  private static final Set<String> PARTICLES = WORDS.set("name-particles");
  /** Words of bylines that are no person's name: desks, agencies, roles and the words around a byline. */
  private static final Set<String> NOT_NAMES = WORDS.set("not-names");

  private AuthorFinder() {}

  static List<String> find(PageSignals page, @Nullable String siteName) {
    // Publishers put their own name in author fields; a name shared with the publisher is not a person.
    Set<String> orgs = new java.util.HashSet<>();
    for (String k : List.of("og:site_name", "publisher", "copyright", "dc.publisher", "application-name")) {
      String v = page.meta(k);
      if (v != null) {
        orgs.add(TitleFinder.key(v));
      }
    }
    for (JsonNode n : page.jsonLd) {
      JsonNode pub = n.get("publisher");
      if (pub != null && pub.isObject()) {
        String v = JsonLdReader.text(pub, "name");
        if (v != null) {
          orgs.add(TitleFinder.key(v));
        }
      }
      if (JsonLdReader.types(n).stream().anyMatch(t -> t.contains("organization"))) {
        String v = JsonLdReader.text(n, "name");
        if (v != null) {
          orgs.add(TitleFinder.key(v));
        }
      }
    }
    String copyright = page.meta("copyright", "dcterms.rightsholder");
    String rights = copyright == null ? "" : TitleFinder.key(copyright);
    Predicate<String> person = a -> {
      String k = TitleFinder.key(a);
      return !orgs.contains(k) && !(k.length() >= 4 && rights.contains(k));
    };
    List<String> names = keep(fromJsonLd(page, siteName), person);
    if (!names.isEmpty()) {
      return names;
    }
    for (String key : List.of("author", "article:author", "byl", "dc.creator", "dcterms.creator",
        "sailthru.author", "parsely-author", "cxenseparse:author", "citation_author")) {
      List<String> values = page.meta.get(key);
      if (values == null) {
        continue;
      }
      Set<String> out = new LinkedHashSet<>();
      for (String v : values) {
        if (!v.contains("://") && !v.startsWith("@")) {
          out.addAll(clean(v, siteName));
        }
      }
      names = keep(List.copyOf(out), person);
      if (!names.isEmpty()) {
        return names;
      }
    }
    names = keep(fromElements(page, siteName), person);
    return names.isEmpty() ? keep(fromBylineText(page, siteName), person) : names;
  }

  /** A line of its own that opens with "By" and a capital: a byline written without any marking class. */
  private static final Pattern BY_LINE = Pattern.compile("^(?:By|BY|Von|VON|Par|Por|Door)\\s+\\p{Lu}");
  /** Bylines are short; a longer text that opens with "By" is a sentence. */
  private static final int BYLINE_MAX_CHARS = 80;

  /**
   * The first unmarked byline of the page ({@code <b>By Jane Roe</b>}, {@code <p>By <a>Jane Roe</a></p>}), from
   * older templates that style bylines with presentational tags only. Comment, footer and sidebar regions are
   * skipped; the names must pass the same checks as any other byline.
   */
  private static List<String> fromBylineText(PageSignals page, @Nullable String siteName) {
    Element body = page.doc.body();
    if (body == null) {
      return List.of();
    }
    for (Element e : body.getAllElements()) {
      String own = e.ownText().strip();
      if (!BY_LINE.matcher(own.isEmpty() || own.length() < 3 ? e.text() : own).find()) {
        continue;
      }
      String text = e.text();
      if (text.length() > BYLINE_MAX_CHARS || PageSignals.offArticle(e)) {
        continue;
      }
      List<String> names = clean(text, siteName);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static List<String> keep(List<String> names, Predicate<String> person) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (person.test(n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> fromJsonLd(PageSignals page, @Nullable String siteName) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode n : page.jsonLd) {
      if (!JsonLdReader.isArticle(n)) {
        continue;
      }
      JsonNode a = n.has("author") ? n.get("author") : n.get("creator");
      if (a == null) {
        continue;
      }
      for (JsonNode x : a.isArray() ? a : List.of(a)) {
        if (x.isTextual()) {
          if (!x.asText().contains("://")) {
            out.addAll(clean(x.asText(), siteName));
          }
        } else if (x.isObject()) {
          List<String> types = JsonLdReader.types(x);
          if (types.stream().anyMatch(t -> t.contains("organization") || t.contains("organisation"))) {
            continue;
          }
          String name = JsonLdReader.text(x, "name");
          if (name != null && !name.contains("://")) {
            out.addAll(clean(name, siteName));
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return List.copyOf(out);
  }

  private static final String[] BYLINE_SELECTORS = {
    "a[rel=author], link[rel=author][title]",
    "[itemprop=author] [itemprop=name], [itemprop=author]",
    "a[href*=/author/], a[href*=/authors/], a[href*=/autor/], a[href*=/autoren/], a[href*=/profile/], "
        + "a[href*=/staff/], a[href*=/contributors/], a[href*=/writers/], a[href*=/journalists/], "
        + "a[href*=/editors/]",
    ".byline a, .byline-name, .author-name, .author_name, .authorName, .by-author, .article-author a, "
        + "[class*=authorname], [class*=writer-name], [class~=^writer$]",
    "[class*=byline], [class~=^author$], [class*=author-], [class*=author_], [class*=-author], [class*=_author]"
  };

  private static List<String> fromElements(PageSignals page, @Nullable String siteName) {
    for (String sel : BYLINE_SELECTORS) {
      Element first = null;
      Set<String> out = new LinkedHashSet<>();
      for (Element e : page.doc.select(sel)) {
        if (e.normalName().equals("meta") || PageSignals.inOtherContent(e)) {
          continue;
        }
        // Co-authors sit next to the first byline; names further away belong to other stories.
        if (first != null && !near(first, e)) {
          continue;
        }
        String text = e.normalName().equals("link") ? e.attr("title") : e.text();
        if (text.length() > 120) {
          continue;
        }
        List<String> names = clean(text, siteName);
        if (names.isEmpty()) {
          for (Element child : e.children()) {
            if (child.text().length() <= 60) {
              names = clean(child.text(), siteName);
              if (!names.isEmpty()) {
                break;
              }
            }
          }
        }
        if (!names.isEmpty() && first == null) {
          first = e;
        }
        out.addAll(names);
      }
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  private static boolean near(Element a, Element b) {
    Element pa = a.parent();
    Element pb = b.parent();
    for (int i = 0; i < 2 && pa != null; i++) {
      Element q = pb;
      for (int j = 0; j < 2 && q != null; j++) {
        if (q == pa) {
          return true;
        }
        q = q.parent();
      }
      pa = pa.parent();
    }
    return false;
  }

  /** Cleans a byline into person names: prefix and trailing date removed, split on "and" and commas. */
  static List<String> clean(String raw, @Nullable String siteName) {
    String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    s = TAIL.matcher(s).replaceFirst("");
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      String p = PREFIX.matcher(part.strip()).replaceFirst("").strip();
      p = p.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
      if (looksLikeName(p, siteName)) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean looksLikeName(String s, @Nullable String siteName) {
    if (s.length() < 2 || s.length() > 60 || s.matches(".*[\\d@#/:=<>()\\[\\]{}].*")) {
      return false;
    }
    if (siteName != null && TitleFinder.key(s).equals(TitleFinder.key(siteName))) {
      return false;
    }
    if (CJK.matcher(s).find()) {
      return s.length() <= 12 && !s.contains(" ") || s.split(" ").length <= 2;
    }
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int upper = 0;
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(lw.replaceAll("[^\\p{L}]", ""))) {
        return false;
      }
      if (PARTICLES.contains(lw)) {
        continue;
      }
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
      upper++;
    }
    // An all-caps line of one word is a section label; two or more all-caps words may be a shouted byline.
    return upper >= 1 && !(s.equals(s.toUpperCase(Locale.ROOT)) && words.length < 2);
  }
}
