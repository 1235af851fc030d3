package org.parley.tables;

/** A row read back from a table lacks a value it cannot do without, or holds one that means nothing. */
public final class BadRowException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  public BadRowException(String reason) {
    super(reason);
  }
}
