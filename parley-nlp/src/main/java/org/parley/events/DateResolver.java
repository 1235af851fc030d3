package org.parley.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.DatePrecision;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Finds time expressions in a parsed sentence and resolves them against the article date: "yesterday", "on Friday",
 * "last week", "earlier this month", "in December", "March 5", "5 March 2021", "two days ago". News reports the past,
 * so a bare weekday or month means the latest one not after the article date. A rule-based resolver over tokens:
 * much cheaper than SUTime and enough for the expressions news uses to date events. Thread-safe.
 */
public final class DateResolver {

  /**
   * A resolved time expression.
   *
   * @param anchor the token the expression hangs on in the parse (the weekday, month or unit word)
   * @param first its first token
   * @param last its last token
   * @param date the date (for WEEK the Monday, for MONTH the 1st, for YEAR 1 January)
   * @param precision how precise the date is
   */
  public record TimeExpression(int anchor, int first, int last, LocalDate date, DatePrecision precision) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> NUMBER_WORDS = Map.of(
      "a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "ten", 10);

  /** Words before a bare year that date an act in it ("in 2009"); "since 2003" starts a span that runs until now. */
  private static final java.util.Set<String> YEAR_PREPOSITIONS = java.util.Set.of("in", "during", "early", "late");

  /** All time expressions of the sentence, in order. */
  public List<TimeExpression> find(ParsedSentence sentence, LocalDate articleDate) {
    List<Token> toks = sentence.tokens();
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      TimeExpression e = at(toks, i, articleDate);
      if (e != null) {
        out.add(e);
        i = e.last();
      }
    }
    return out;
  }

