package org.parley.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.parley.tables.Column;
import org.parley.tables.EventRow;
import org.parley.tables.Tables;

/**
 * Events as JSON lines with PLOVER's field names (manual, "JSON Data Fields"): {@code id}, {@code date},
 * {@code source} and {@code recipient} as lists of actor objects ({@code code}, {@code sector}, {@code actor_text}),
 * {@code event} as a list of categories, {@code quad_code}, {@code event_scale}, {@code text}, {@code cite_info}.
 * Parley's own fields follow (PLOVER allows extra named fields): CAMEO code and root, negation, date precision,
 * article id, and {@code offsets}, an object holding the offset columns of the published table
 * ({@link Tables#EVENT_OFFSETS}) under their names. PLOVER's {@code mode} and {@code context} are not written: the
 * store does not hold them yet.
 */
final class PloverJsonlSink implements RowSink<EventRow> {
  private final JsonGenerator gen;

  PloverJsonlSink(OutputStream stream) throws IOException {
    this.gen = JsonlSink.newGenerator(stream);
  }

  /** PLOVER's quad code of an event type, or null for a type PLOVER does not define. */
  static @Nullable Integer ploverQuad(String type) {
    return org.parley.model.EventType.find(type).filter(org.parley.model.EventType::isPlover)
        .map(t -> t.ploverQuad().getAsInt()).orElse(null);
  }

  @Override
  public void write(EventRow e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", e.eventId());
    nullable("date", e.date() == null ? null : e.date().toString());
    gen.writeArrayFieldStart("source");
    actor(e.sourceCode(), e.sourceName());
    gen.writeEndArray();
    gen.writeArrayFieldStart("recipient");
    if (e.targetCode() != null) {
      actor(e.targetCode(), e.targetName());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("event");
    gen.writeString(e.ploverType());
    gen.writeEndArray();
    Integer quad = ploverQuad(e.ploverType());
    gen.writeFieldName("quad_code");
    if (quad == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(quad);
    }
    gen.writeNumberField("event_scale", e.goldstein());
    gen.writeStringField("text", e.sentence());
    gen.writeObjectFieldStart("cite_info");
    nullable("url", e.url());
    nullable("publication", e.site());
    gen.writeEndObject();
    gen.writeStringField("cameo_code", e.cameoCode());
    gen.writeStringField("cameo_root", e.cameoRoot());
    gen.writeNumberField("cameo_quad_class", e.quadClass());
    gen.writeBooleanField("negated", e.negated());
    gen.writeStringField("date_precision", e.datePrecision());
    gen.writeStringField("article_id", e.articleId());
    // One object rather than eight top-level fields: PLOVER's "text" is the sentence, and these count in the article.
    gen.writeObjectFieldStart("offsets");
    for (Column<EventRow> c : Tables.EVENT_OFFSETS) {
      gen.writeFieldName(c.name());
      JsonlSink.writeValue(gen, c.type(), c.of(e));
    }
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeRaw('\n');
  }

  private void actor(String code, @Nullable String name) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", code.length() > 3 ? code.substring(0, 3) : code);
    String sector = Tables.sectorOf(code);
    if (sector != null) {
      gen.writeStringField("sector", sector);
    }
    if (name != null) {
      gen.writeStringField("actor_text", name);
    }
    // The full code keeps the actor resolvable against Parley's dictionary and the CSV and Parquet exports.
    gen.writeStringField("actor_code", code);
    gen.writeEndObject();
  }

  private void nullable(String field, @Nullable String value) throws IOException {
    if (value == null) {
      gen.writeNullField(field);
    } else {
      gen.writeStringField(field, value);
    }
  }

  @Override
  public void close() throws IOException {
    gen.close();
  }
}
