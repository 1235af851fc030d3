package org.parley.tables;

/** The value types a column can hold; each maps to one Parquet/Spark type and one text form. */
public enum ColumnType {
  /** {@code String}. */
  STRING,
  /** {@code Integer}. */
  INT,
  /** {@code Double}. */
  DOUBLE,
  /** {@code Boolean}. */
  BOOLEAN,
  /** {@code LocalDate}: Parquet's DATE. */
  DATE,
  /** {@code List<String>}: Parquet's three-level LIST. */
  STRING_LIST
}
