package org.parley.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;

/** Typed queries over the store. Absent filters match everything. */
public final class Queries {
  private Queries() {}

  /** Largest result window a query may ask for. */
  public static final int MAX_LIMIT = 10_000;
  /** Longest free-text query accepted. */
  public static final int MAX_TEXT = 500;

  /**
   * Articles by full text, site and date.
   *
   * @param text words to find (simple syntax: quotes for phrases, - to exclude)
   */
  public record ArticleQuery(@Nullable String text, @Nullable String site, @Nullable LocalDate from,
                             @Nullable LocalDate to, int limit) {
    public ArticleQuery {
      limit = checkLimit(limit);
      checkText(text);
      checkRange(from, to);
    }
  }

  /**
   * Quotes by speaker (name words or actor code) and topic.
   *
   * @param speaker a name ("Kallas") or an actor code ("ESTGOV", or "EST" for all of a country)
   * @param about words the quote should contain
   * @param attribution speech or belief only, or null for both
   */
  public record QuoteQuery(@Nullable String speaker, @Nullable String about, @Nullable LocalDate from,
                           @Nullable LocalDate to, int limit, @Nullable String site,
                           @Nullable Attribution attribution) {
    public QuoteQuery {
      limit = checkLimit(limit);
      checkText(about);
      checkText(speaker);
      checkText(site);
      checkRange(from, to);
    }

    /** A quote query over speech and beliefs alike. */
    public QuoteQuery(@Nullable String speaker, @Nullable String about, @Nullable LocalDate from,
                      @Nullable LocalDate to, int limit, @Nullable String site) {
      this(speaker, about, from, to, limit, site, null);
    }

    /** A quote query over all sites. */
    public QuoteQuery(@Nullable String speaker, @Nullable String about, @Nullable LocalDate from,
                      @Nullable LocalDate to, int limit) {
      this(speaker, about, from, to, limit, null);
    }
  }

  /**
   * Events by actors, type, date and evidence text.
   *
   * @param source an actor code; three letters match the whole country ("RUS" matches "RUSGOV")
   * @param target as for source
   * @param type a PLOVER type
   * @param text words the evidence sentence should contain
   * @param actor an actor code on either side (source or target), matched as for source
   * @param site the site the evidence comes from
   */
  public record EventQuery(@Nullable String source, @Nullable String target, @Nullable String type,
                           @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text, int limit,
                           @Nullable String actor, @Nullable String site) {
    public EventQuery {
      limit = checkLimit(limit);
      checkText(text);
      checkText(actor);
      checkText(site);
      checkRange(from, to);
    }

    /** An event query without the either-side actor and site filters. */
    public EventQuery(@Nullable String source, @Nullable String target, @Nullable String type,
                      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text, int limit) {
      this(source, target, type, from, to, text, limit, null, null);
    }
  }

  /** How to bucket a time series. */
  public enum Granularity {
    DAY, WEEK, MONTH;

    /** The period holding {@code day}, named by its first day (ISO): the day, its week's Monday, its month's 1st. */
    String periodOf(LocalDate day) {
      return switch (this) {
        case DAY -> day.toString();
        case WEEK -> day.with(DayOfWeek.MONDAY).toString();
        case MONTH -> day.withDayOfMonth(1).toString();
      };
    }
  }

  static int checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  static void checkText(@Nullable String text) {
    if (text != null && text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("query text longer than " + MAX_TEXT + " characters");
    }
  }

  static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * A query date written as a year, a month or a day ("2024", "2024-03", "2024-03-15"), read as the first
   * ({@code end=false}) or the last day of that period, so that "--from 2024 --to 2024" covers the whole year.
   *
   * @return the day, or null when the text is none of the three forms or no such date exists
   */
  public static @Nullable LocalDate periodDay(String text, boolean end) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        LocalDate d = LocalDate.of(Integer.parseInt(t), 1, 1);
        return end ? d.withDayOfYear(d.lengthOfYear()) : d;
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        LocalDate d = LocalDate.parse(t + "-01");
        return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
