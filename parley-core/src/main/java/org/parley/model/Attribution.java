package org.parley.model;

import java.util.Locale;

/**
 * What a quote attributes: words someone said or wrote, or a belief, wish, plan, perception or position the article
 * ascribes to them. News readers count only the first as quotes; corpora such as PolNeAR annotate both.
 */
public enum Attribution {
  /** A speech act: said, told, wrote, announced, according to … */
  SPEECH,
  /** Not a speech act: believes, wants, expects, plans, is seen as, opposed, rejected … */
  BELIEF;

  /** The lower-case name used in JSON, the store and exports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a label written by {@link #label()}; anything else (an older store without the field) is speech.
   *
   * @param label "speech", "belief" or null
   */
  public static Attribution ofLabel(String label) {
    return "belief".equalsIgnoreCase(label) ? BELIEF : SPEECH;
  }
}
