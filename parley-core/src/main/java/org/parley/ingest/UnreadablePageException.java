package org.parley.ingest;

import java.io.IOException;

/** A page whose bytes are not a text document Parley can read (empty, binary, undecodable). */
public final class UnreadablePageException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final String reason;

  /**
   * @param origin the input at fault
   * @param reason why it cannot be read
   */
  public UnreadablePageException(String origin, String reason) {
    super(origin + ": " + reason);
    this.input = origin;
    this.reason = reason;
  }

  /** The input at fault, as its origin names it. */
  public String input() {
    return input;
  }

  /** Why it cannot be read, without the input's name. */
  public String reason() {
    return reason;
  }
}
