package org.parley.store.export;

import java.util.Locale;

/** How Parquet pages are compressed. Snappy is what Spark writes by default. */
public enum ParquetCompression {
  SNAPPY, GZIP, NONE;

  /**
   * The compression named {@code name}, in any case.
   *
   * @throws IllegalArgumentException when none has that name
   */
  public static ParquetCompression parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown Parquet compression '" + name + "' (use snappy, gzip or none)", e);
    }
  }
}
