package org.parley.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.parley.tables.Column;
import org.parley.tables.Tables;

/**
 * Parquet through parquet-avro: one Avro record per row, typed columns (dates as the DATE logical type, lists as
 * standard three-level LISTs). Runs without Hadoop: a plain configuration, a stream output file, and our own codecs.
 * Memory is bounded by one row group, which the writer buffers before it flushes.
 */
final class ParquetSink<T> implements RowSink<T> {
  /** Smaller than parquet's 128 MB default: a row group is held in memory until it is written. */
  static final long ROW_GROUP_BYTES = 32L << 20;

  private final List<Column<T>> columns;
  private final Schema schema;
  private final ParquetWriter<GenericRecord> writer;

  ParquetSink(String table, List<Column<T>> columns, OutputStream out, ParquetCompression compression)
      throws IOException {
    this.columns = columns;
    this.schema = avroSchema(table, columns);
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    conf.set("parquet.avro.write-old-list-structure", "false");
    this.writer = AvroParquetWriter.<GenericRecord>builder(new StreamOutputFile(out))
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCodecFactory(new ParquetCodecs())
        .withCompressionCodec(ParquetCodecs.codecOf(compression))
        .withRowGroupSize(ROW_GROUP_BYTES)
        .withExtraMetaData(Map.of("parley.table", table, "parley.schema.version", String.valueOf(Tables.SCHEMA_VERSION)))
        .build();
  }

  /** The Avro schema of a table: record {@code org.parley.export.<Table>}, one field per column. */
  static <T> Schema avroSchema(String table, List<Column<T>> columns) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Column<T> c : columns) {
      Schema type = switch (c.type()) {
        case STRING -> Schema.create(Schema.Type.STRING);
        case INT -> Schema.create(Schema.Type.INT);
        case DOUBLE -> Schema.create(Schema.Type.DOUBLE);
        case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
        case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        case STRING_LIST -> Schema.createArray(Schema.create(Schema.Type.STRING));
      };
      fields.add(c.nullable()
          ? new Schema.Field(c.name(), Schema.createUnion(Schema.create(Schema.Type.NULL), type), null,
              JsonProperties.NULL_VALUE)
          : new Schema.Field(c.name(), type));
    }
    String name = Character.toUpperCase(table.charAt(0)) + table.substring(1);
    return Schema.createRecord(name, "Parley " + table + " export", "org.parley.export", false, fields);
  }

  @Override
  public void write(T row) throws IOException {
    GenericData.Record r = new GenericData.Record(schema);
    for (int i = 0; i < columns.size(); i++) {
      Column<T> c = columns.get(i);
      Object v = c.of(row);
      r.put(i, v instanceof LocalDate d ? Math.toIntExact(d.toEpochDay()) : v);
    }
    writer.write(r);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
