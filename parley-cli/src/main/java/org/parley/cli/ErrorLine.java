package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.parley.store.StoreException;

/** An error as one line for people: what failed and why, without the exception's class when it is expected. */
final class ErrorLine {
  private ErrorLine() {}

  static String of(Throwable e) {
    Throwable t = unwrap(e);
    if (isBug(t)) {
      return "internal error: " + t;
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
  }

  /**
   * Whether the error is Parley's own fault rather than the world's: store, file and network errors carry messages
   * naming their input; anything else (a NullPointerException…) is a bug.
   */
  static boolean isBug(Throwable e) {
    Throwable t = unwrap(e);
    return !(t instanceof StoreException || t instanceof IOException);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
