package org.parley.spark;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.parley.spark.Tables.ArticleRow;
import org.parley.spark.Tables.EventRow;
import org.parley.spark.Tables.FailureRow;
import org.parley.spark.Tables.QuoteRow;

/**
 * The Spark schemas of the tables: the columns, types and nullability of {@code parley export}'s Parquet files
 * (docs/export.md), so Spark writes {@code required} where the export does. Dates are {@code LocalDate}s: the job
 * turns on {@code spark.sql.datetime.java8API.enabled}.
 */
final class Schemas {
  private Schemas() {}

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType ARTICLES = new StructType(new StructField[] {
      req("article_id", DataTypes.StringType), opt("date", DataTypes.DateType),
      opt("published", DataTypes.StringType), opt("title", DataTypes.StringType),
      opt("standfirst", DataTypes.StringType), req("authors", STRINGS), opt("language", DataTypes.StringType),
      opt("url", DataTypes.StringType), opt("site", DataTypes.StringType), req("urls", STRINGS),
      req("sites", STRINGS), req("text", DataTypes.StringType)});

  static final StructType QUOTES = new StructType(new StructField[] {
      req("quote_id", DataTypes.StringType), req("article_id", DataTypes.StringType), opt("date", DataTypes.DateType),
      opt("speaker", DataTypes.StringType), opt("speaker_code", DataTypes.StringType),
      req("kind", DataTypes.StringType), req("attribution", DataTypes.StringType), opt("cue", DataTypes.StringType),
      req("quote", DataTypes.StringType), req("sentence", DataTypes.StringType), opt("url", DataTypes.StringType),
      opt("site", DataTypes.StringType)});

  static final StructType EVENTS = new StructType(new StructField[] {
      req("event_id", DataTypes.StringType), req("article_id", DataTypes.StringType), opt("date", DataTypes.DateType),
      req("date_precision", DataTypes.StringType), req("source_code", DataTypes.StringType),
      opt("source_name", DataTypes.StringType), opt("target_code", DataTypes.StringType),
      opt("target_name", DataTypes.StringType), req("plover_type", DataTypes.StringType),
      req("cameo_code", DataTypes.StringType), req("cameo_root", DataTypes.StringType),
      req("quad_class", DataTypes.IntegerType), req("goldstein", DataTypes.DoubleType),
      req("negated", DataTypes.BooleanType), req("sentence", DataTypes.StringType), opt("url", DataTypes.StringType),
      opt("site", DataTypes.StringType), opt("rule", DataTypes.StringType)});

  static final StructType FAILURES = new StructType(new StructField[] {
      req("input", DataTypes.StringType), req("stage", DataTypes.StringType), req("reason", DataTypes.StringType)});

  static Row row(ArticleRow a) {
    return RowFactory.create(a.articleId(), a.date(), a.published(), a.title(), a.standfirst(), array(a.authors()),
        a.language(), a.url(), a.site(), array(a.urls()), array(a.sites()), a.text());
  }

  static Row row(QuoteRow q) {
    return RowFactory.create(q.quoteId(), q.articleId(), q.date(), q.speaker(), q.speakerCode(), q.kind(),
        q.attribution(), q.cue(),
        q.quote(), q.sentence(), q.url(), q.site());
  }

  static Row row(EventRow e) {
    return RowFactory.create(e.eventId(), e.articleId(), e.date(), e.datePrecision(), e.sourceCode(),
        e.sourceName(), e.targetCode(), e.targetName(), e.ploverType(), e.cameoCode(), e.cameoRoot(), e.quadClass(),
        e.goldstein(), e.negated(), e.sentence(), e.url(), e.site(), e.rule());
  }

  static Row row(FailureRow f) {
    return RowFactory.create(f.input(), f.stage(), f.reason());
  }

  /** Reads a row of {@code articles} back, by column name (a partition column comes last when read). */
  static ArticleRow article(Row r) {
    return new ArticleRow(r.getAs("article_id"), date(r), r.getAs("published"), r.getAs("title"),
        r.getAs("standfirst"), r.getList(r.fieldIndex("authors")), r.getAs("language"), r.getAs("url"),
        r.getAs("site"), r.getList(r.fieldIndex("urls")), r.getList(r.fieldIndex("sites")), r.getAs("text"));
  }

  static QuoteRow quote(Row r) {
    return new QuoteRow(r.getAs("quote_id"), r.getAs("article_id"), date(r), r.getAs("speaker"),
        r.getAs("speaker_code"), r.getAs("kind"), r.getAs("attribution"), r.getAs("cue"), r.getAs("quote"),
        r.getAs("sentence"),
        r.getAs("url"), r.getAs("site"));
  }

  static EventRow event(Row r) {
    return new EventRow(r.getAs("event_id"), r.getAs("article_id"), date(r), r.getAs("date_precision"),
        r.getAs("source_code"), r.getAs("source_name"), r.getAs("target_code"), r.getAs("target_name"),
        r.getAs("plover_type"), r.getAs("cameo_code"), r.getAs("cameo_root"), r.<Integer>getAs("quad_class"),
        r.<Double>getAs("goldstein"), r.<Boolean>getAs("negated"), r.getAs("sentence"), r.getAs("url"),
        r.getAs("site"), r.getAs("rule"));
  }

  static FailureRow failure(Row r) {
    return new FailureRow(r.getAs("input"), r.getAs("stage"), r.getAs("reason"));
  }

  /**
   * The {@code date} column as read back: a date when Spark inferred the partition values as dates, a string
   * ({@code 2019-03-02}) when it did not, null for the default partition of undated rows.
   */
  private static @Nullable LocalDate date(Row r) {
    Object v = r.get(r.fieldIndex("date"));
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString());
  }

  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }

  private static StructField req(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField opt(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
