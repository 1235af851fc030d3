/**
 * The published tables ({@code articles}, {@code quotes}, {@code events}), defined once: their rows, how an
 * {@link org.parley.model.Analysis} becomes them, and their columns with names and types. {@code parley export}, the
 * store's mapping, {@code ingest --parquet} and the Spark job (whose schema is derived from the columns) all use
 * them, so they cannot drift apart. docs/export.md documents the columns.
 */
@NullMarked
package org.parley.tables;

import org.jspecify.annotations.NullMarked;
