package org.parley.store.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes records one at a time; {@link #close()} finishes the file (flushing, footers) but not the stream under it. */
interface RowSink<T> extends Closeable {
  void write(T row) throws IOException;
}
