package org.parley.tables;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of a table: its name, type, whether it may be empty, and how to read it from a row.
 *
 * @param value returns a {@code String}, {@code Integer}, {@code Double}, {@code Boolean}, {@code LocalDate} or
 *     {@code List<String>} as {@code type} says, or null when {@code nullable}
 */
public record Column<T>(String name, ColumnType type, boolean nullable, Function<T, @Nullable Object> value) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /** A column every row has a value for. */
  public static <T> Column<T> required(String name, ColumnType type, Function<T, @Nullable Object> value) {
    return new Column<>(name, type, false, value);
  }

  /** A column that may be empty. */
  public static <T> Column<T> optional(String name, ColumnType type, Function<T, @Nullable Object> value) {
    return new Column<>(name, type, true, value);
  }

  /**
   * The row's value.
   *
   * @throws IllegalStateException when a required column has none
   */
  public @Nullable Object of(T row) {
    Object v = value.apply(row);
    if (v == null && !nullable) {
      throw new IllegalStateException("column " + name + " is required but the record has no value");
    }
    return v;
  }
}
