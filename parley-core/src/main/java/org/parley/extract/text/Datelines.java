package org.parley.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/** Finds and reads dates in datelines, in the formats news sites print in several languages. */
final class Datelines {
  private Datelines() {}

  /** A date found in a line, where it sits, and whether the line calls it an update. */
  record Found(PublishedDate date, int start, int end, boolean updated, boolean ambiguous) {}

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(Pattern::quote).collect(Collectors.joining("|"));
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?"
          + "(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:de\\s+)?(" + MONTH + ")(?!\\p{L})\\.?,?\\s*(?:de\\s+|del\\s+)?"
          + "(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\p{L}])(" + MONTH + ")(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final String ZONE = "GMT|UTC|BST|CEST|CET|MESZ|MEZ|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET";
  private static final Pattern TIME_AFTER = Pattern.compile(
      "^[,\\s]*(?:at|um|à|a las|alle|om|às|-|–|—|\\||·|•)?\\s*(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:uhr|h)?\\s*(?:\\(?(" + ZONE + ")\\)?)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?",
      FLAGS);
  private static final Pattern TIME_BEFORE = Pattern.compile(
      "(?<![\\d.:])(\\d{1,2})[:.](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:\\(?(" + ZONE + ")\\)?)?[,\\s]*"
          + "(?:\\p{L}+,?\\s*)?$", FLAGS);
  private static final Pattern ZONE_AFTER = Pattern.compile("^\\s*\\(?(" + ZONE + ")\\b\\)?", FLAGS);
  private static final Pattern UPDATED = Pattern.compile(
      "updated|last modified|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|atualizado", FLAGS);
  private static final Pattern FILLER = Pattern.compile(
      "\\b(?:updated|last|modified|published|first|posted|on|at|am|um|uhr|le|à|de|del|el|il|op|em|le|"
          + "veröffentlicht|aktualisiert|stand|erstellt|publié|mis|jour|publicado|actualizado|pubblicato|"
          + "aggiornato|gepubliceerd|bijgewerkt|atualizado|min|mins|minutes|read|lesezeit|gmt|utc|bst|cet|cest|"
          + "mez|mesz|est|edt|et|pst|pdt|"
          + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
          + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|"
          + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
          + "domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\\b", FLAGS);
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("gmt", 0), Map.entry("utc", 0), Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("mez", 60),
      Map.entry("cest", 120), Map.entry("mesz", 120), Map.entry("eet", 120), Map.entry("eest", 180),
      Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
      Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420));

  /** The first plausible date in the line, with the time and zone that follow (or precede) it. */
  static @Nullable Found find(String line) {
    if (!YEAR.matcher(line).find()) {
      return null; // every format needs a four-digit year; most lines have none, so skip the costly patterns
    }
    Found best = null;
    for (Pattern p : new Pattern[] {ISO, DAY_MONTH, MONTH_DAY, NUMERIC}) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        Found f = read(line, m, p);
        if (f != null && (best == null || f.start() < best.start())) {
          best = f;
        }
        if (f != null) {
          break;
        }
      }
    }
    return best;
  }

  /**
   * Whether the line is a dateline: its date plus the usual furniture (weekday, "Updated:", time zone,
   * reading time) and nothing much else.
   */
  static @Nullable Found dateline(String line) {
    if (line.length() > 140) {
      return null;
    }
    Found f = find(line);
    if (f == null) {
      return null;
    }
    String rest = line.substring(0, f.start()) + " " + line.substring(f.end());
    rest = FILLER.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}]+", "");
    return rest.length() <= 12 ? f : null;
  }

  private static @Nullable Found read(String line, Matcher m, Pattern p) {
    int year;
    int month;
    int day;
    boolean ambiguous = false;
    if (p == ISO) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    } else if (p == DAY_MONTH) {
      day = Integer.parseInt(m.group(1));
      month = MONTHS.get(key(m.group(2)));
      year = Integer.parseInt(m.group(3));
    } else if (p == MONTH_DAY) {
      month = MONTHS.get(key(m.group(1)));
      day = Integer.parseInt(m.group(2));
      year = Integer.parseInt(m.group(3));
    } else {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      year = Integer.parseInt(m.group(4));
      // day first unless impossible: the slash form with a second part over 12 is the US order
      boolean monthFirst = m.group(2).equals("/") && b > 12 && a <= 12;
      day = monthFirst ? b : a;
      month = monthFirst ? a : b;
      ambiguous = a <= 12 && b <= 12 && a != b;
    }
    if (year < 1990 || year > 2100) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    int end = m.end();
    int start = m.start();
    OffsetDateTime dateTime = null;
    if (p == ISO && m.group(4) != null) {
      LocalTime t = time(m.group(4), m.group(5), m.group(6), null);
      ZoneOffset off = offset(null, m.group(7));
      Matcher z = ZONE_AFTER.matcher(line.substring(end));
      if (m.group(7) == null && z.find()) {
        off = offset(z.group(1), null);
        end += z.end();
      }
      dateTime = t == null || off == null ? null : OffsetDateTime.of(date, t, off);
    } else {
      Matcher t = TIME_AFTER.matcher(line.substring(end));
      Matcher tb = TIME_BEFORE.matcher(line.substring(0, start));
      if (t.find() && t.end() > 0 && t.group(1) != null) {
        LocalTime lt = time(t.group(1), t.group(2), t.group(3), t.group(4));
        ZoneOffset off = offset(t.group(5), t.group(6));
        if (lt != null) {
          end += t.end();
          dateTime = off == null ? null : OffsetDateTime.of(date, lt, off);
        }
      } else if (tb.find()) {
        LocalTime lt = time(tb.group(1), tb.group(2), null, tb.group(3));
        ZoneOffset off = offset(tb.group(4), null);
        if (lt != null) {
          start = tb.start();
          dateTime = off == null ? null : OffsetDateTime.of(date, lt, off);
        }
      }
    }
    String raw = line.substring(start, end).strip().replaceAll("[,|·•–—-]+$", "").strip();
    boolean updated = UPDATED.matcher(line.substring(0, m.start())).find();
    return new Found(new PublishedDate(date, dateTime, raw, DateSource.TEXT), start, end, updated, ambiguous);
  }

  private static @Nullable LocalTime time(String h, String min, @Nullable String s, @Nullable String ampm) {
    int hour = Integer.parseInt(h);
    int minute = Integer.parseInt(min);
    if (ampm != null) {
      boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return LocalTime.of(hour, minute, s == null ? 0 : Integer.parseInt(s));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable ZoneOffset offset(@Nullable String zone, @Nullable String numeric) {
    try {
      if (numeric != null) {
        if (numeric.equalsIgnoreCase("Z")) {
          return ZoneOffset.UTC;
        }
        String n = numeric.replace(":", "");
        int sign = n.startsWith("-") ? -1 : 1;
        String digits = n.substring(1);
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int base = zone == null ? 0 : ZONES.getOrDefault(zone.toLowerCase(Locale.ROOT), 0);
        return ZoneOffset.ofTotalSeconds(base * 60 + sign * (hours * 3600 + minutes * 60));
      }
      if (zone != null) {
        Integer minutes = ZONES.get(zone.toLowerCase(Locale.ROOT));
        return minutes == null ? null : ZoneOffset.ofTotalSeconds(minutes * 60);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static String key(String month) {
    return month.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "januari", "janeiro"},
      {"february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "februari",
          "fevereiro", "fev"},
      {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "março", "marco", "mrz"},
      {"april", "apr", "avril", "abril", "aprile", "abr", "avr"},
      {"may", "mai", "mayo", "maggio", "mei", "maio"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
      {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"},
      {"august", "aug", "août", "aout", "agosto", "augustus", "ago"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "set"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "out"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
          "dezembro"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
