package org.parley.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.tables.EventRow;
import org.parley.tables.Table;
import org.parley.tables.Tables;

/**
 * Writes the store's events, quotes or articles to a stream in one format, oldest first, one record at a time: memory
 * stays bounded whatever the store's size (Parquet holds one row group). The stream is flushed, not closed.
 *
 * <pre>{@code
 * try (ParleyStore s = ParleyStore.openReadOnly(dir); StoreReader r = s.reader();
 *      OutputStream out = Files.newOutputStream(file)) {
 *   long n = Exporter.of(ExportFormat.PARQUET).events(r, query, out);
 * }
 * }</pre>
 *
 * <p>Columns per format are documented in docs/export.md; all but the events' CSV and JSON lines are those of the
 * published tables ({@link Tables}), which the Spark job writes too.
 */
public final class Exporter {
  private final ExportFormat format;
  private final ParquetCompression compression;

  private Exporter(ExportFormat format, ParquetCompression compression) {
    this.format = Objects.requireNonNull(format, "format");
    this.compression = Objects.requireNonNull(compression, "compression");
  }

  /** An exporter to {@code format}; Parquet pages are Snappy-compressed. */
  public static Exporter of(ExportFormat format) {
    return new Exporter(format, ParquetCompression.SNAPPY);
  }

  /** An exporter to {@code format} with the given Parquet page compression (ignored by CSV and JSONL). */
  public static Exporter of(ExportFormat format, ParquetCompression compression) {
    return new Exporter(format, compression);
  }

  /**
   * Writes the events matching {@code q} (its limit is ignored).
   *
   * @return how many were written
   * @throws StoreException when the store cannot be read
   * @throws IOException when the stream cannot be written
   */
  public long events(StoreReader reader, Queries.EventQuery q, OutputStream out) throws StoreException, IOException {
    RowSink<EventRow> sink = switch (format) {
      case CSV -> new CsvSink<>(EventCsv.COLUMNS, out);
      case JSONL -> new PloverJsonlSink(out);
      case PARQUET -> new ParquetSink<>(Tables.EVENTS.name(), Tables.EVENTS.columns(), out, compression);
    };
    return run(sink, s -> reader.forEachEvent(q, e -> s.accept(e.row())));
  }

  /**
   * Writes the quotes matching {@code q} (its limit is ignored).
   *
   * @return how many were written
   * @throws StoreException when the store cannot be read
   * @throws IOException when the stream cannot be written
   */
  public long quotes(StoreReader reader, Queries.QuoteQuery q, OutputStream out) throws StoreException, IOException {
    return run(sink(Tables.QUOTES, out), s -> reader.forEachQuote(q, quote -> s.accept(quote.row())));
  }

  /**
   * Writes the articles matching {@code q} (its limit is ignored).
   *
   * @return how many were written
   * @throws StoreException when the store cannot be read
   * @throws IOException when the stream cannot be written
   */
  public long articles(StoreReader reader, Queries.ArticleQuery q, OutputStream out)
      throws StoreException, IOException {
    return run(sink(Tables.ARTICLES, out), s -> reader.forEachArticle(q, a -> s.accept(a.row())));
  }

  private <T> RowSink<T> sink(Table<T> table, OutputStream out) throws IOException {
    return switch (format) {
      case CSV -> new CsvSink<>(table.columns(), out);
      case JSONL -> new JsonlSink<>(table.columns(), out);
      case PARQUET -> new ParquetSink<>(table.name(), table.columns(), out, compression);
    };
  }

  private interface Source<T> {
    void feed(java.util.function.Consumer<T> sink) throws StoreException;
  }

  private static <T> long run(RowSink<T> sink, Source<T> source) throws StoreException, IOException {
    long[] count = {0};
    try (sink) {
      source.feed(row -> {
        try {
          sink.write(row);
          count[0]++;
        } catch (IOException e) {
          // The store's callback cannot throw checked exceptions; unwrapped below.
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return count[0];
  }
}
