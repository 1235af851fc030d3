package org.parley.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Picks the headline among og:title, JSON-LD headline, the h1 and {@code <title>}, with the site name removed
 * from the ends. The candidate that agrees with the h1 wins, since the h1 is what readers see.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-–—:·•»/~]+\\s+|\\s*[|·•»｜：]\\s*|(?<=\\S):(?=\\p{IsHan}|\\p{IsKatakana})");

  private TitleFinder() {}

  static @Nullable String find(PageSignals page, @Nullable String siteName) {
    String og = clean(page.meta("og:title", "twitter:title"));
    String ld = null;
    for (JsonNode n : page.jsonLd) {
      if (JsonLdReader.isArticle(n)) {
        ld = clean(JsonLdReader.text(n, "headline"));
        if (ld != null) {
          break;
        }
      }
    }
    String docTitle = clean(page.doc.title());
    List<String> h1s = new ArrayList<>();
    for (Element h : page.doc.select("h1")) {
      String t = clean(h.text());
      if (t != null && !PageSignals.offArticle(h)) {
        h1s.add(t);
      }
    }
    List<String> names = siteNames(siteName, page.url);
    String ogS = og == null ? null : stripSite(og, names);
    String titleS = docTitle == null ? null : stripSite(docTitle, names);
    for (String h1 : h1s) {
      String k = key(h1);
      if (k.isEmpty()) {
        continue;
      }
      for (String c : Arrays.asList(ogS, ld, titleS, og, docTitle)) {
        if (c != null && (key(c).equals(k) || startsWithSegment(c, h1))) {
          return h1;
        }
      }
    }
    // A headline-sized h1 in the article is what readers see, even when og:title was reworded for sharing.
    if (!h1s.isEmpty() && substantial(h1s.get(0)) && !matchesSite(h1s.get(0), names)) {
      return h1s.get(0);
    }
    if (ogS != null) {
      return ogS;
    }
    if (ld != null) {
      return ld;
    }
    if (titleS != null) {
      return titleS;
    }
    return h1s.isEmpty() ? null : h1s.get(0);
  }

  /** Whether the candidate is the h1 followed by a separator and more (a site name we did not recognise). */
  private static boolean startsWithSegment(String candidate, String h1) {
    if (candidate.length() <= h1.length() || !candidate.startsWith(h1)) {
      return false;
    }
    String rest = candidate.substring(h1.length());
    return SEPARATOR.matcher(rest).lookingAt();
  }

  private static boolean substantial(String h1) {
    boolean cjk = h1.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return cjk ? h1.length() >= 10 : h1.split(" ").length >= 4;
  }

  static String stripSite(String title, List<String> names) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2 || names.isEmpty()) {
      return title;
    }
    var m = SEPARATOR.matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    // Drop a site-name segment at the end, or at the start.
    int[] last = seps.get(seps.size() - 1);
    String tail = title.substring(last[1]);
    if (matchesSite(tail, names) && last[0] > 0) {
      return title.substring(0, last[0]).strip();
    }
    int[] first = seps.get(0);
    String head = title.substring(0, first[0]);
    if (matchesSite(head, names) && first[1] < title.length()) {
      return title.substring(first[1]).strip();
    }
    return title;
  }

  private static boolean matchesSite(String segment, List<String> names) {
    String k = key(segment).replace(" ", "");
    if (k.isEmpty()) {
      return false;
    }
    for (String n : names) {
      if (k.equals(n) || (n.length() >= 3 && (k.startsWith(n) || n.startsWith(k) && k.length() >= 4))) {
        return true;
      }
    }
    return false;
  }

  /** The site name and the host's registrable label, as comparison keys. */
  static List<String> siteNames(@Nullable String siteName, @Nullable String url) {
    List<String> out = new ArrayList<>();
    if (siteName != null) {
      String k = key(siteName).replace(" ", "");
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null) {
          String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
          int i = labels.length >= 3 && labels[labels.length - 2].length() <= 3 ? labels.length - 3
              : labels.length - 2;
          if (i >= 0 && labels[i].length() >= 3) {
            out.add(labels[i].replace("-", ""));
          }
        }
      } catch (IllegalArgumentException e) {
        // no usable host
      }
    }
    return out;
  }

  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
