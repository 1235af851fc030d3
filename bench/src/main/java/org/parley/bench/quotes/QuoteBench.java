package org.parley.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.actors.ActorResolver;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.analysis.SpeakerResolution;
import org.parley.lint.SuppressForbidden;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.quotes.QuoteExtractor;
import org.parley.words.WordLists;

/**
 * Quote bench: parses every PolNeAR text with {@link NlpPipeline}, extracts quotes with {@link QuoteExtractor},
 * writes predictions in the format of the quotes set (bench/README.md), scores them with the set's score.py and
 * prints the speed of the whole analysis (parse + extract) on 1 and 2 threads.
 *
 * <p>Options: {@code --gold PATH}, {@code --out DIR}, {@code --limit N} (first N documents), {@code --sample} (every
 * fifth document), {@code --threads 1,2} (the last count analyses every document and gives the predictions),
 * {@code --speed-docs N} (time only the first N documents on the other thread counts), {@code --cache} (reuse parses stored under the out dir; no speed figures),
 * {@code --no-score}.
 */
@SuppressForbidden(reason = "a benchmark run from the command line: its report is what it prints")
public final class QuoteBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteBench() {}

  record Doc(String id, String text, String goldLine, LocalDate date) {}

  /** Runs the bench; see the class comment for options. */
  public static void main(String[] args) throws Exception {
    Path gold = Path.of("../shared/bench/quotes/polnear.jsonl");
    Path out = Path.of("bench/out/quotes");
    int limit = Integer.MAX_VALUE;
    boolean sample = false;
    boolean cache = false;
    boolean score = true;
    int[] threadCounts = {1, 2};
    int speedDocs = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--sample" -> sample = true;
        case "--cache" -> cache = true;
        case "--no-score" -> score = false;
        case "--speed-docs" -> speedDocs = Integer.parseInt(args[++i]);
        case "--threads" -> threadCounts = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
            .toArray();
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (!Files.isRegularFile(gold)) {
      System.err.println("gold file not found: " + gold + " (run from the repo root)");
      System.exit(2);
    }
    Files.createDirectories(out);
    List<Doc> all = readDocs(gold);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < all.size() && docs.size() < limit; i++) {
      if (!sample || i % 5 == 0) {
        docs.add(all.get(i));
      }
    }
    Path goldUsed = gold;
    if (docs.size() < all.size()) {
      goldUsed = out.resolve("gold-subset.jsonl");
      try (BufferedWriter w = Files.newBufferedWriter(goldUsed, StandardCharsets.UTF_8)) {
        for (Doc d : docs) {
          w.write(d.goldLine());
          w.write('\n');
        }
      }
    }
    System.err.printf(Locale.ROOT, "quotes bench: %d of %d documents from %s (load average %s)%n", docs.size(),
        all.size(), gold, loadAverage());
    List<List<Quote>> results = null;
    List<String> speed = new ArrayList<>();
    if (cache) {
      ParseCache pc = new ParseCache(out.resolve("parses"));
      results = run(docs, Math.max(1, threadCounts[threadCounts.length - 1]), pc, null);
    } else {
      for (int k = 0; k < threadCounts.length; k++) {
        int n = threadCounts[k];
        // The last run covers every document and gives the predictions; earlier ones may time a prefix only.
        boolean last = k == threadCounts.length - 1;
        List<Doc> timed = last ? docs : docs.subList(0, Math.min(docs.size(), speedDocs));
        Timing timing = new Timing();
        long t0 = System.nanoTime();
        List<List<Quote>> r = run(timed, n, null, timing);
        double secs = (System.nanoTime() - timing.start) / 1e9;
        double cpu = timing.cpuNanos.get() / 1e9;
        speed.add(String.format(Locale.ROOT, "  %d thread(s): %d articles, %d tokens in %.1f s: %.2f articles/s, %.0f"
            + " tokens/s; worker CPU time %.1f s: %.2f articles and %.0f tokens per CPU-second (pipeline start-up %.1f s"
            + " excluded)", n, timed.size(), timing.tokens.get(), secs, timed.size() / secs, timing.tokens.get() / secs,
            cpu, timed.size() / cpu, timing.tokens.get() / cpu, (timing.start - t0) / 1e9));
        System.err.println(speed.get(speed.size() - 1));
        if (last) {
          results = r;
        }
      }
    }
    Path pred = out.resolve(goldUsed == gold ? "polnear.jsonl" : "polnear-subset.jsonl");
    writePredictions(pred, docs, results);
    System.out.println("predictions: " + pred);
    if (score) {
      Process p = new ProcessBuilder("python3", gold.resolveSibling("score.py").toString(), "--gold", goldUsed.toString(),
          pred.toString()).inheritIO().start();
      int rc = p.waitFor();
      if (rc != 0) {
        System.err.println("score.py exited with " + rc);
      }
    }
    System.out.println("for scale (README of the data set): regex baseline span F1 0.290, span+speaker 0.103;"
        + " CoreNLP quote annotator span F1 0.281");
    if (!speed.isEmpty()) {
      System.out.println("speed of the whole analysis (CoreNLP parse + quote extraction), one NlpPipeline per thread, "
          + Runtime.getRuntime().availableProcessors() + " CPUs, load average now " + loadAverage() + ":");
      speed.forEach(System.out::println);
    }
  }

  /** The 1-minute load average, to judge timings on a shared machine ("?" where /proc is absent). */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static List<Doc> readDocs(Path gold) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        // Only id and text are read: the gold quotes in the same record are for score.py alone.
        JsonNode n = JSON.readTree(line);
        docs.add(new Doc(n.get("id").asText(), n.get("text").asText(), line, dateOf(n)));
      }
    }
    return docs;
  }

  /** Wall-clock start (set once every worker has its pipeline), tokens analysed and the workers' CPU time. */
  private static final class Timing {
    volatile long start;
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong cpuNanos = new AtomicLong();
  }

  /** Analyses the documents on n worker threads, each with its own pipeline; timing may be null. */
  private static List<List<Quote>> run(List<Doc> docs, int n, ParseCache pc, Timing timing)
      throws InterruptedException {
    List<List<Quote>> results = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      results.add(List.of());
    }
    QuoteExtractor extractor = new QuoteExtractor();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    CyclicBarrier ready = new CyclicBarrier(n, () -> {
      if (timing != null) {
        timing.start = System.nanoTime();
      }
    });
    List<Thread> workers = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int w = 0; w < n; w++) {
      Thread t = new Thread(() -> {
        try {
          work(docs, pc, timing, extractor, next, done, ready, results);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
          next.set(docs.size()); // stop the other workers too
          ready.reset(); // and release any still waiting for this one
        }
      }, "parley-quotes-bench-" + w);
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      t.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a bench worker failed", failure.get());
    }
    return results;
  }

  private static void work(List<Doc> docs, ParseCache pc, Timing timing, QuoteExtractor extractor,
      AtomicInteger next, AtomicInteger done, CyclicBarrier ready, List<List<Quote>> results) {
    NlpPipeline nlp = pc == null ? NlpPipeline.forThisThread() : null;
    try {
      ready.await();
    } catch (InterruptedException | BrokenBarrierException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the other workers", e);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
      Doc d = docs.get(i);
      ParsedDocument parsed = pc == null ? nlp.parse(d.text()) : cachedParse(pc, d.text());
      List<Quote> q = SpeakerResolution.resolve(extractor.extract(parsed), mentions(parsed, d), parsed.text());
      if (timing != null) {
        timing.tokens.addAndGet(parsed.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
      }
      synchronized (results) {
        results.set(i, q);
      }
      int k = done.incrementAndGet();
      if (k % 50 == 0) {
        System.err.printf(Locale.ROOT, "  %d/%d%n", k, docs.size());
      }
    }
    if (timing != null) {
      timing.cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
    }
  }

  private static final ActorResolver ACTORS = ActorResolver.builtIn();

  /** The date of the gold record if it is a valid YYYY-MM-DD, else null. */
  private static LocalDate dateOf(JsonNode n) {
    JsonNode d = n.get("date");
    if (d == null || !d.isTextual()) {
      return null;
    }
    try {
      return LocalDate.parse(d.asText());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Actor mentions as ArticleAnalyzer finds them, so that speakers get the actors users see. */
  private static List<Mention> mentions(ParsedDocument doc, Doc d) {
    return ArticleAnalyzer.actorMentions(ACTORS, doc, d.text(), d.date());
  }

  private static final WordLists WORDS = WordLists.of(QuoteBench.class, "quote-bench-words.txt");

  /** Pronouns that a speaker resolved to a person is scored by the person's name instead. */
  private static final java.util.Set<String> PRONOUNS = WORDS.set("pronouns");

  /**
   * The speaker string of a prediction: a pronoun resolved to a person is given as the person's name (the span stays
   * on the pronoun), so that the named-speaker score sees what resolution found.
   */
  static String speakerString(Mention sp) {
    if (sp.actor() != null && sp.actor().kind() == ActorKind.PERSON
        && PRONOUNS.contains(sp.text().toLowerCase(Locale.ROOT))) {
      return sp.actor().name();
    }
    return sp.text();
  }

  private static ParsedDocument cachedParse(ParseCache pc, String text) {
    return pc.read(text).orElseGet(() -> {
      ParsedDocument parsed = NlpPipeline.forThisThread().parse(text);
      try {
        pc.write(parsed);
      } catch (IOException e) {
        System.err.println("cannot cache parse: " + e);
      }
      return parsed;
    });
  }

  /**
   * The stretches of a direct quote's span that lie inside double quotation marks. The span starts inside the quote
   * (its outer marks are left out), so the first mark met closes; straight and typewriter marks alternate.
   */
  static List<Span> quotedParts(String text, Span span) {
    List<Span> parts = new ArrayList<>();
    boolean inside = true;
    int from = span.start();
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      boolean pair = (c == '\'' || c == '`') && i + 1 < span.end() && text.charAt(i + 1) == c;
      boolean closing = c == '”' || c == '»' || (inside && (c == '"' || pair && c == '\''));
      boolean opening = c == '“' || c == '«' || (!inside && (c == '"' || pair));
      if (inside && closing) {
        addPart(text, parts, from, i);
        inside = false;
      } else if (!inside && opening) {
        inside = true;
        from = i + (pair ? 2 : 1);
      }
      if (pair) {
        i++;
      }
    }
    if (inside) {
      addPart(text, parts, from, span.end());
    }
    return parts;
  }

  private static void addPart(String text, List<Span> parts, int from, int to) {
    if (text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit)) {
      parts.add(new Span(from, to));
    }
  }

  private static void writePredictions(Path pred, List<Doc> docs, List<List<Quote>> results) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs.size(); i++) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", docs.get(i).id());
        line.put("offsets", "utf16");
        ArrayNode qs = line.putArray("quotes");
        for (Quote q : results.get(i)) {
          ObjectNode o = qs.addObject();
          o.put("start", q.span().start());
          o.put("end", q.span().end());
          List<Span> parts = q.kind() == QuoteKind.DIRECT ? quotedParts(docs.get(i).text(), q.span()) : List.of();
          if (parts.size() > 1) {
            // A split quote ("“A,” she said, “B.”") is one quote whose span takes in its attribution; its content is
            // the quoted parts, which the prediction format can state as a discontinuous quote.
            ArrayNode spans = o.putArray("spans");
            for (Span sp : parts) {
              spans.addObject().put("start", sp.start()).put("end", sp.end());
            }
          }
          o.put("text", q.text());
          o.put("type", q.kind().name().toLowerCase(Locale.ROOT));
          if (q.speaker() != null) {
            o.put("speaker", speakerString(q.speaker()));
            o.put("speaker_start", q.speaker().span().start());
            o.put("speaker_end", q.speaker().span().end());
          } else {
            o.putNull("speaker");
            o.putNull("speaker_start");
            o.putNull("speaker_end");
          }
          o.put("cue", q.cue());
          if (q.cueSpan() != null) {
            o.put("cue_start", q.cueSpan().start());
            o.put("cue_end", q.cueSpan().end());
          } else {
            o.putNull("cue_start");
            o.putNull("cue_end");
          }
        }
        w.write(JSON.writeValueAsString(line));
        w.write('\n');
      }
    }
  }
}
