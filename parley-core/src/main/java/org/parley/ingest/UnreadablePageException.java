package org.parley.ingest;

import java.io.IOException;

/** A page whose bytes are not a text document Parley can read (empty, binary, undecodable). */
public final class UnreadablePageException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param origin the input at fault
   * @param reason why it cannot be read
   */
  public UnreadablePageException(String origin, String reason) {
    super(origin + ": " + reason);
  }
}
