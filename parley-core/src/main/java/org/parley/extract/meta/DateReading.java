package org.parley.extract.meta;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/**
 * How every kind of evidence reads a date of one page: in the page's day/month order, and kept only when plausible.
 * A date in the future or before the web is discarded; no date beats a wrong one.
 */
final class DateReading {
  private static final int MIN_YEAR = 1995;

  final PageSignals page;
  /** The last plausible day: tomorrow in UTC, so that today in a zone ahead of UTC is not refused. */
  private final LocalDate latest;

  DateReading(PageSignals page, LocalDate latest) {
    this.page = page;
    this.latest = latest;
  }

  /** A date value of the markup (an attribute, a meta tag, a JSON-LD field) as the publication date, if plausible. */
  @Nullable PublishedDate accept(@Nullable String value, DateSource source) {
    Optional<ParsedDate> p = DateParsers.parseValue(value, page.langTag);
    if (p.isEmpty()) {
      return null;
    }
    LocalDate day = p.get().day();
    // An ambiguous numeric value (06-08-2009) takes the reading the page itself writes in its text, if only one.
    LocalDate other = DateParsers.swapped(p.get());
    if (other != null && page.textDays().contains(other) && !page.textDays().contains(day)) {
      day = other;
    }
    if (!plausible(day)) {
      return null;
    }
    return new PublishedDate(day, day.equals(p.get().day()) ? p.get().dateTime() : null, value.strip(), source);
  }

  /** The first plausible date written in a text of the page. */
  @Nullable PublishedDate firstInText(String text) {
    for (ParsedDate p : DateParsers.findAll(text, page.langTag)) {
      if (plausible(p.day())) {
        return new PublishedDate(p.day(), p.dateTime(), p.raw(), DateSource.TEXT);
      }
    }
    return null;
  }

  boolean plausible(LocalDate day) {
    return day.getYear() >= MIN_YEAR && !day.isAfter(latest);
  }
}
