package org.parley.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Output formats of the query commands. */
enum OutputFormat {
  table, jsonl, csv;

  /**
   * The format a {@code --format} value names, in any case. {@code json} is the name these commands used for JSON
   * lines before they took the name {@code extract} and {@code export} use, and stays as an alias.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  static OutputFormat parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("json")) {
      return jsonl;
    }
    for (OutputFormat f : values()) {
      if (f.name().equals(v)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be table, jsonl or csv, not '" + value + "'");
  }

  /** Lets picocli parse {@code --format} through {@link #parse}. */
  static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        // picocli puts "Invalid value for option '--format':" in front
        throw new CommandLine.TypeConversionException("'" + value + "' is not table, jsonl or csv");
      }
    }
  }
}
