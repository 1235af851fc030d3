package org.parley.model;

/** How a quote renders speech. */
public enum QuoteKind {
  /** Words inside quotation marks. */
  DIRECT,
  /** Reported speech: "X said that …", "according to X, …". */
  INDIRECT,
  /** Reported speech containing a quoted fragment. */
  MIXED
}
