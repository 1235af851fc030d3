package org.parley.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.parley.lint.SuppressForbidden;

/**
 * Runs Parley's main-content extractor and its peers over {@code ../shared/bench/extraction}, writes their
 * predictions as JSONL, scores them with the data set's own {@code score.py} and prints one table.
 *
 * <p>Options: {@code --data DIR}, {@code --out DIR}, {@code --threads N} (Parley's extra multi-threaded run,
 * default 2), {@code --passes N} (timed passes after the warm-up; the fastest counts, default 3),
 * {@code --systems parley,readability4j,boilerpipe}, {@code --split} (also score two halves of the sites, drawn
 * once with a fixed seed: tune on A, watch B).
 */
@SuppressForbidden(reason = "a benchmark run from the command line: its report is what it prints")
public final class ExtractionBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SPLIT_SEED = 20261128L;

  private ExtractionBench() {}

  /** Entry point; exit 0 when every step ran, 2 on bad usage, 1 when data or scorer are missing. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/bench/extraction");
    Path out = Path.of("bench/out/extraction");
    int threads = 2;
    int passes = 3;
    boolean split = false;
    List<String> systems = List.of("parley", "readability4j", "boilerpipe");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--split" -> split = true;
        case "--passes" -> passes = Math.max(1, Integer.parseInt(args[++i]));
        case "--systems" -> systems = List.of(args[++i].split(","));
        default -> {
          System.err.println("usage: ExtractionBench [--data DIR] [--out DIR] [--threads N] [--passes N] [--split]"
              + " [--systems a,b,c]");
          System.exit(2);
        }
      }
    }
    Path gold = data.resolve("gold.jsonl");
    if (!Files.isRegularFile(gold)) {
      System.err.println("no benchmark data at " + data.toAbsolutePath());
      System.exit(1);
    }
    Files.createDirectories(out);
    List<BenchPage> pages = readPages(data, gold);
    System.err.printf(Locale.ROOT, "%d pages from %s%n", pages.size(), data);

    Map<String, Double> pps = new LinkedHashMap<>();
    Map<String, JsonNode> scores = new LinkedHashMap<>();
    Map<String, JsonNode[]> halves = new LinkedHashMap<>();
    Path[] splitGold = split ? writeSplitGold(pages, gold, out) : null;
    List<Extractor> chosen = new ArrayList<>();
    for (String name : systems) {
      chosen.add(Extractor.all().stream().filter(e -> e.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown system " + name)));
    }
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Extractor ex : chosen) {
      System.err.printf(Locale.ROOT, "running %s ...%n", ex.name());
      runPass(ex, pages, null); // warm-up: JIT and caches, same for every system
      seconds.put(ex.name(), runPass(ex, pages, out.resolve(ex.name() + ".jsonl")));
    }
    // the machine is shared: systems take turns, and each one's fastest pass is its least disturbed one
    for (int r = 1; r < passes; r++) {
      for (Extractor ex : chosen) {
        seconds.merge(ex.name(), runPass(ex, pages, null), Math::min);
      }
    }
    for (Extractor ex : chosen) {
      String name = ex.name();
      Path file = out.resolve(name + ".jsonl");
      pps.put(name, pages.size() / seconds.get(name));
      scores.put(name, score(data, data, file, out));
      if (splitGold != null) {
        halves.put(name, new JsonNode[] {score(data, splitGold[0], file, out), score(data, splitGold[1], file, out)});
      }
    }
    Double threaded = systems.contains("parley") ? threadedRate(Extractor.parley(), pages, threads, passes) : null;

    System.out.printf(Locale.ROOT, "%-14s %6s %6s %6s %10s %14s%n", "system", "F1", "P", "R", "pages/s",
        "parley speed");
    Double parleyRate = pps.get("parley");
    for (String name : systems) {
      JsonNode s = scores.get(name);
      String ratio = name.equals("parley") || parleyRate == null ? "-"
          : String.format(Locale.ROOT, "%.2fx", parleyRate / pps.get(name));
      System.out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %10.1f %14s%n", name, s.get("f1").asDouble(),
          s.get("precision").asDouble(), s.get("recall").asDouble(), pps.get(name), ratio);
    }
    if (threaded != null) {
      System.out.printf(Locale.ROOT, "parley --threads %d: %.1f pages/s%n", threads, threaded);
    }
    if (split) {
      System.out.printf(Locale.ROOT, "%n%-14s %14s %14s%n", "split", "F1 A (tune)", "F1 B (watch)");
      for (String name : systems) {
        JsonNode[] h = halves.get(name);
        System.out.printf(Locale.ROOT, "%-14s %14.3f %14.3f%n", name, h[0].get("f1").asDouble(),
            h[1].get("f1").asDouble());
      }
    }
  }

  private static List<BenchPage> readPages(Path data, Path gold) throws IOException {
    List<BenchPage> pages = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode rec = JSON.readTree(line);
      String id = rec.get("id").asText();
      String url = rec.path("url").asText("");
      Path html = data.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(html)) {
        continue;
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(new BenchPage(id, url, new String(in.readAllBytes(), StandardCharsets.UTF_8), siteOf(url)));
      }
    }
    return pages;
  }

  static String siteOf(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return url;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** Times every page's extraction; writes predictions when {@code file} is given. Returns total seconds. */
  private static double runPass(Extractor ex, List<BenchPage> pages, Path file) throws IOException {
    long total = 0;
    BufferedWriter w = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      for (BenchPage p : pages) {
        long t0 = System.nanoTime();
        String text;
        try {
          text = ex.extract(p);
        } catch (Exception | StackOverflowError e) {
          text = "";
          System.err.printf(Locale.ROOT, "%s failed on %s: %s%n", ex.name(), p.id(), e);
        }
        long dt = System.nanoTime() - t0;
        total += dt;
        if (w != null) {
          ObjectNode rec = JSON.createObjectNode();
          rec.put("id", p.id());
          rec.put("articleBody", text);
          rec.put("ms", dt / 1e6);
          w.write(JSON.writeValueAsString(rec));
          w.write('\n');
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    return total / 1e9;
  }

  private static double threadedRate(Extractor ex, List<BenchPage> pages, int threads, int passes)
      throws Exception {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parley-bench-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      runThreaded(ex, pages, pool); // warm the pool's threads too
      long bestNanos = Long.MAX_VALUE;
      for (int r = 0; r < passes; r++) {
        long t0 = System.nanoTime();
        runThreaded(ex, pages, pool);
        bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
      }
      return pages.size() / (bestNanos / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runThreaded(Extractor ex, List<BenchPage> pages, ExecutorService pool) throws Exception {
    List<Future<String>> fs = new ArrayList<>();
    for (BenchPage p : pages) {
      fs.add(pool.submit(() -> ex.extract(p)));
    }
    for (Future<String> f : fs) {
      f.get();
    }
  }

  /** Splits the sites in two halves at random (fixed seed) and writes one gold file per half. */
  private static Path[] writeSplitGold(List<BenchPage> pages, Path gold, Path out) throws IOException {
    TreeSet<String> sites = new TreeSet<>();
    pages.forEach(p -> sites.add(p.site()));
    List<String> order = new ArrayList<>(sites);
    Collections.shuffle(order, new Random(SPLIT_SEED));
    java.util.Set<String> a = new java.util.HashSet<>(order.subList(0, order.size() / 2));
    Path ga = out.resolve("split-A.gold.jsonl");
    Path gb = out.resolve("split-B.gold.jsonl");
    try (BufferedWriter wa = Files.newBufferedWriter(ga, StandardCharsets.UTF_8);
        BufferedWriter wb = Files.newBufferedWriter(gb, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String site = siteOf(JSON.readTree(line).path("url").asText(""));
        BufferedWriter w = a.contains(site) ? wa : wb;
        w.write(line);
        w.write('\n');
      }
    }
    return new Path[] {ga, gb};
  }

  private static JsonNode score(Path data, Path gold, Path predictions, Path out) throws IOException {
    Path json = Files.createTempFile(out, "score", ".json");
    try {
      ProcessBuilder pb = new ProcessBuilder("python3", data.resolve("score.py").toString(), "--gold",
          gold.toString(), "--bootstrap", "0", "--json", json.toString(), predictions.toString());
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IOException("score.py failed (" + rc + "): " + log);
      }
      JsonNode all = JSON.readTree(json.toFile());
      return all.elements().next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while scoring", e));
    } finally {
      Files.deleteIfExists(json);
    }
  }
}
