package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.model.Article;

/**
 * Bounds the fields of an article, so that one hostile page cannot make every answer about it huge: a 1 MB title
 * came back in every search result row, and a 30 MB article as 32 MB of JSON. The limits are far above any real
 * article (the longest news stories run to about 100 k characters; analysis reads 200 k), and each cut is a warning.
 */
final class FieldCaps {
  static final int MAX_TITLE = 500;
  static final int MAX_STANDFIRST = 2_000;
  static final int MAX_AUTHOR = 200;
  static final int MAX_AUTHORS = 30;
  static final int MAX_TEXT = 1_000_000;

  private FieldCaps() {}

  static Article apply(Article a) {
    List<String> warnings = new ArrayList<>(a.warnings());
    String title = cut(a.title(), MAX_TITLE, "title", warnings);
    String standfirst = cut(a.standfirst(), MAX_STANDFIRST, "standfirst", warnings);
    List<String> authors = a.authors();
    if (authors.size() > MAX_AUTHORS || authors.stream().anyMatch(x -> x.length() > MAX_AUTHOR)) {
      warnings.add("author list cut to " + MAX_AUTHORS + " names of at most " + MAX_AUTHOR + " characters");
      authors = authors.stream().limit(MAX_AUTHORS).map(x -> x.length() > MAX_AUTHOR ? ellipsis(x, MAX_AUTHOR) : x)
          .toList();
    }
    List<String> paragraphs = a.paragraphs();
    int total = a.text().length();
    if (total > MAX_TEXT) {
      paragraphs = firstParagraphs(paragraphs);
      warnings.add(String.format(Locale.ROOT, "text of %,d characters cut to the first %,d (%d of %d paragraphs)",
          total, String.join("\n\n", paragraphs).length(), paragraphs.size(), a.paragraphs().size()));
    }
    if (warnings.size() == a.warnings().size()) {
      return a;
    }
    return new Article(a.id(), a.origin(), a.url(), a.site(), title, standfirst, a.published(), authors,
        a.language(), paragraphs, warnings);
  }

  private static @Nullable String cut(@Nullable String s, int max, String field, List<String> warnings) {
    if (s == null || s.length() <= max) {
      return s;
    }
    warnings.add(String.format(Locale.ROOT, "%s of %,d characters cut to %d", field, s.length(), max));
    return ellipsis(s, max);
  }

  private static String ellipsis(String s, int max) {
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /** Whole paragraphs while they fit; a first paragraph longer than the cap is itself cut. */
  private static List<String> firstParagraphs(List<String> all) {
    List<String> kept = new ArrayList<>();
    int used = 0;
    for (String p : all) {
      int need = (kept.isEmpty() ? 0 : 2) + p.length();
      if (used + need > MAX_TEXT) {
        break;
      }
      kept.add(p);
      used += need;
    }
    if (kept.isEmpty()) {
      kept.add(ellipsis(all.get(0), MAX_TEXT));
    }
    return kept;
  }
}
