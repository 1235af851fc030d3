package org.parley.store;

/**
 * A query refused because it would cost too much (too many fuzzy or prefix terms, or over its time budget). It is an
 * {@link IllegalArgumentException} because the cure is a different query: the API answers 400 and the CLI exits 2,
 * each with this message.
 */
public final class QueryRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QueryRefusedException(String message) {
    super(message);
  }
}
