package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints records as an aligned table, CSV (RFC 4180) or JSON lines. Tables truncate long cells so a row fits a
 * terminal, and show controls taken from pages as visible characters ({@link TerminalText}); CSV and JSON keep
 * everything (JSON escapes those controls).
 */
final class Tabular<T> {
  static final ObjectMapper JSON = TerminalSafeEscapes.apply(new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

  private record Column<T>(String name, int width, Function<T, Object> value) {}

  private final List<Column<T>> columns = new ArrayList<>();

  Tabular<T> column(String name, int width, Function<T, Object> value) {
    columns.add(new Column<>(name, width, value));
    return this;
  }

  void print(List<T> rows, OutputFormat format, PrintWriter out) {
    switch (format) {
      case jsonl -> rows.forEach(r -> out.println(json(r)));
      case csv -> {
        out.println(String.join(",", columns.stream().map(c -> csv(c.name())).toList()));
        for (T r : rows) {
          out.println(String.join(",", columns.stream().map(c -> csv(str(c.value().apply(r)))).toList()));
        }
      }
      case table -> {
        StringBuilder head = new StringBuilder();
        for (Column<T> c : columns) {
          head.append(pad(c.name().toUpperCase(java.util.Locale.ROOT), c.width())).append("  ");
        }
        out.println(head.toString().stripTrailing());
        for (T r : rows) {
          StringBuilder line = new StringBuilder();
          for (Column<T> c : columns) {
            line.append(pad(TerminalText.cell(str(c.value().apply(r))), c.width())).append("  ");
          }
          out.println(line.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
      }
    }
    out.flush();
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
    }
  }

  static String str(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double d) {
      return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
    if (o instanceof List<?> l) {
      return String.join("; ", l.stream().map(String::valueOf).toList());
    }
    return o.toString();
  }

  static String csv(String raw) {
    String s = org.parley.store.export.SpreadsheetSafe.cell(raw);
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String pad(String s, int width) {
    if (width <= 0) {
      return s;
    }
    if (s.length() > width) {
      return TerminalText.fit(s, width);
    }
    return s + " ".repeat(width - s.length());
  }
}
