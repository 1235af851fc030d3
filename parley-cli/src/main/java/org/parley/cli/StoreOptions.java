package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the store. */
final class StoreOptions {
  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--limit", defaultValue = "20", description = "most rows to print (default: ${DEFAULT-VALUE})")
  int limit;

  /** Parses YYYY, YYYY-MM or YYYY-MM-DD, as the start ({@code end=false}) or end of that period. */
  static @Nullable LocalDate parseDate(@Nullable String s, boolean end, String option) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.matches("\\d{4}")) {
        LocalDate d = LocalDate.of(Integer.parseInt(t), 1, 1);
        return end ? d.withDayOfYear(d.lengthOfYear()) : d;
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        LocalDate d = LocalDate.parse(t + "-01");
        return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
      }
      return LocalDate.parse(t);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(option + ": '" + s + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
