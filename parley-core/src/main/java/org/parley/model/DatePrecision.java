package org.parley.model;

/** How precisely an event's date is known. */
public enum DatePrecision {
  DAY, WEEK, MONTH, YEAR,
  /** No date in the text: the article's publication date stands in. */
  ARTICLE
}
