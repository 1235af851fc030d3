package org.parley.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one page as they were read, before any decoding.
 *
 * @param url where the page lives on the web, when known (a file on disk has none)
 * @param body the undecoded bytes
 * @param contentType the declared content type (HTTP or WARC header), possibly with a charset
 * @param fetchedAt when the page was fetched, when known
 * @param origin names the input for messages and provenance: a file path, or a WARC file and record offset
 */
public record RawPage(@Nullable URI url, byte[] body, @Nullable String contentType,
                      @Nullable Instant fetchedAt, String origin) {
  public RawPage {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(origin, "origin");
  }

  /** A page read from a file or stream with nothing known but its bytes and where it came from. */
  public static RawPage of(byte[] body, String origin) {
    return new RawPage(null, body, null, null, origin);
  }
}
