package org.parley.extract.meta;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parses dates from attribute values and from running text, in the formats news pages use. */
final class DateParsers {
  private DateParsers() {}

  // Words that collide with ordinary text far more often than they name a month.
  private static final Set<String> COLLIDING = Set.of("set", "out", "mag", "gen", "ago");
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final List<String> MONTH_SURFACES = new ArrayList<>();

  static {
    months();
  }

  private static final String MONTH_ALT = MONTH_SURFACES.stream().distinct()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(Pattern::quote).collect(Collectors.joining("|"));
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ISO_FULL = Pattern.compile(
      "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
          + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10})(\\d{3})?\\s*$");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\d{4,6})?\\s*$");

  // Text patterns, each with named groups y, m (number) or mn (name), d.
  private static final List<Pattern> TEXT = List.of(
      Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"),
      Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s*년\\s*(?<m>\\d{1,2})\\s*월\\s*(?<d>\\d{1,2})\\s*일"),
      Pattern.compile("(?<![\\d.])(?<y>(?:19|20)\\d{2})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?![\\d])"),
      Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d])"),
      Pattern.compile("(?<![\\d/])(?<a>\\d{1,2})[/-](?<b>\\d{1,2})[/-](?<y>(?:19|20)\\d{2})(?![\\d])"),
      Pattern.compile("(?<![\\d\\p{L}])(?<d>\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?[\\s\\u00a0]*(?:de[\\s\\u00a0]+)?"
          + "(?<mn>" + MONTH_ALT + ")(?![\\p{L}])\\.?,?[\\s\\u00a0]*(?:de[\\s\\u00a0]+|del[\\s\\u00a0]+)?"
          + "(?<y>(?:19|20)\\d{2})(?!\\d)", FLAGS),
      Pattern.compile("(?<![\\p{L}])(?<mn>" + MONTH_ALT + ")(?![\\p{L}])\\.?[\\s\\u00a0]+(?<d>\\d{1,2})"
          + "(?:st|nd|rd|th)?(?!\\d),?[\\s\\u00a0]+(?:de[\\s\\u00a0]+)?(?<y>(?:19|20)\\d{2})(?!\\d)", FLAGS),
      Pattern.compile("(?<![\\p{L}])(?<y>(?:19|20)\\d{2})[\\s\\u00a0]+(?<mn>" + MONTH_ALT + ")(?![\\p{L}])\\.?"
          + "[\\s\\u00a0]+(?<d>\\d{1,2})(?!\\d)", FLAGS));

  /** A clock time written right after a date: {@code 09:43}, {@code 12時00分}, {@code 6:21 PM}, {@code 14h30}. */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "[\\s\\u00a0,|–-]{0,3}(?:(?:um|at|à|a las|alle|às|kl\\.?)[\\s\\u00a0]+)?(?<h>[01]?\\d|2[0-3])"
          + "(?:[:時h](?<m>[0-5]\\d)分?)(?::[0-5]\\d)?(?:[\\s\\u00a0]*(?<ap>[ap]\\.?m\\.?)(?![\\p{L}]))?",
      FLAGS);

  /**
   * Parses an attribute value (meta content, datetime, JSON-LD): ISO 8601, epoch, RFC 1123, compact
   * {@code yyyyMMdd}, else the first date found in it as text.
   */
  static Optional<ParsedDate> parseValue(@Nullable String raw, @Nullable String lang) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip();
    Matcher m = ISO_FULL.matcher(s);
    if (m.find()) {
      return iso(m, s);
    }
    Matcher e = EPOCH.matcher(s);
    if (e.matches()) {
      long secs = Long.parseLong(e.group(1));
      OffsetDateTime t = OffsetDateTime.ofInstant(Instant.ofEpochSecond(secs), ZoneOffset.UTC);
      return Optional.of(new ParsedDate(t.toLocalDate(), t, s));
    }
    Matcher c = COMPACT.matcher(s);
    if (c.matches()) {
      return day(c.group(1), c.group(2), c.group(3), s);
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new ParsedDate(z.toLocalDate(), z.toOffsetDateTime(), s));
    } catch (DateTimeParseException ignored) {
      // not RFC 1123; try the text patterns below
    }
    // Machine-written values put the month first when the order is ambiguous (11/01/2023 is November).
    List<ParsedDate> found = findAll(s, "en");
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The local clock time of a date string that has a time but no offset: an ISO 8601 value
   * ({@code 2016-12-19 19:08:44}) or a date written with its time ({@code 2019年3月15日 09:43}); else null.
   */
  static java.time.@Nullable LocalTime localTime(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    Matcher m = ISO_FULL.matcher(s);
    try {
      if (m.find()) {
        if (m.group(4) == null || m.group(7) != null) {
          return null;
        }
        return java.time.LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      }
      for (Pattern p : TEXT) {
        Matcher d = p.matcher(s);
        if (d.find()) {
          Matcher t = TIME_TAIL.matcher(s).region(d.end(), s.length());
          return t.lookingAt() ? clock(t) : null;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static java.time.LocalTime clock(Matcher t) {
    int h = Integer.parseInt(t.group("h"));
    String ap = t.group("ap");
    if (ap != null && h >= 1 && h <= 12) {
      // "am" after a 24-hour time is German "on" ("18:00 am Montag"), not a meridiem
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    return java.time.LocalTime.of(h, Integer.parseInt(t.group("m")));
  }

  private static Optional<ParsedDate> iso(Matcher m, String s) {
    Optional<ParsedDate> d = day(m.group(1), m.group(2), m.group(3), m.group().strip());
    if (d.isEmpty() || m.group(4) == null || m.group(7) == null) {
      return d;
    }
    try {
      ZoneOffset off = offset(m.group(7));
      OffsetDateTime t = OffsetDateTime.of(d.get().day().getYear(), d.get().day().getMonthValue(),
          d.get().day().getDayOfMonth(), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, off);
      return Optional.of(new ParsedDate(d.get().day(), t, s));
    } catch (DateTimeException | NumberFormatException ex) {
      return d;
    }
  }

  private static ZoneOffset offset(String z) {
    String u = z.toUpperCase(Locale.ROOT);
    if (u.equals("Z") || u.equals("UTC") || u.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    int sign = u.charAt(0) == '-' ? -1 : 1;
    String digits = u.substring(1).replace(":", "");
    int h = Integer.parseInt(digits.substring(0, 2));
    int min = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
  }

  private static final Pattern NUMERIC_DMY_OR_MDY = Pattern.compile(
      "(?<![\\d/])(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d{2})(?!\\d)");

  /**
   * The other reading of a date written as two numbers up to 12 and a year ({@code 06-08-2009} is June 8 or
   * 6 August), or null when the order is not in doubt.
   */
  static @Nullable LocalDate swapped(ParsedDate p) {
    Matcher m = NUMERIC_DMY_OR_MDY.matcher(p.raw());
    if (!m.find()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    if (a > 12 || b > 12 || a == b || a == 0 || b == 0 || p.day().getYear() != y) {
      return null;
    }
    LocalDate d = p.day();
    if (d.getMonthValue() == a && d.getDayOfMonth() == b) {
      return LocalDate.of(y, b, a);
    }
    return d.getMonthValue() == b && d.getDayOfMonth() == a ? LocalDate.of(y, a, b) : null;
  }

  /** All dates written in the text, in order of appearance. */
  static List<ParsedDate> findAll(String text, @Nullable String lang) {
    List<int[]> spans = new ArrayList<>();
    List<ParsedDate> out = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (Pattern p : TEXT) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (overlaps(spans, s, e)) {
          continue;
        }
        Optional<ParsedDate> d = fromMatch(m, lang);
        if (d.isPresent()) {
          // A time written right after the date belongs to it (kept in raw, read back by localTime).
          Matcher t = TIME_TAIL.matcher(text).region(e, text.length());
          if (t.lookingAt() && !overlaps(spans, e, t.end())) {
            e = t.end();
            d = Optional.of(new ParsedDate(d.get().day(), d.get().dateTime(), text.substring(s, e)));
          }
          spans.add(new int[] {s, e});
          int i = 0;
          while (i < starts.size() && starts.get(i) < s) {
            i++;
          }
          starts.add(i, s);
          out.add(i, d.get());
        }
      }
    }
    return out;
  }

  private static boolean overlaps(List<int[]> spans, int s, int e) {
    for (int[] sp : spans) {
      if (s < sp[1] && e > sp[0]) {
        return true;
      }
    }
    return false;
  }

  private static Optional<ParsedDate> fromMatch(Matcher m, @Nullable String lang) {
    String y = m.group("y");
    if (y.length() == 2) {
      y = "20" + y;
    }
    String raw = m.group();
    String d;
    String mo;
    if (hasGroup(m, "mn")) {
      Integer month = MONTHS.get(fold(m.group("mn")));
      if (month == null) {
        return Optional.empty();
      }
      mo = Integer.toString(month);
      d = m.group("d");
    } else if (hasGroup(m, "a")) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      boolean monthFirst;
      if (a > 12) {
        monthFirst = false;
      } else if (b > 12) {
        monthFirst = true;
      } else {
        monthFirst = lang != null && (lang.equals("en") || lang.equals("en-us"));
      }
      mo = Integer.toString(monthFirst ? a : b);
      d = Integer.toString(monthFirst ? b : a);
    } else {
      mo = m.group("m");
      d = m.group("d");
    }
    return day(y, mo, d, raw);
  }

  private static boolean hasGroup(Matcher m, String name) {
    try {
      return m.group(name) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<ParsedDate> day(String y, String m, String d, String raw) {
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return Optional.of(new ParsedDate(day, null, raw));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}+", "").replace(".", "");
  }

  private static void months() {
    Map<String, Integer> m = MONTHS;
    String[][] names = {
      // en, de, fr, es, pt, it, nl, pl (genitive), ru (genitive), uk (genitive), tr, sv/da/no
      {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen",
        "januari", "stycznia", "января", "січня", "ocak", "janar"},
      {"february", "feb", "februar", "feber", "février", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio",
        "februari", "lutego", "февраля", "лютого", "şubat", "subat"},
      {"march", "mar", "märz", "mars", "marzo", "março", "marco", "maart", "marca", "марта", "березня", "mart",
        "mrz"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "апреля", "квітня", "nisan"},
      {"may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maja", "мая", "травня", "mayıs", "mayis", "maj"},
      {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwca", "июня", "червня", "haziran"},
      {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipca", "июля", "липня",
        "temmuz"},
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "августа", "серпня", "ağustos",
        "agustos"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
        "września", "wrzesnia", "сентября", "вересня", "eylül", "eylul"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
        "października", "pazdziernika", "октября", "жовтня", "ekim"},
      {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "ноября", "листопада", "kasım",
        "kasim"},
      {"december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro", "dicembre",
        "grudnia", "декабря", "грудня", "aralık", "aralik"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(fold(n), i + 1);
        if (!COLLIDING.contains(n)) {
          MONTH_SURFACES.add(n);
          MONTH_SURFACES.add(fold(n));
        }
      }
    }
  }

}
