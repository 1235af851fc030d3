package org.parley.tables;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;

/**
 * Reads column values by name, as Parquet readers and Spark hand them over: a string, a boxed number or boolean, a
 * date (a {@code LocalDate}, a {@code java.sql.Date}, or its ISO text when it came from a partition directory's
 * name), a list of strings. A column absent from an older file reads as absent.
 */
final class TableValues {
  private TableValues() {}

  static String string(Map<String, Object> row, String column) throws BadRowException {
    Object v = row.get(column);
    if (!(v instanceof String s) || s.isEmpty()) {
      throw new BadRowException("no " + column);
    }
    return s;
  }

  static @Nullable String optionalString(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? null : v.toString();
  }

  static int integer(Map<String, Object> row, String column) throws BadRowException {
    Integer v = optionalInteger(row, column);
    if (v == null) {
      throw new BadRowException("no " + column);
    }
    return v;
  }

  static @Nullable Integer optionalInteger(Map<String, Object> row, String column) {
    return row.get(column) instanceof Number n ? n.intValue() : null;
  }

  static double number(Map<String, Object> row, String column) throws BadRowException {
    if (!(row.get(column) instanceof Number n)) {
      throw new BadRowException("no " + column);
    }
    return n.doubleValue();
  }

  static boolean bool(Map<String, Object> row, String column) {
    return Boolean.TRUE.equals(row.get(column));
  }

  static @Nullable LocalDate date(Map<String, Object> row, String column) throws BadRowException {
    Object v = row.get(column);
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.util.Date d) {
      return d instanceof java.sql.Date sql ? sql.toLocalDate() : LocalDate.ofInstant(d.toInstant(),
          java.time.ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(v.toString());
    } catch (DateTimeParseException e) {
      throw new BadRowException(column + " '" + v + "' is not a day (YYYY-MM-DD)");
    }
  }

  static List<String> list(Map<String, Object> row, String column) {
    Object v = row.get(column);
    if (!(v instanceof List<?> l)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(l.size());
    for (Object o : l) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }

  /**
   * The span between two offset columns; null when the row has neither (a table written before offsets were), and
   * a bad row when it has one alone or an impossible pair.
   */
  static @Nullable Span span(Map<String, Object> row, String prefix) throws BadRowException {
    Integer start = optionalInteger(row, prefix + "_start");
    Integer end = optionalInteger(row, prefix + "_end");
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null || start < 0 || end < start) {
      throw new BadRowException("bad " + prefix + " offsets [" + start + ", " + end + ")");
    }
    return new Span(start, end);
  }
}
