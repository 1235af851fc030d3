package org.parley.pipeline;

import java.util.Locale;

/** The step of the pipeline at which an input failed or was set aside. */
public enum Stage {
  /** Reading a file, a directory or a WARC record. */
  READ,
  /** Reading a WARC record that holds a response but no page (an image, a redirect): set aside, not a failure. */
  SKIP,
  /** Fetching a URL or a feed. */
  FETCH,
  /** Decoding the page and finding its article. */
  EXTRACT,
  /** Finding actors, quotes and events. */
  ANALYZE,
  /** Loading tables or writing the store. */
  STORE;

  /** The stage as written in failure rows and logs: {@code read}, {@code extract}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
