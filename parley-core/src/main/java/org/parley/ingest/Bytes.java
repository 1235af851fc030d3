package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Bounded reading: memory stays in proportion to the page cap, whatever the input's size. */
final class Bytes {
  private Bytes() {}

  /**
   * Reads the stream to its end, or returns null as soon as it proves longer than {@code cap} bytes (the
   * rest is left unread).
   */
  static byte @Nullable [] readCapped(InputStream in, long cap) throws IOException {
    byte[] buf = new byte[(int) Math.min(cap + 1, 1 << 16)];
    int len = 0;
    while (true) {
      if (len == buf.length) {
        if (len > cap) {
          return null;
        }
        buf = Arrays.copyOf(buf, (int) Math.min(cap + 1, (long) buf.length * 2));
      }
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
      }
      len += n;
      if (len > cap) {
        return null;
      }
    }
  }

  static String tooLarge(long cap) {
    return "page larger than the " + human(cap) + " limit; refused (raise the page cap to read it)";
  }

  static String human(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return bytes + " bytes";
  }
}
