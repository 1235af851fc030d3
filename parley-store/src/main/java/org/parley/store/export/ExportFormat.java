package org.parley.store.export;

import java.util.Locale;

/** The file formats an export can write. */
public enum ExportFormat {
  /** RFC 4180 CSV with a header row; events use GDELT-style column names. */
  CSV,
  /** One JSON object per line; events follow PLOVER's JSON field names. */
  JSONL,
  /** Apache Parquet with typed columns; the schema is documented in docs/export.md. */
  PARQUET;

  /**
   * The format named {@code name}, in any case.
   *
   * @throws IllegalArgumentException when no format has that name
   */
  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "' (use csv, jsonl or parquet)", e);
    }
  }
}
