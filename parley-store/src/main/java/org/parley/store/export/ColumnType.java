package org.parley.store.export;

/** The value types a column can hold; each maps to one Avro/Parquet type and one text form. */
enum ColumnType {
  STRING, INT, DOUBLE, BOOLEAN, DATE, STRING_LIST
}
