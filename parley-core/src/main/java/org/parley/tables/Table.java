package org.parley.tables;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published table: its name ({@code events}), its columns in order, and how a row is read back from column
 * values by name.
 */
public record Table<T>(String name, List<Column<T>> columns, Reader<T> reader) {
  /** Reads a row from its column values; a column absent or null is absent from the map. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Map<String, Object> values) throws BadRowException;
  }

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(reader, "reader");
  }

  /** The row whose column values these are ({@link TableValues} says which Java types are taken). */
  public T read(Map<String, Object> values) throws BadRowException {
    return reader.read(values);
  }

  /** The column names, in order. */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }
}
