package org.parley.pipeline;

import java.util.Objects;
import org.parley.ingest.InputFailure;

/**
 * An input, or one page inside it, that the pipeline could not turn into evidence.
 *
 * @param input the file, WARC record ({@code file#offset}) or URL at fault
 * @param stage where it failed
 * @param reason a one-line explanation, without the input's name
 */
public record Failure(String input, Stage stage, String reason) {
  public Failure {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  /** A reader's failure, at the given stage. */
  public static Failure of(InputFailure f, Stage stage) {
    return new Failure(f.input(), stage, f.reason());
  }

  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
