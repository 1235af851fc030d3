package org.parley.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/** The day in a page's address, or in its canonical address: fixed by the publisher when the page went out. */
final class UrlDates {
  private UrlDates() {}

  private static final List<Pattern> URL_DATES = List.of(
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[?#]|\\.html?)"),
      // a section between the year and the day: cnn.com/2010/POLITICS/08/13/…
      Pattern.compile("/((?:19|20)\\d{2})/[A-Za-z][A-Za-z_-]{0,30}/(\\d{1,2})/(\\d{1,2})/"),
      Pattern.compile("[/_-]((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?!\\d)"),
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|[_-]|$)"),
      Pattern.compile("[_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[/?#]|\\.html?)"));

  private static final Pattern URL_DMY = Pattern.compile(
      "[/_-](\\d{1,2})[-_.](\\d{1,2})[-_.]((?:19|20)\\d{2})(?:/|$|[?#]|\\.html?)");

  private static final Pattern ARCHIVE_PREFIX = Pattern.compile("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/");

  static @Nullable PublishedDate find(DateReading reading) {
    PageSignals page = reading.page;
    PublishedDate d = page.url == null ? null : fromUrl(page.url, reading);
    if (d == null) {
      // The page's canonical address was fixed by its publisher too (a copy's own URL often has no date).
      Element link = page.doc.selectFirst("link[rel~=(?i)^canonical$][href]");
      String canonical = link != null ? link.attr("href") : page.meta("og:url");
      if (canonical != null && !canonical.equals(page.url)) {
        d = fromUrl(canonical, reading);
      }
    }
    return d;
  }

  private static @Nullable PublishedDate fromUrl(String pageUrl, DateReading reading) {
    // An archived copy's own URL carries the capture time; the date belongs to the original URL inside it.
    String url = ARCHIVE_PREFIX.matcher(pageUrl).replaceFirst("/");
    for (Pattern p : URL_DATES) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (reading.plausible(day)) {
            return new PublishedDate(day, null, m.group(), DateSource.URL);
          }
        } catch (DateTimeException | NumberFormatException e) {
          // digits that only look like a date
        }
      }
    }
    // Day first or month first in a URL (…/29-10-2021): only when the numbers leave no doubt about the order.
    Matcher m = URL_DMY.matcher(url);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if ((a > 12) != (b > 12)) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), a > 12 ? b : a, a > 12 ? a : b);
          if (reading.plausible(day)) {
            return new PublishedDate(day, null, m.group(), DateSource.URL);
          }
        } catch (DateTimeException e) {
          // 31-02-2021 and the like
        }
      }
    }
    return null;
  }
}
