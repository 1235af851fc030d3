/**
 * Ingest as a library: inputs (files, WARC, URLs, feeds, Parquet tables) into the store, resumable, with progress,
 * warnings and failures told to a listener. The CLI's {@code ingest} and {@code demo} are adapters over it.
 */
@NullMarked
package org.parley.store.ingest;

import org.jspecify.annotations.NullMarked;
