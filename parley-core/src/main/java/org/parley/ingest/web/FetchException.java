package org.parley.ingest.web;

import java.io.IOException;
import java.net.URI;

/** A URL that could not be fetched; the message names it and the reason. */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String url;
  private final String reason;

  public FetchException(URI url, String reason) {
    super(url + ": " + reason);
    this.url = url.toString();
    this.reason = reason;
  }

  public FetchException(URI url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url.toString();
    this.reason = reason;
  }

  /** The URL at fault. */
  public String url() {
    return url;
  }

  /** The URL at fault, as the input of a failure. */
  public String input() {
    return url;
  }

  /** Why it could not be fetched, without the URL. */
  public String reason() {
    return reason;
  }
}
