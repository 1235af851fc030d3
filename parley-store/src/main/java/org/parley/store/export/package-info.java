/** Exports of the store's events, quotes and articles as CSV, JSON lines or Parquet, streamed record by record. */
@NullMarked
package org.parley.store.export;

import org.jspecify.annotations.NullMarked;
