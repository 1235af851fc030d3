package org.parley.spark;

import static org.parley.tables.Column.required;
import static org.parley.tables.ColumnType.STRING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.tables.ArticleRow;
import org.parley.tables.BadRowException;
import org.parley.tables.Column;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;
import org.parley.tables.Table;
import org.parley.tables.Tables;

/**
 * The Spark side of the published tables: each schema is derived from the table's columns ({@link Tables}), so Spark
 * writes the names, types and {@code required}/{@code optional} of {@code parley export}'s Parquet files, and rows go
 * in and come back through the same columns. Dates are {@code LocalDate}s: the job turns on
 * {@code spark.sql.datetime.java8API.enabled}.
 */
final class Schemas {
  private Schemas() {}

  static final StructType ARTICLES = structOf(Tables.ARTICLES);
  static final StructType QUOTES = structOf(Tables.QUOTES);
  static final StructType EVENTS = structOf(Tables.EVENTS);

  /** The job's own {@code failures} table. */
  static final Table<FailureRow> FAILURE_TABLE = new Table<>("failures", List.of(
      required("input", STRING, FailureRow::input),
      required("stage", STRING, FailureRow::stage),
      required("reason", STRING, FailureRow::reason)),
      r -> new FailureRow(String.valueOf(r.get("input")), String.valueOf(r.get("stage")),
          String.valueOf(r.get("reason"))));
  static final StructType FAILURES = structOf(FAILURE_TABLE);

  /** The Spark schema of a table: one field per column, nullable where the column is optional. */
  static StructType structOf(Table<?> table) {
    StructField[] fields = new StructField[table.columns().size()];
    for (int i = 0; i < fields.length; i++) {
      Column<?> c = table.columns().get(i);
      DataType type = switch (c.type()) {
        case STRING -> DataTypes.StringType;
        case INT -> DataTypes.IntegerType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
        case DATE -> DataTypes.DateType;
        case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
      };
      fields[i] = DataTypes.createStructField(c.name(), type, c.nullable());
    }
    return new StructType(fields);
  }

  /** A row of the table as Spark takes it: lists become arrays. */
  static <T> Row row(Table<T> table, T row) {
    Object[] values = new Object[table.columns().size()];
    for (int i = 0; i < values.length; i++) {
      Object v = table.columns().get(i).of(row);
      values[i] = v instanceof List<?> l ? l.toArray(String[]::new) : v;
    }
    return RowFactory.create(values);
  }

  static Row row(ArticleRow a) {
    return row(Tables.ARTICLES, a);
  }

  static Row row(QuoteRow q) {
    return row(Tables.QUOTES, q);
  }

  static Row row(EventRow e) {
    return row(Tables.EVENTS, e);
  }

  static Row row(FailureRow f) {
    return row(FAILURE_TABLE, f);
  }

  /**
   * Reads a row back by column name (a partition column comes last when read, and its {@code date} may come as a
   * string when Spark did not infer it as a date), through the table's own reader.
   *
   * @throws IllegalStateException when the row lacks a value the table requires
   */
  static <T> T read(Table<T> table, Row r) {
    Map<String, Object> values = new HashMap<>();
    StructField[] fields = r.schema().fields();
    for (int i = 0; i < fields.length; i++) {
      if (r.isNullAt(i)) {
        continue;
      }
      values.put(fields[i].name(), fields[i].dataType() instanceof ArrayType ? r.getList(i) : r.get(i));
    }
    try {
      return table.read(values);
    } catch (BadRowException e) {
      throw new IllegalStateException(table.name() + " row " + r + ": " + e.getMessage(), e);
    }
  }

  static ArticleRow article(Row r) {
    return read(Tables.ARTICLES, r);
  }

  static QuoteRow quote(Row r) {
    return read(Tables.QUOTES, r);
  }

  static EventRow event(Row r) {
    return read(Tables.EVENTS, r);
  }

  static FailureRow failure(Row r) {
    return read(FAILURE_TABLE, r);
  }
}
