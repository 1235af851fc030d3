package org.parley.store.export;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of one Parquet file as column-name → value maps, without Hadoop: parquet-hadoop's
 * {@code ParquetReader} builds Hadoop codecs, so this walks the file's row groups itself with the export's own codecs.
 *
 * <p>Values are {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate}
 * (the DATE logical type) or {@code List<String>} (a standard three-level LIST, as both the export and Spark write it,
 * or a legacy two-level repeated field). A column absent from the file, or null in a row, is absent from the map.
 * One row group is in memory at a time.
 */
final class ParquetRows implements AutoCloseable {
  /** What a reader is handed, row by row. */
  @FunctionalInterface
  interface RowHandler {
    void row(Map<String, Object> row) throws IOException;
  }

  private final ParquetFileReader reader;
  private final MessageType schema;

  private ParquetRows(ParquetFileReader reader) {
    this.reader = reader;
    this.schema = reader.getFooter().getFileMetaData().getSchema();
  }

  static ParquetRows open(Path file) throws IOException {
    ParquetReadOptions options = hadoopFreeOptions();
    try {
      return new ParquetRows(ParquetFileReader.open(new LocalInputFile(file), options));
    } catch (RuntimeException e) {
      // parquet reports a file that is not Parquet, or cut short, as a RuntimeException naming its InputFile object
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new IOException(m.contains("is not a Parquet file")
          ? "not a Parquet file, or cut short (no Parquet footer at its end)" : m, e);
    }
  }

  /**
   * Read options whose codecs are ours. parquet-java's options builder creates Hadoop's codec factory in its
   * constructor, before any other can be set, which fails without Hadoop's jars (the CLI has none); the options'
   * own constructor takes the factory, but is package-private, so it is called reflectively. Should a later parquet
   * change that constructor, the builder is used, which works wherever Hadoop is on the class path (Spark).
   */
  private static ParquetReadOptions hadoopFreeOptions() {
    try {
      Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(boolean.class,
          boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
          boolean.class, FilterCompat.Filter.class, ParquetMetadataConverter.MetadataFilter.class,
          CompressionCodecFactory.class, ByteBufferAllocator.class, int.class, Map.class,
          FileDecryptionProperties.class, ParquetMetricsCallback.class, ParquetConfiguration.class);
      c.setAccessible(true);
      // no filters (every row is read), no checksums, heap buffers, parquet's default 8 MB allocation cap
      return c.newInstance(false, false, false, false, false, false, false, false, false, FilterCompat.NOOP,
          ParquetMetadataConverter.NO_FILTER, new ParquetCodecs(), new HeapByteBufferAllocator(), 8 << 20,
          new HashMap<String, String>(), null, null, new PlainParquetConfiguration());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(new ParquetCodecs()).build();
    }
  }

  /** The names of the file's top-level columns. */
  List<String> columns() {
    List<String> names = new ArrayList<>();
    for (Type t : schema.getFields()) {
      names.add(t.getName());
    }
    return names;
  }

  long rowCount() {
    return reader.getRecordCount();
  }

  /** Hands every row to {@code handler}, in file order. */
  void forEach(RowHandler handler) throws IOException {
    MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
    PageReadStore pages;
    while ((pages = nextRowGroup()) != null) {
      RecordReader<Group> records;
      try {
        records = io.getRecordReader(pages, new GroupRecordConverter(schema));
      } catch (RuntimeException e) {
        throw corrupt(e);
      }
      for (long i = 0, n = pages.getRowCount(); i < n; i++) {
        Map<String, Object> row;
        try {
          row = toMap(records.read());
        } catch (RuntimeException e) {
          throw corrupt(e);
        }
        // outside the try: what the handler throws is its own failure, not the file's
        handler.row(row);
      }
    }
  }

  private @Nullable PageReadStore nextRowGroup() throws IOException {
    try {
      return reader.readNextRowGroup();
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
  }

  private static IOException corrupt(RuntimeException e) {
    return new IOException("corrupt Parquet data: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
  }

  private Map<String, Object> toMap(Group g) {
    Map<String, Object> row = new HashMap<>();
    GroupType type = g.getType();
    for (int i = 0; i < type.getFieldCount(); i++) {
      if (g.getFieldRepetitionCount(i) == 0) {
        continue;
      }
      Type field = type.getType(i);
      Object v = field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)
          ? primitive(g, i, 0, field.asPrimitiveType())
          : stringList(g, i, field);
      if (v != null) {
        row.put(field.getName(), v);
      }
    }
    return row;
  }

  private static @Nullable Object primitive(Group g, int field, int index, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    return switch (type.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getString(field, index);
      case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? LocalDate.ofEpochDay(g.getInteger(field, index)) : Integer.valueOf(g.getInteger(field, index));
      case INT64 -> g.getLong(field, index);
      case DOUBLE -> g.getDouble(field, index);
      case FLOAT -> (double) g.getFloat(field, index);
      case BOOLEAN -> g.getBoolean(field, index);
      default -> null;
    };
  }

  private static List<String> stringList(Group g, int field, Type type) {
    List<String> out = new ArrayList<>();
    if (type.isPrimitive()) {
      // legacy two-level list: the field itself repeats
      for (int k = 0; k < g.getFieldRepetitionCount(field); k++) {
        out.add(g.getString(field, k));
      }
      return out;
    }
    Group list = g.getGroup(field, 0);
    if (list.getType().getFieldCount() == 0) {
      return out;
    }
    for (int k = 0; k < list.getFieldRepetitionCount(0); k++) {
      Type repeated = list.getType().getType(0);
      if (repeated.isPrimitive()) {
        out.add(list.getString(0, k));
      } else {
        Group element = list.getGroup(0, k);
        if (element.getType().getFieldCount() > 0 && element.getFieldRepetitionCount(0) > 0) {
          out.add(element.getString(0, 0));
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
