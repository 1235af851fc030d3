package org.parley.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parley.lint.SuppressForbidden;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.PublishedDate;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreReader;

/**
 * Store benchmark on synthetic data: bulk load rate, size on disk per event, and one-thread query latencies
 * (filtered event queries, dyad series, full-text quote search). Usage: {@code StoreBench DIR [articles]}; with
 * the default 100 000 articles it stores 1 M events and 200 k quotes. System properties: {@code storebench.loadOnly}
 * skips the queries, {@code storebench.queryOnly} queries the store left by an earlier run, and
 * {@code storebench.threads} sets the number of loading threads (default: one per core), and
 * {@code storebench.commitEvery} commits after every so many articles, as {@code parley ingest --commit-every} does
 * (default: one commit at the end), and {@code storebench.eventsPerArticle} sets how many events each article carries
 * (default 10; the article text is the same whatever the number, so 0 measures what its articles and quotes cost).
 */
@SuppressForbidden(reason = "a benchmark run from the command line: its report is what it prints;"
    + " com.sun.management's process CPU time is a supported JDK API")
public final class StoreBench {
  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "IRN", "ISR", "IND",
      "JPN", "TUR", "SAU", "EST", "LVA", "LTU", "POL", "PHL", "VNM", "SRB", "XKX", "EGY", "ETH", "BRA", "MEX", "ZAF",
      "NGA", "KOR", "PRK", "PAK", "AFG", "SYR", "IRQ", "QAT", "ARE", "CAN", "AUS", "IDN", "MYS", "THA"};
  private static final String[] SECTORS = {"", "GOV", "MIL", "GOV", "OPP"};
  private static final String[][] TYPES = {{"CONSULT", "040", "1.0"}, {"REQUEST", "100", "-5.0"},
      {"REJECT", "120", "-4.0"}, {"ACCUSE", "112", "-2.0"}, {"THREATEN", "130", "-4.4"}, {"AGREE", "030", "4.0"},
      {"SUPPORT", "051", "3.4"}, {"SANCTION", "163", "-8.0"}, {"MOBILIZE", "150", "-7.2"}, {"CONCEDE", "081", "5.0"}};
  private static final String[] VERBS = {"met", "demanded talks with", "rejected a proposal from", "accused",
      "threatened", "agreed to cooperate with", "praised", "imposed sanctions on", "deployed troops near",
      "eased restrictions on"};
  private static final String[] TOPICS = {"sanctions", "the border", "gas supplies", "the reef", "airspace",
      "grain exports", "a prisoner exchange", "the embassy", "fishing rights", "the ceasefire"};

  private StoreBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/out/store");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    if (!Boolean.getBoolean("storebench.queryOnly")) {
      load(dir, articles);
    }
    if (Boolean.getBoolean("storebench.loadOnly")) {
      return;
    }
    queries(dir);
  }

  /** Loads a fresh store at {@code dir} and prints load rate and size. */
  private static void load(Path dir, int articles) throws Exception {
    deleteRecursively(dir);
    int threads = Integer.getInteger("storebench.threads", Runtime.getRuntime().availableProcessors());
    int commitEvery = Integer.getInteger("storebench.commitEvery", Integer.MAX_VALUE);
    int eventsPerArticle = Integer.getInteger("storebench.eventsPerArticle", 10);
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    AtomicLong events = new AtomicLong();
    // CPU of the threads that add (and of the final commit) apart from the JVM's own threads (JIT, GC, merges).
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    AtomicLong addCpu = new AtomicLong();
    AtomicLong quotes = new AtomicLong();
    // Time and events when half the articles are in: the second half runs with the JIT compiler mostly done.
    long[] half = new long[2];
    java.util.Map<String, Integer> outcomes = new java.util.concurrent.ConcurrentSkipListMap<>();
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      // Loads as an ingest would: a pool of workers producing analyses and adding them to the one store.
      AtomicInteger next = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long c0 = mx.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
            // One seed per article: the data do not depend on which worker makes them.
            Analysis a = synthetic(i, new Random(42L * 1_000_003L + i), eventsPerArticle);
            events.addAndGet(a.events().size());
            quotes.addAndGet(a.quotes().size());
            outcomes.merge(store.add(a).outcome().name(), 1, Integer::sum);
            int d = done.incrementAndGet();
            if (d == articles / 2) {
              half[0] = System.nanoTime();
              half[1] = events.get();
            }
            if (d % commitEvery == 0) {
              store.commit();
            }
            if (d % 20_000 == 0) {
              double s = (System.nanoTime() - t0) / 1e9;
              System.err.printf(Locale.ROOT, "load: %d/%d articles, %.0f events/s%n", d, articles, events.get() / s);
            }
          }
          addCpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
          return null;
        }));
      }
      pool.shutdown();
      for (Future<?> f : workers) {
        f.get();
      }
      long c0 = mx.getCurrentThreadCpuTime();
      store.commit();
      addCpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
    }
    long end = System.nanoTime();
    double loadSecs = (end - t0) / 1e9;
    double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
    System.err.println("outcomes: " + outcomes + ", " + threads + " loading threads"
        + (commitEvery == Integer.MAX_VALUE ? "" : ", a commit every " + commitEvery + " articles"));
    long bytes = sizeOf(dir.resolve("index"));
    System.out.printf(Locale.ROOT, "| bulk load | %d articles, %d events, %d quotes in %.1f s | %.0f events/s, %.0f"
        + " articles/s |%n", articles, events.get(), quotes.get(), loadSecs, events.get() / loadSecs,
        articles / loadSecs);
    double secondHalf = (end - half[0]) / 1e9;
    System.out.printf(Locale.ROOT, "| second half of the load (final commit included) | %.1f s | %.0f events/s, %.0f"
        + " articles/s |%n", secondHalf, (events.get() - half[1]) / secondHalf,
        (articles - articles / 2) / secondHalf);
    // On a shared machine the wall-clock rate depends on the other load; CPU time tells the work done.
    System.out.printf(Locale.ROOT, "| load CPU time | %.1f s on all threads (%.2f cores busy on average) | %.0f events,"
        + " %.0f articles per CPU-second |%n", cpuSecs, cpuSecs / loadSecs, events.get() / cpuSecs, articles / cpuSecs);
    double addSecs = addCpu.get() / 1e9;
    System.out.printf(Locale.ROOT, "| of which adding and committing | %.1f s (%.0f events, %.0f articles per CPU-second);"
        + " JVM threads (JIT compiler, GC, merges) %.1f s |%n", addSecs, events.get() / addSecs, articles / addSecs,
        cpuSecs - addSecs);
    System.out.printf(Locale.ROOT, "| size on disk | %.1f MB | %s%.0f bytes per article (all records included) |%n",
        bytes / 1e6, events.get() == 0 ? "" : String.format(Locale.ROOT, "%.0f bytes per event, ",
            (double) bytes / events.get()), (double) bytes / articles);
    reopen(dir, articles);
  }

  /**
   * Prints what the next ingest into this store pays before its first add: the time to open it for writing (which
   * reads every stored article's fingerprints) and the heap that the open store then holds per article.
   */
  private static void reopen(Path dir, int articles) throws Exception {
    long heap0 = heapAfterGc();
    long t0 = System.nanoTime();
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      double secs = (System.nanoTime() - t0) / 1e9;
      long held = heapAfterGc() - heap0;
      System.out.printf(Locale.ROOT, "| reopen for writing | %.2f s | %.0f bytes of heap per stored article (ids and"
          + " copy fingerprints) |%n", secs, (double) held / articles);
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Prints query latencies over the store at {@code dir}. */
  private static void queries(Path dir) throws Exception {
    try (ParleyStore store = ParleyStore.openReadOnly(dir)) {
      LocalDate base = LocalDate.of(2019, 1, 1);
      latency("filtered event query (source+target+type+3 months)", 400, store, (r, k) ->
          r.searchEvents(new Queries.EventQuery(COUNTRIES[k % 10], COUNTRIES[(k + 3) % 10], TYPES[k % TYPES.length][0],
              base.plusDays(k % 600), base.plusDays(k % 600 + 90), null, 50)).size());
      latency("filtered event query (source only, newest 50)", 400, store, (r, k) ->
          r.searchEvents(new Queries.EventQuery(COUNTRIES[k % COUNTRIES.length], null, null, null, null, null, 50)).size());
      latency("dyad series by month (both directions)", 200, store, (r, k) ->
          r.dyad(COUNTRIES[k % 10], COUNTRIES[(k + 1) % 10], Queries.Granularity.MONTH, null, null).size());
      latency("full-text quote search", 400, store, (r, k) ->
          r.searchQuotes(new Queries.QuoteQuery(null, TOPICS[k % TOPICS.length].replace("the ", "") + " "
              + VERBS[k % VERBS.length].split(" ")[0], null, null, 20)).size());
      latency("event facets (actor, type, site, month) for one source", 100, store, (r, k) ->
          r.eventFacets(new Queries.EventQuery(COUNTRIES[k % 10], null, null, null, null, null, 1), 10).size());
    }
  }

  @FunctionalInterface
  interface Probe {
    int run(StoreReader r, int k) throws Exception;
  }

  /** Untimed queries before each measured series (different parameters from the timed ones). */
  private static final int WARM_UP = 300;

  private static void latency(String name, int n, ParleyStore store, Probe probe) throws Exception {
    try (StoreReader r = store.reader()) {
      // A served store answers query after query: time it once the JIT has compiled the query path, not before.
      for (int k = 0; k < WARM_UP; k++) {
        probe.run(r, k);
      }
      long[] ns = new long[n];
      long[] cpu = new long[n];
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long hits = 0;
      for (int k = 0; k < n; k++) {
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        hits += probe.run(r, k + 1000);
        ns[k] = System.nanoTime() - t;
        cpu[k] = threads.getCurrentThreadCpuTime() - c;
      }
      Arrays.sort(ns);
      Arrays.sort(cpu);
      // CPU time beside wall time: on a shared machine, waiting for a core inflates the wall figures.
      System.out.printf(Locale.ROOT, "| %s | p50 %.2f ms | p99 %.2f ms | %.1f results on average | CPU p50 %.2f ms,"
          + " p99 %.2f ms |%n", name, ns[n / 2] / 1e6, ns[(int) (n * 0.99)] / 1e6, (double) hits / n,
          cpu[n / 2] / 1e6, cpu[(int) (n * 0.99)] / 1e6);
    }
  }

  static Analysis synthetic(int i, Random rnd, int eventCount) {
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(730));
    List<String> paragraphs = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int e = 0; e < 10; e++) {
      String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      int t = rnd.nextInt(TYPES.length);
      // Appended rather than formatted (same text): making the data is timed with the load.
      String sentence = new StringBuilder("Officials in ").append(src).append(' ').append(VERBS[t]).append(' ')
          .append(tgt).append(" over ").append(TOPICS[rnd.nextInt(TOPICS.length)]).append(" near ")
          .append(pseudoWord(rnd.nextInt(20_000))).append(", ").append(pseudoWord(rnd.nextInt(20_000))).append(' ')
          .append(pseudoWord(rnd.nextInt(20_000))).append(" said.").toString();
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(sentence);
      paragraphs.add(sentence);
      Span s = new Span(start, start + sentence.length());
      String srcCode = src + SECTORS[rnd.nextInt(SECTORS.length)];
      String tgtCode = tgt + SECTORS[rnd.nextInt(SECTORS.length)];
      Mention sm = new Mention(new Span(start + 13, start + 16), src, new Actor(srcCode, src, ActorKind.STATE, src, null));
      Mention tm = new Mention(s, tgt, new Actor(tgtCode, tgt, ActorKind.STATE, tgt, null));
      LocalDate eventDay = day.minusDays(rnd.nextInt(5));
      boolean negated = rnd.nextInt(20) == 0;
      // Drawn either way, so that the article's text does not depend on how many of its sentences carry events.
      if (e < eventCount) {
        events.add(new Event(TYPES[t][0], TYPES[t][1], Double.parseDouble(TYPES[t][2]), sm, tm, eventDay,
            DatePrecision.DAY, negated, null, s, s, 0.8));
      }
    }
    for (int q = 0; q < 2; q++) {
      String topic = TOPICS[rnd.nextInt(TOPICS.length)];
      String said = new StringBuilder("“We will not give ground on ").append(topic).append(" at ")
          .append(pseudoWord(rnd.nextInt(20_000))).append(", and we ")
          .append(VERBS[rnd.nextInt(VERBS.length)].split(" ")[0]).append(" nobody,” Minister ").append(pseudoWord(rnd.nextInt(20_000))).append(" said.").toString();
      int start = text.length() + 2;
      text.append("\n\n").append(said);
      paragraphs.add(said);
      String cc = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      Mention speaker = new Mention(new Span(start, start + 5), "Minister",
          new Actor(cc + "GOV", "Minister of " + cc, ActorKind.PERSON, cc, "GOV"));
      quotes.add(new Quote(new Span(start + 1, start + said.indexOf('”')), said.substring(1, said.indexOf('”')),
          QuoteKind.DIRECT, speaker, "said", null, new Span(start, start + said.length())));
    }
    // A paragraph of random words makes each story distinct, as real ones are; templated text alone would be
    // folded together by the near-duplicate detector.
    StringBuilder lead = new StringBuilder();
    for (int w = 0; w < 60; w++) {
      lead.append(w == 0 ? "" : " ").append(pseudoWord(rnd.nextInt(20_000)));
    }
    lead.append('.');
    paragraphs.add(lead.toString());
    PublishedDate pd = new PublishedDate(day, OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.UTC), day.toString(),
        DateSource.META);
    Article a = new Article("syn-" + i, "synthetic", "https://site" + (i % 20) + ".example/" + i, "site" + (i % 20),
        "Synthetic story " + i, null, pd, List.of(), "en", paragraphs, List.of());
    return new Analysis(a, List.of(), List.of(), quotes, events, List.of());
  }

  private static final String[] SYLLABLES = "ka lo mi ne tu ra si vo pe da".split(" ");

  private static String pseudoWord(int n) {
    // Split once: making the data should cost little beside storing it, since both are in the timed load.
    String[] syl = SYLLABLES;
    StringBuilder sb = new StringBuilder();
    do {
      sb.append(syl[n % syl.length]);
      n /= syl.length;
    } while (n > 0);
    return sb.toString();
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
        .getProcessCpuTime();
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
