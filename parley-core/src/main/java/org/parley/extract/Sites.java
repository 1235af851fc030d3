package org.parley.extract;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Site names derived from URLs. */
final class Sites {
  private Sites() {}

  /** The URL's host without {@code www.}, or null when there is no usable URL. */
  static @Nullable String hostOf(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