  private static @Nullable TimeExpression at(List<Token> toks, int i, LocalDate ref) {
    String w = lower(toks.get(i));
    String prev = i > 0 ? lower(toks.get(i - 1)) : "";
    String next = i + 1 < toks.size() ? lower(toks.get(i + 1)) : "";
    switch (w) {
      case "today", "tonight" -> {
        return new TimeExpression(i, i, i, ref, DatePrecision.DAY);
      }
      case "yesterday" -> {
        return new TimeExpression(i, i, i, ref.minusDays(1), DatePrecision.DAY);
      }
      case "tomorrow" -> {
        return new TimeExpression(i, i, i, ref.plusDays(1), DatePrecision.DAY);
      }
      case "last", "this", "next", "past" -> {
        int shift = w.equals("last") || w.equals("past") ? -1 : w.equals("next") ? 1 : 0;
        int first = i > 0 && (prev.equals("earlier") || prev.equals("later")) ? i - 1 : i;
        switch (next) {
          case "week" -> {
            LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
            return new TimeExpression(i + 1, first, i + 1, monday, DatePrecision.WEEK);
          }
          case "month" -> {
            LocalDate m = ref.withDayOfMonth(1).plusMonths(shift);
            return new TimeExpression(i + 1, first, i + 1, m, DatePrecision.MONTH);
          }
          case "year" -> {
            LocalDate y = ref.withDayOfYear(1).plusYears(shift);
            return new TimeExpression(i + 1, first, i + 1, y, DatePrecision.YEAR);
          }
          case "weekend" -> {
            LocalDate sat = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (shift > 0) {
              sat = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            }
            return new TimeExpression(i + 1, first, i + 1, sat, DatePrecision.WEEK);
          }
          default -> {
            DayOfWeek d = DAYS.get(next);
            if (d != null) {
              LocalDate day = shift > 0 ? ref.with(TemporalAdjusters.next(d))
                  : shift < 0 ? ref.with(TemporalAdjusters.previous(d)) : ref.with(TemporalAdjusters.previousOrSame(d));
              return new TimeExpression(i + 1, first, i + 1, day, DatePrecision.DAY);
            }
            Integer month = MONTHS.get(next);
            if (month != null && !next.equals("may") && isProperNoun(toks.get(i + 1))) {
              LocalDate m = ref.withDayOfMonth(1).withMonth(month);
              if (shift < 0 && !m.isBefore(ref.withDayOfMonth(1))) {
                m = m.minusYears(1);
              } else if (shift > 0 && !m.isAfter(ref)) {
                m = m.plusYears(1);
              }
              return new TimeExpression(i + 1, first, i + 1, m, DatePrecision.MONTH);
            }
            return null;
          }
        }
      }
      default -> {
        // handled below
      }
    }
    if (w.matches("(19|20)\\d\\d") && YEAR_PREPOSITIONS.contains(prev)) {
      // "supported Lonegan in 2009", "resigned in 2018": a year written bare, not as the start of a span ("since")
      int year = Integer.parseInt(w);
      if (year <= ref.getYear()) {
        return new TimeExpression(i, i, i, LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      }
    }
    DayOfWeek day = DAYS.get(w);
    if (day != null && Character.isUpperCase(toks.get(i).word().charAt(0))) {
      return new TimeExpression(i, i, i, ref.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY);
    }
    Integer month = MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    if (month != null && isProperNoun(toks.get(i))) {
      return month(toks, i, month, ref);
    }
    if (w.equals("ago") && i >= 2) {
      String unit = lower(toks.get(i - 1));
      Integer n = number(lower(toks.get(i - 2)));
      if (n != null) {
        if (unit.startsWith("day")) {
          return new TimeExpression(i - 1, i - 2, i, ref.minusDays(n), DatePrecision.DAY);
        }
        if (unit.startsWith("week")) {
          LocalDate d = ref.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          return new TimeExpression(i - 1, i - 2, i, d, DatePrecision.WEEK);
        }
        if (unit.startsWith("month")) {
          return new TimeExpression(i - 1, i - 2, i, ref.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH);
        }
      }
    }
    return null;
  }

  private static @Nullable TimeExpression month(List<Token> toks, int i, int month, LocalDate ref) {
    String w = lower(toks.get(i));
    Integer dayAfter = i + 1 < toks.size() ? dayNumber(toks.get(i + 1)) : null;
    Integer dayBefore = i > 0 ? dayNumber(toks.get(i - 1)) : null;
    int first = i;
    int last = i;
    Integer day = null;
    if (dayAfter != null) {
      day = dayAfter;
      last = i + 1;
    } else if (dayBefore != null) {
      day = dayBefore;
      first = i - 1;
    }
    Integer year = null;
    int y = last + 1;
    if (y < toks.size() && toks.get(y).word().equals(",")) {
      y++;
    }
    if (y < toks.size() && toks.get(y).word().matches("(19|20)\\d\\d")) {
      year = Integer.parseInt(toks.get(y).word());
      last = y;
    }
    if (day == null && year == null) {
      // "May" is also a modal and "March" a verb: a bare month needs a preposition-like word before it.
      String prev = i > 0 ? lower(toks.get(i - 1)) : "";
      if (w.equals("may") || !List.of("in", "since", "until", "by", "during", "early", "late", "mid", "of", "from",
          "through", "before", "after", "throughout").contains(prev)) {
        return null;
      }
    }
    int yr = year != null ? year : ref.getYear();
    LocalDate date;
    try {
      date = LocalDate.of(yr, month, day != null ? day : 1);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (year == null && date.withDayOfMonth(1).isAfter(ref)) {
      date = date.minusYears(1); // news reports the past: "in December" read in April is last December
    }
    return new TimeExpression(i, first, last, date, day != null ? DatePrecision.DAY : DatePrecision.MONTH);
  }

  private static @Nullable Integer dayNumber(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
    if (!w.matches("\\d{1,2}")) {
      return null;
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : null;
  }

  private static @Nullable Integer number(String w) {
    if (w.matches("\\d{1,3}")) {
      return Integer.parseInt(w);
    }
    return NUMBER_WORDS.get(w);
  }

  private static boolean isProperNoun(Token t) {
    return Character.isUpperCase(t.word().charAt(0)) && (t.isProperNoun() || t.isNoun());
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
