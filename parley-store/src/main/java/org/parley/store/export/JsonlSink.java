package org.parley.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.tables.Column;
import org.parley.tables.ColumnType;

/** JSON lines: one object per record, keys as the column names, absent values as {@code null}. */
final class JsonlSink<T> implements RowSink<T> {
  static final JsonFactory JSON = JsonFactory.builder().build();

  private final List<Column<T>> columns;
  private final JsonGenerator gen;

  JsonlSink(List<Column<T>> columns, OutputStream stream) throws IOException {
    this.columns = columns;
    this.gen = newGenerator(stream);
  }

  static JsonGenerator newGenerator(OutputStream stream) throws IOException {
    JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8);
    // The caller owns the stream. Each record ends with its own newline, so no separator between root values.
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    return g;
  }

  @Override
  public void write(T row) throws IOException {
    gen.writeStartObject();
    for (Column<T> c : columns) {
      gen.writeFieldName(c.name());
      writeValue(gen, c.type(), c.of(row));
    }
    gen.writeEndObject();
    gen.writeRaw('\n');
  }

  static void writeValue(JsonGenerator gen, ColumnType type, @Nullable Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
      return;
    }
    switch (type) {
      case STRING -> gen.writeString((String) value);
      case INT -> gen.writeNumber((Integer) value);
      case DOUBLE -> gen.writeNumber((Double) value);
      case BOOLEAN -> gen.writeBoolean((Boolean) value);
      case DATE -> gen.writeString(((LocalDate) value).toString());
      case STRING_LIST -> {
        gen.writeStartArray();
        for (Object o : (List<?>) value) {
          gen.writeString(String.valueOf(o));
        }
        gen.writeEndArray();
      }
    }
  }

  @Override
  public void close() throws IOException {
    gen.close();
  }
}
