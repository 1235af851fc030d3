package org.parley.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

/**
 * Measures the API's latency for each page's queries on a synthetic store (not a unit test: run by hand).
 *
 * <p>{@code java -cp … org.parley.server.ApiLatency DIR [ARTICLES]} builds DIR when it holds no store — ARTICLES
 * articles (default 100 000) with ten events and two quotes each, over 20 countries and three years — then times
 * 200 requests per query over HTTP on one thread and prints p50 and p99: every page with the response cache off, then
 * the aggregate pages (profiles, dyad, positions) repeated with it on, as the server runs by default.
 */
final class ApiLatency {
  private static final String[] COUNTRIES = {"RUS", "USA", "CHN", "EST", "LVA", "LTU", "POL", "DEU", "FRA", "GBR",
      "UKR", "BLR", "FIN", "SWE", "NOR", "TUR", "IRN", "ISR", "IND", "JPN"};
  private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  private static final String[] WORDS = ("sanctions border airspace gas pipeline talks treaty troops drills grain "
      + "exports embassy diplomats ceasefire election summit minister navy missile tariffs refugees energy visa "
      + "trade customs fishing rights port bridge railway loan aid vaccine cyber attack satellite oil nuclear").split(" ");

  private ApiLatency() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    if (!Files.exists(dir.resolve("index"))) {
      long t0 = System.nanoTime();
      try (ParleyStore store = ParleyStore.openForWriting(dir)) {
        Random rnd = new Random(42);
        for (int i = 0; i < articles; i++) {
          store.add(synthetic(i, rnd));
        }
        store.commit();
      }
      System.out.printf(Locale.ROOT, "built %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
    }
    String[][] pages = {
        {"search events by text", "/api/events?q=sanctions"},
        {"search events by actor+type", "/api/events?actor=RUS&type=REJECT"},
        {"search events page 5", "/api/events?actor=RUS&cursor=" + Params.encode(80)},
        {"search quotes by text", "/api/quotes?q=pipeline"},
        {"search articles by text", "/api/articles?q=airspace"},
        {"actor profile", "/api/actors/RUS?by=week"},
        {"actor profile by month", "/api/actors/EST?by=month"},
        {"dyad by week", "/api/dyad?a=RUS&b=USA&by=week"},
        {"dyad events of a point", "/api/events?source=RUS&target=USA&from=2020-03-02&to=2020-03-08&limit=100"},
        {"positions", "/api/positions?actor=RUS&topic=sanctions"},
        {"article view", "/api/articles/syn-12345"},
        {"health", "/api/health"},
        {"overview", "/api/overview"},
        {"actor suggestions (store's codes collected once per view)", "/api/suggest?q=ru"},
        {"names of ten codes", "/api/names?codes=RUS,USAGOV,CHN,EST,LVAMIL,LTU,POL,DEU,FRA,GBR"}};
    // Every request computed afresh: what a page costs the first time it is asked for from a store view.
    System.out.println("without the response cache:");
    try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0, 0)) {
      time(server, pages);
    }
    // Repeated aggregate requests as the server runs by default, answered from its response cache.
    System.out.println("with the response cache (repeated requests):");
    try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0)) {
      time(server, Arrays.stream(pages).filter(p -> p[1].startsWith("/api/actors/") || p[1].startsWith("/api/dyad")
          || p[1].startsWith("/api/positions") || p[1].startsWith("/api/overview")).toArray(String[][]::new));
    }
  }

  private static void time(ParleyServer server, String[][] pages) throws Exception {
    String base = "http://127.0.0.1:" + server.port();
    HttpClient http = HttpClient.newHttpClient();
    for (String[] p : pages) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + p[1])).build();
      for (int i = 0; i < 20; i++) {
        check(http.send(req, HttpResponse.BodyHandlers.ofString()), p[1]);
      }
      long[] ns = new long[200];
      for (int i = 0; i < ns.length; i++) {
        long t = System.nanoTime();
        check(http.send(req, HttpResponse.BodyHandlers.ofString()), p[1]);
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(Locale.ROOT, "%-30s p50 %6.1f ms   p99 %6.1f ms%n", p[0], ns[100] / 1e6, ns[197] / 1e6);
    }
  }

  private static void check(HttpResponse<String> res, String path) {
    if (res.statusCode() != 200) {
      throw new IllegalStateException(path + " → " + res.statusCode() + " " + res.body());
    }
  }

  private static Analysis synthetic(int i, Random rnd) {
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(1095));
    List<String> paras = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 12; s++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 14; w++) {
        sb.append(w == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
      }
      sb.append(" ").append(i).append('.');
      if (text.length() > 0) {
        text.append("\n\n");
      }
      sentences.add(new Span(text.length(), text.length() + sb.length()));
      text.append(sb);
      paras.add(sb.toString());
    }
    PublishedDate pd = new PublishedDate(day, OffsetDateTime.parse(day + "T09:00:00Z"), day.toString(),
        DateSource.META);
    Article a = new Article("syn-" + i, "synthetic", "https://site" + (i % 7) + ".example/" + i, "site" + (i % 7),
        "Story " + i + " " + WORDS[rnd.nextInt(WORDS.length)], null, pd, List.of(), "en", paras, List.of());
    List<Event> events = new ArrayList<>();
    for (int e = 0; e < 10; e++) {
      Span sentence = sentences.get(e);
      String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      String type = TYPES[rnd.nextInt(TYPES.length)];
      Mention sm = new Mention(sentence, src, new Actor(src + "GOV", src, ActorKind.STATE, src, "GOV"));
      Mention tm = new Mention(sentence, tgt, new Actor(tgt + "GOV", tgt, ActorKind.STATE, tgt, "GOV"));
      events.add(new Event(type, "0" + (1 + rnd.nextInt(9)) + "0", rnd.nextInt(20) - 10.0, sm, tm, day,
          DatePrecision.ARTICLE, false, null, sentence, sentence, 0.8));
    }
    List<Quote> quotes = new ArrayList<>();
    for (int q = 10; q < 12; q++) {
      Span sentence = sentences.get(q);
      String who = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      Mention sp = new Mention(sentence, "Minister " + who, new Actor(who + "GOV", "Minister " + who,
          ActorKind.PERSON, who, "GOV"));
      quotes.add(new Quote(sentence, text.substring(sentence.start(), sentence.end()), QuoteKind.INDIRECT, sp,
          "said", null, sentence));
    }
    return new Analysis(a, sentences, List.of(), quotes, events, List.of());
  }
}
