package org.parley.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.jspecify.annotations.Nullable;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

/** Reads exports back with independent parsers (Jackson CSV, Jackson JSON, parquet-avro) into store records. */
final class ExportRows {
  private ExportRows() {}

  /** One exported row, whatever the format; absent and empty values are null. */
  interface Row {
    @Nullable String s(String name);

    List<String> list(String name);
  }

  static List<String> csvHeader(byte[] csv) throws IOException {
    String first = new String(csv, StandardCharsets.UTF_8).split("\r\n", 2)[0];
    return Arrays.asList(first.split(","));
  }

  static List<Row> csv(byte[] csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (it.hasNext()) {
        Map<String, String> m = it.next();
        rows.add(new Row() {
          public @Nullable String s(String name) {
            if (!m.containsKey(name)) {
              throw new AssertionError("no column " + name + " in " + m.keySet());
            }
            String v = m.get(name);
            return v == null || v.isEmpty() ? null : v;
          }

          public List<String> list(String name) {
            String v = s(name);
            return v == null ? List.of() : Arrays.asList(v.split(" \\| "));
          }
        });
      }
    }
    return rows;
  }

  static List<JsonNode> jsonLines(byte[] jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    String text = new String(jsonl, StandardCharsets.UTF_8);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new AssertionError("JSON lines must end with a newline");
    }
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        out.add(mapper.readTree(line));
      }
    }
    return out;
  }

  static Row json(JsonNode n) {
    return new Row() {
      public @Nullable String s(String name) {
        if (!n.has(name)) {
          throw new AssertionError("no field " + name + " in " + n);
        }
        return n.get(name).isNull() ? null : n.get(name).asText();
      }

      public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        n.get(name).forEach(x -> out.add(x.asText()));
        return out;
      }
    };
  }

  static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static List<GenericRecord> parquet(Path file) throws IOException {
    List<GenericRecord> out = new ArrayList<>();
    try (ParquetReader<GenericRecord> r = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file),
        new PlainParquetConfiguration()).withDataModel(GenericData.get()).build()) {
      for (GenericRecord g = r.read(); g != null; g = r.read()) {
        out.add(g);
      }
    }
    return out;
  }

  static Row parquet(GenericRecord g) {
    return new Row() {
      public @Nullable String s(String name) {
        if (g.getSchema().getField(name) == null) {
          throw new AssertionError("no column " + name + " in " + g.getSchema());
        }
        Object v = g.get(name);
        return v == null ? null : v.toString();
      }

      public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        ((List<?>) g.get(name)).forEach(x -> out.add(x.toString()));
        return out;
      }
    };
  }

  static @Nullable LocalDate day(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  static StoredQuote quote(Row r, @Nullable LocalDate day) {
    return new StoredQuote(r.s("quote_id"), r.s("article_id"), r.s("quote"), r.s("kind"), r.s("attribution"),
        r.s("speaker"),
        r.s("speaker_code"), r.s("cue"), r.s("sentence"), day, r.s("url"), r.s("site"), null, span(r, "quote"),
        span(r, "sentence"), span(r, "speaker"), span(r, "cue"));
  }

  /** The span of a {@code <name>_start}, {@code <name>_end} column pair, null when both are empty. */
  static org.parley.model.@Nullable Span span(Row r, String name) {
    String start = r.s(name + "_start");
    String end = r.s(name + "_end");
    return start == null && end == null ? null : new org.parley.model.Span(Integer.parseInt(start),
        Integer.parseInt(end));
  }

  static StoredArticle article(Row r, @Nullable LocalDate day) {
    return new StoredArticle(r.s("article_id"), r.list("urls"), r.list("sites"), r.s("title"), r.s("standfirst"),
        r.s("published"), day, r.list("authors"), r.s("language"), r.s("text"), null);
  }

  static StoredEvent eventFromCsv(Row r) {
    return new StoredEvent(r.s("EventId"), r.s("ArticleId"), r.s("PloverType"), r.s("EventCode"),
        Integer.parseInt(r.s("QuadClass")), Double.parseDouble(r.s("GoldsteinScale")), r.s("Actor1Code"),
        r.s("Actor1Name"), r.s("Actor2Code"), r.s("Actor2Name"), day(r.s("Date")), r.s("DatePrecision"),
        Boolean.parseBoolean(r.s("Negated")), r.s("Evidence"), r.s("SOURCEURL"), r.s("Site"), null, null,
        span(r, "sentence"), span(r, "trigger"), span(r, "source"), span(r, "target"));
  }

  static StoredEvent eventFromParquet(GenericRecord g) {
    Row r = parquet(g);
    Object date = g.get("date");
    return new StoredEvent(r.s("event_id"), r.s("article_id"), r.s("plover_type"), r.s("cameo_code"),
        (Integer) g.get("quad_class"), (Double) g.get("goldstein"), r.s("source_code"), r.s("source_name"),
        r.s("target_code"), r.s("target_name"), date == null ? null : LocalDate.ofEpochDay((Integer) date),
        r.s("date_precision"), (Boolean) g.get("negated"), r.s("sentence"), r.s("url"), r.s("site"), null, r.s("rule"),
        span(r, "sentence"), span(r, "trigger"), span(r, "source"), span(r, "target"));
  }

  static StoredEvent eventFromPlover(JsonNode n) {
    JsonNode src = n.get("source").get(0);
    JsonNode tgt = n.get("recipient").size() == 0 ? null : n.get("recipient").get(0);
    JsonNode cite = n.get("cite_info");
    return new StoredEvent(n.get("id").asText(), n.get("article_id").asText(), n.get("event").get(0).asText(),
        n.get("cameo_code").asText(), n.get("cameo_quad_class").asInt(), n.get("event_scale").asDouble(),
        src.get("actor_code").asText(), src.has("actor_text") ? src.get("actor_text").asText() : null,
        tgt == null ? null : tgt.get("actor_code").asText(),
        tgt == null || !tgt.has("actor_text") ? null : tgt.get("actor_text").asText(),
        n.get("date").isNull() ? null : LocalDate.parse(n.get("date").asText()), n.get("date_precision").asText(),
        n.get("negated").asBoolean(), n.get("text").asText(),
        cite.get("url").isNull() ? null : cite.get("url").asText(),
        cite.get("publication").isNull() ? null : cite.get("publication").asText(), null, null,
        span(json(n.get("offsets")), "sentence"), span(json(n.get("offsets")), "trigger"),
        span(json(n.get("offsets")), "source"), span(json(n.get("offsets")), "target"));
  }
}
