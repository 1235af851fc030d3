package org.parley.store;

import java.io.IOException;

/** The store cannot be opened or written: locked by another writer, corrupt, or out of disk. */
public final class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
