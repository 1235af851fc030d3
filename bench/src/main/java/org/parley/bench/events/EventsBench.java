package org.parley.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.actors.ActorResolver;
import org.parley.actors.TokenInfo;
import org.parley.events.EventCoder;
import org.parley.lint.SuppressForbidden;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Runs the event coder over a benchmark file of {@code ../shared/bench/events} (one record per sentence) and writes
 * predictions in that folder's format. Usage: {@code EventsBench GOLD.jsonl OUT.jsonl [plover]}; with {@code plover},
 * events with the same type and target are merged into one event with a compound source (PLOVER's convention; CAMEO
 * sets keep one dyadic event per actor pair). Prints timing: parse, actor finding and coding separately.
 *
 * <p>Negated events and events under a condition are not written: they did not happen.
 */
@SuppressForbidden(reason = "a benchmark run from the command line: its report is what it prints")
public final class EventsBench {
  private EventsBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EventsBench GOLD.jsonl OUT.jsonl [plover]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean plover = args.length > 2 && args[2].equals("plover");
    ObjectMapper json = new ObjectMapper();
    // Developer aid: EVENTS_PARSE_CACHE=FILE reuses parses between runs (timing then excludes parsing).
    String cacheFile = System.getenv("EVENTS_PARSE_CACHE");
    if (cacheFile != null && cacheFile.isBlank()) {
      cacheFile = null;
    }
    Map<String, ParsedDocument> cache = null;
    Map<String, ParsedDocument> fresh = new LinkedHashMap<>();
    int cachedParses = 0;
    if (cacheFile != null && Files.exists(Path.of(cacheFile))) {
      cache = new LinkedHashMap<>();
      for (JsonNode n : json.readTree(Path.of(cacheFile).toFile())) {
        ParsedDocument d = json.copy()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .treeToValue(n, ParsedDocument.class);
        cache.put(d.text(), d);
      }
    }
    NlpPipeline nlp = null;
    // EVENTS_ACTORS=adapter switches to the bench-only mention finder (for comparison).
    boolean adapter = "adapter".equals(System.getenv("EVENTS_ACTORS"));
    BenchMentionFinder finder = new BenchMentionFinder();
    ActorResolver resolver = ActorResolver.builtIn();
    EventCoder coder = EventCoder.standard();
    long parseNs = 0;
    long actorNs = 0;
    long codeNs = 0;
    int sentences = 0;
    int events = 0;
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = json.readTree(line);
        String text = rec.path("text").asText("");
        LocalDate date = rec.hasNonNull("date") ? LocalDate.parse(rec.get("date").asText().substring(0, 10))
            : LocalDate.of(2000, 1, 1);
        long t0 = System.nanoTime();
        ParsedDocument doc = cache == null ? null : cache.get(text);
        if (doc == null) {
          if (nlp == null) {
            nlp = NlpPipeline.forThisThread();
            nlp.parse("Warm-up sentence for the parser."); // load models outside the timed loop
            t0 = System.nanoTime();
          }
          doc = nlp.parse(text);
          fresh.put(text, doc);
        } else {
          cachedParses++;
        }
        long t1 = System.nanoTime();
        List<Mention> mentions = adapter ? finder.find(doc) : resolve(resolver, doc, date);
        long t2 = System.nanoTime();
        List<Event> coded = coder.code(doc, mentions, date);
        long t3 = System.nanoTime();
        parseNs += t1 - t0;
        actorNs += t2 - t1;
        codeNs += t3 - t2;
        sentences++;
        ObjectNode o = json.createObjectNode();
        o.put("id", rec.path("id").asText());
        o.put("text", text);
        ArrayNode arr = o.putArray("events");
        List<ObjectNode> written = plover ? merged(json, coded) : dyadic(json, coded);
        written.forEach(arr::add);
        events += written.size();
        if (System.getenv("EVENTS_DEBUG") != null) {
          System.err.println(rec.path("id").asText() + " | " + text);
          System.err.println("   mentions: " + mentions.stream().map(m -> m.text() + "=" + m.actor().code()).toList());
          for (Event e : coded) {
            System.err.println("   " + code(e.source()) + " " + e.cameoCode() + " " + e.type() + " "
                + (e.target() == null ? "-" : code(e.target())) + " neg=" + e.negated() + " mod="
                + e.modality() + " trig=" + text.substring(e.trigger().start(), e.trigger().end()) + " date="
                + e.date() + "/" + e.precision());
          }
          System.err.println("   gold: " + rec.path("gold_events"));
          if (System.getenv("EVENTS_DEBUG").equals("2")) {
            for (var sent : doc.sentences()) {
              for (var d : sent.dependencies()) {
                System.err.print(" " + d.relation() + "(" + (d.governor() < 0 ? "ROOT"
                    : sent.tokens().get(d.governor()).word()) + "," + sent.tokens().get(d.dependent()).word() + "/"
                    + sent.tokens().get(d.dependent()).pos() + ")");
              }
              System.err.println();
            }
          }
        }
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
    if (cacheFile != null) {
      Map<String, ParsedDocument> all = new LinkedHashMap<>();
      if (cache != null) {
        all.putAll(cache);
      }
      all.putAll(fresh);
      Path cachePath = Path.of(cacheFile).toAbsolutePath();
      Files.createDirectories(cachePath.getParent());
      json.writeValue(cachePath.toFile(), all.values());
      System.out.printf(Locale.ROOT, "parse cache: %d of %d sentences reused (parse timing not comparable)%n",
          cachedParses, sentences);
    }
    double total = (parseNs + actorNs + codeNs) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d sentences, %d events written -> %s%n", gold.getFileName(), sentences, events,
        out);
    System.out.printf(Locale.ROOT,
        "timing: parse %.2fs, actors %.3fs, coding %.3fs (coding = %.1f%% of parse+actors); %.1f sentences/s%n",
        parseNs / 1e9, actorNs / 1e9, codeNs / 1e9, 100.0 * codeNs / Math.max(1, parseNs + actorNs),
        sentences / Math.max(1e-9, total));
  }

  /** The project's actor resolver over the parsed sentences. */
  static List<Mention> resolve(ActorResolver resolver, ParsedDocument doc, LocalDate date) {
    List<Span> spans = new ArrayList<>();
    List<List<TokenInfo>> tokens = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      spans.add(s.span());
      List<TokenInfo> ts = new ArrayList<>();
      for (Token t : s.tokens()) {
        ts.add(new TokenInfo(t.start(), t.end(), t.word(), t.pos(), t.ner()));
      }
      tokens.add(ts);
    }
    return resolver.resolve(doc.text(), spans, tokens, date);
  }

  /** The benchmark writes an actor of unknown country as "---" (its convention); Parley's resolver says "UNK". */
  private static String code(Mention m) {
    String c = m.actor().code();
    return c.startsWith(ActorResolver.UNKNOWN) ? "---" + c.substring(ActorResolver.UNKNOWN.length()) : c;
  }

  private static boolean counts(Event e) {
    return !e.negated() && !"if".equals(e.modality());
  }

  private static List<ObjectNode> dyadic(ObjectMapper json, List<Event> coded) {
    List<ObjectNode> out = new ArrayList<>();
    for (Event e : coded) {
      if (!counts(e)) {
        continue;
      }
      ObjectNode ev = base(json, e);
      ev.put("source", code(e.source()));
      if (e.target() == null) {
        ev.putNull("target");
      } else {
        ev.put("target", code(e.target()));
      }
      out.add(ev);
    }
    return out;
  }

  /**
   * PLOVER's convention: one event per predicate, with compound source and target sets. Events of one trigger and type
   * are merged; a joint act coded both ways (A->B and B->A) becomes one event with source {A, B} and no target.
   */
  private static List<ObjectNode> merged(ObjectMapper json, List<Event> coded) {
    Map<String, List<Event>> byTrigger = new LinkedHashMap<>();
    for (Event e : coded) {
      if (counts(e) && EventCoder.isPloverType(e.type())) { // statements and appeals are outside PLOVER
        byTrigger.computeIfAbsent(e.type() + "|" + e.trigger().start(), k -> new ArrayList<>()).add(e);
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (List<Event> g : byTrigger.values()) {
      Set<String> srcs = new LinkedHashSet<>();
      Set<String> tgts = new LinkedHashSet<>();
      for (Event e : g) {
        srcs.add(code(e.source()));
        if (e.target() != null) {
          tgts.add(code(e.target()));
        }
      }
      boolean mutual = g.size() >= 2 && srcs.containsAll(tgts);
      ObjectNode ev = base(json, g.get(0));
      ArrayNode s = ev.putArray("source");
      srcs.forEach(s::add);
      if (mutual || tgts.isEmpty()) {
        ev.putNull("target");
      } else {
        ArrayNode t = ev.putArray("target");
        tgts.forEach(t::add);
      }
      out.add(ev);
    }
    return out;
  }

  private static ObjectNode base(ObjectMapper json, Event e) {
    ObjectNode ev = json.createObjectNode();
    ev.put("cameo_code", e.cameoCode());
    ev.put("cameo_root", e.cameoRoot());
    if (EventCoder.isPloverType(e.type())) {
      ev.put("plover_type", e.type());
    }
    return ev;
  }
}
