package org.parley.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.tables.Column;
import org.parley.tables.ColumnType;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (its quotes doubled) when it holds a comma, a quote,
 * CR or LF. Empty fields mean "no value". UTF-8, no byte-order mark. Text cells that a spreadsheet would run as a
 * formula get a leading quote ({@link SpreadsheetSafe}).
 */
final class CsvSink<T> implements RowSink<T> {
  /** Separates the items of a list column inside one field. */
  static final String LIST_SEPARATOR = " | ";

  private final List<Column<T>> columns;
  private final Writer out;

  CsvSink(List<Column<T>> columns, OutputStream stream) throws IOException {
    this.columns = columns;
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(columns.get(i).name()));
    }
    out.write("\r\n");
  }

  @Override
  public void write(T row) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Column<T> c = columns.get(i);
      String text = text(c.type(), c.of(row));
      // only text from pages can be hostile; numbers, dates and booleans are written by Parley
      boolean fromPage = c.type() == ColumnType.STRING || c.type() == ColumnType.STRING_LIST;
      out.write(field(fromPage ? SpreadsheetSafe.cell(text) : text));
    }
    out.write("\r\n");
  }

  static String text(ColumnType type, @Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (type == ColumnType.STRING_LIST) {
      return String.join(LIST_SEPARATOR, ((List<?>) value).stream().map(String::valueOf).toList());
    }
    // Double.toString and LocalDate.toString are locale-independent and round-trip exactly.
    return value.toString();
  }

  static String field(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
