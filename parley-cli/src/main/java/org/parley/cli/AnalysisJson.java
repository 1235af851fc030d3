package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;

/** The JSON form of an analysis, as the CLI contract in DESIGN.md fixes it. Offsets are UTF-16. */
final class AnalysisJson {
  private AnalysisJson() {}

  static ObjectNode toJson(ObjectMapper mapper, Analysis an) {
    String text = an.article().text();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", an.article().id());
    o.put("offsets", "utf16");
    o.set("article", ArticleJson.toJson(mapper, an.article()));
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : an.mentions()) {
      ObjectNode j = mentions.addObject();
      j.put("start", m.span().start());
      j.put("end", m.span().end());
      j.put("text", m.text());
      putActor(j, "", m.actor());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : an.quotes()) {
      ObjectNode j = quotes.addObject();
      j.put("start", q.span().start());
      j.put("end", q.span().end());
      j.put("text", q.text());
      j.put("type", q.kind().name().toLowerCase(Locale.ROOT));
      j.put("attribution", q.attribution().label());
      Mention sp = q.speaker();
      j.put("speaker", sp == null ? null : speakerName(sp));
      j.put("speaker_mention", sp == null ? null : sp.text());
      putSpan(j, "speaker_", sp == null ? null : sp.span());
      j.put("speaker_actor", sp == null || sp.actor() == null ? null : sp.actor().code());
      j.put("cue", q.cue());
      putSpan(j, "cue_", q.cueSpan());
      j.put("sentence", slice(text, q.sentence()));
    }
    ArrayNode events = o.putArray("events");
    for (Event e : an.events()) {
      ObjectNode j = events.addObject();
      j.put("plover_type", e.type());
      j.put("cameo_code", e.cameoCode());
      j.put("cameo_root", e.cameoRoot());
      j.put("goldstein", e.goldstein());
      j.put("source", code(e.source()));
      j.put("source_name", name(e.source()));
      j.put("target", e.target() == null ? null : code(e.target()));
      j.put("target_name", e.target() == null ? null : name(e.target()));
      j.put("date", e.date() == null ? null : formatDate(e));
      j.put("date_precision", e.precision().name().toLowerCase(Locale.ROOT));
      j.put("negated", e.negated());
      j.put("modality", e.modality());
      j.put("confidence", e.confidence());
      j.put("sentence", slice(text, e.sentence()));
      j.put("start", e.sentence().start());
      j.put("end", e.sentence().end());
      j.put("trigger", slice(text, e.trigger()));
      j.put("trigger_start", e.trigger().start());
      j.put("trigger_end", e.trigger().end());
      j.put("rule", e.rule());
    }
    ArrayNode warnings = o.putArray("warnings");
    an.warnings().forEach(warnings::add);
    return o;
  }

  /** Month-precision dates print as 2021-03, year as 2021, so nobody mistakes the 1st for a known day. */
  static String formatDate(Event e) {
    String iso = e.date().toString();
    return switch (e.precision()) {
      case MONTH -> iso.substring(0, 7);
      case YEAR -> iso.substring(0, 4);
      default -> iso;
    };
  }

  private static String speakerName(Mention m) {
    return org.parley.tables.Tables.speakerName(m);
  }

  private static @Nullable String code(Mention m) {
    return m.actor() == null ? null : m.actor().code();
  }

  private static String name(Mention m) {
    return speakerName(m);
  }

  private static void putActor(ObjectNode j, String prefix, @Nullable Actor a) {
    j.put(prefix + "actor", a == null ? null : a.code());
    j.put(prefix + "actor_name", a == null ? null : a.name());
    j.put(prefix + "kind", a == null ? null : a.kind().name().toLowerCase(Locale.ROOT));
  }

  private static void putSpan(ObjectNode j, String prefix, @Nullable Span s) {
    if (s == null) {
      j.putNull(prefix + "start");
      j.putNull(prefix + "end");
    } else {
      j.put(prefix + "start", s.start());
      j.put(prefix + "end", s.end());
    }
  }

  private static String slice(String text, Span s) {
    int end = Math.min(s.end(), text.length());
    return text.substring(Math.min(s.start(), end), end);
  }
}
