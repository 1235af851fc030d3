package org.parley.ingest;

import java.util.Objects;

/**
 * An input, or one record inside it, that could not be read.
 *
 * @param input the file, WARC record ({@code file#offset}) or URL at fault
 * @param reason a one-line human explanation
 */
public record InputFailure(String input, String reason) {
  public InputFailure {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
