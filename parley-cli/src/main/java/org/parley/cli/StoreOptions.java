package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.store.Queries;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the store. */
final class StoreOptions {
  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--format", defaultValue = "table", converter = OutputFormat.Converter.class,
      description = "table, jsonl (one JSON object a line; json is the same) or csv (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--limit", defaultValue = "20", description = "most rows to print (default: ${DEFAULT-VALUE})")
  int limit;

  /** Parses YYYY, YYYY-MM or YYYY-MM-DD, as the start ({@code end=false}) or end of that period. */
  static @Nullable LocalDate parseDate(@Nullable String s, boolean end, String option) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d = Queries.periodDay(s, end);
    if (d == null) {
      throw new IllegalArgumentException(option + ": '" + s + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return d;
  }
}
