package org.parley.actors;

import java.io.IOException;

/** A user actor dictionary (TABARI/CAMEO or CSV) could not be read; the message names the file and line. */
public final class DictionaryFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number of the problem
   * @param reason what is wrong
   */
  public DictionaryFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** @return the file or resource name */
  public String source() {
    return source;
  }

  /** @return the 1-based line number */
  public int line() {
    return line;
  }
}
