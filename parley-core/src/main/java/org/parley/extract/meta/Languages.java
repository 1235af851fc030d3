package org.parley.extract.meta;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The language a page declares about itself. */
final class Languages {
  private static final Pattern CODE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");

  private Languages() {}

  /** ISO 639-1, lower case: {@code <html lang>}, then Content-Language, then og:locale. */
  static @Nullable String declared(Document doc, PageSignals signals) {
    Element html = doc.selectFirst("html");
    if (html != null) {
      String c = code(html.attr("lang"));
      if (c == null) {
        c = code(html.attr("xml:lang"));
      }
      if (c != null) {
        return c;
      }
    }
    String c = code(signals.meta("content-language", "language", "dc.language"));
    return c != null ? c : code(signals.meta("og:locale"));
  }

  /** The declared tag as written, lower case, or null. */
  static @Nullable String declaredTag(Document doc, PageSignals signals) {
    Element html = doc.selectFirst("html");
    String raw = html == null ? "" : html.attr("lang").strip();
    if (raw.isEmpty()) {
      String m = signals.meta("content-language", "og:locale");
      raw = m == null ? "" : m.strip();
    }
    return raw.isEmpty() ? null : raw.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static @Nullable String code(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String first = raw.strip().split("[,;\\s]+", 2)[0];
    var m = CODE.matcher(first);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
