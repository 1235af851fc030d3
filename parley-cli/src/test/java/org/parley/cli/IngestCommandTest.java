package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.lint.SuppressForbidden;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreReader;
import org.parley.store.StoredArticle;

/**
 * {@code parley ingest} end to end. The runs are in this JVM, so CoreNLP loads once for all of them; only the run
 * that is killed has a JVM of its own, since a kill is what it tests.
 */
@SuppressForbidden(reason = "serves pages on loopback with the JDK's own HTTP server"
    + " (module jdk.httpserver, a supported API)")
class IngestCommandTest {
  @TempDir
  Path work;

  private static Map<String, Integer> counts(Path data) throws Exception {
    try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader r = s.reader()) {
      return r.counts();
    }
  }

  @Test
  void ingestTwiceAddsNothingTheSecondTimeAndRecordsFailures() throws Exception {
    Path pages = work.resolve("pages");
    NewsFixtures.writePages(pages, 6);
    Files.write(pages.resolve("empty.html"), new byte[0]);
    // a page of menus only: no article, so not stored, and listed like any other failure
    Files.writeString(pages.resolve("menu.html"), "<html><head><title>Front page</title></head><body><nav><ul>"
        + "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav></body></html>");
    Path data = work.resolve("data");
    CliRunner.Result first = CliRunner.inProcess("ingest", "--data", data.toString(), pages.toString());
    assertEquals(1, first.exit(), first.err());
    assertTrue(first.err().contains("empty.html: empty file"), first.err());
    assertTrue(first.err().contains("menu.html: no article body found (title: Front page)"), first.err());
    assertTrue(lastLine(first.err()).startsWith("ingest: 6 articles added, 0 copies of stored articles folded in, "
        + "2 failures; store " + data + " holds 6 articles, "), first.err());
    Map<String, Integer> after = counts(data);
    assertEquals(6, after.get("articles"));
    String failures = Files.readString(data.resolve("failures.jsonl"), StandardCharsets.UTF_8);
    assertTrue(failures.contains("empty.html") && failures.contains("\"reason\":\"empty file\""), failures);
    assertTrue(failures.contains("menu.html") && failures.contains("no article body found"), failures);

    CliRunner.Result second = CliRunner.inProcess("ingest", "--data", data.toString(), pages.toString());
    // the unit of each number is said: all eight files were done by the first run, failed ones included
    assertTrue(lastLine(second.err()).startsWith("ingest: 0 articles added, 0 copies of stored articles folded in, "
        + "0 failures, 8 inputs already ingested; store "), second.err());
    assertEquals(0, second.exit(), second.err());
    assertEquals(after, counts(data));
  }

  @Test
  void articlesStoredWithWarningsAreNamedOnStderrAndInTheFailureLog() throws Exception {
    Path pages = work.resolve("pages");
    Files.createDirectories(pages);
    // Typed in a Windows editor: Latin-1 accents, no charset declared.
    Files.write(pages.resolve("cafe.html"), NewsFixtures.page(1).replace("Kristjan Saar", "Kristjan Säär")
        .replace("Tallinn", "Tallinn’s café").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.writeString(pages.resolve("saksa.html"), """
        <!doctype html><html lang="de"><head><title>Streit um die Fähre</title></head><body><article>
        <h1>Streit um die Fähre bei Narva</h1>
        <p>Estland hat Russland vorgeworfen, den Fährbetrieb bei Narva zu behindern, sagten Beamte am Montag.</p>
        <p>Moskau wies die Vorwürfe zurück und erklärte, die Arbeiten seien eine reine Routinemaßnahme gewesen.</p>
        </article></body></html>
        """, StandardCharsets.UTF_8);
    NewsFixtures.writePages(pages, 1);
    Path data = work.resolve("data");
    CliRunner.Result r = CliRunner.inProcess("ingest", "--data", data.toString(), pages.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("3 articles added") && r.err().contains(", 2 articles added with warnings"), r.err());
    assertTrue(r.err().contains("cafe.html: stored with a warning: charset guessed: windows-1252"), r.err());
    assertTrue(r.err().contains("saksa.html: stored with a warning: not English (detected 'de')"), r.err());
    List<String> log = Files.readAllLines(data.resolve("failures.jsonl"), StandardCharsets.UTF_8);
    assertTrue(log.stream().anyMatch(l -> l.contains("cafe.html") && l.contains("charset guessed")), log.toString());
    assertTrue(log.stream().anyMatch(l -> l.contains("saksa.html") && l.contains("not English")), log.toString());
    assertTrue(log.stream().noneMatch(l -> l.contains("story-000")), log.toString());
    // Stored all the same, with the accents read right.
    try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader reader = s.reader()) {
      assertEquals(3, reader.counts().get("articles"));
      assertTrue(reader.article("cafe").text().contains("Tallinn’s café"));
    }
    // A second run adds nothing, and says nothing again about what it did not add.
    CliRunner.Result again = CliRunner.inProcess("ingest", "--data", data.toString(), pages.toString());
    assertTrue(!again.err().contains("stored with a warning"), again.err());
  }

  @Test
  void runKilledMidwayFinishesOnRestartWithNothingLostOrDoubled() throws Exception {
    Path pages = work.resolve("pages");
    NewsFixtures.writePages(pages, 40);
    Path data = work.resolve("data");
    Process p = CliRunner.start(work.resolve("o1"), work.resolve("e1"), "ingest", "--data", data.toString(),
        "--threads", "1", "--commit-every", "4", "--commit-interval", "0", pages.toString());
    Path ledger = data.resolve("ingested.tsv");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && p.isAlive()
        && (!Files.exists(ledger) || Files.readAllLines(ledger).size() < 8)) {
      Thread.sleep(100);
    }
    assertTrue(p.isAlive(), "ingest finished before it could be killed: " + Files.readString(work.resolve("e1")));
    p.destroyForcibly().waitFor();
    int committed = counts(data).get("articles");
    assertTrue(committed >= 8 && committed < 40, "killed run committed " + committed);

    CliRunner.Result resumed = CliRunner.inProcess("ingest", "--data", data.toString(), pages.toString());
    assertEquals(0, resumed.exit(), resumed.err());
    Map<String, Integer> afterResume = counts(data);
    assertEquals(40, afterResume.get("articles"));

    Path clean = work.resolve("clean");
    CliRunner.inProcess("ingest", "--data", clean.toString(), pages.toString());
    assertEquals(counts(clean), afterResume);
    try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader r = s.reader()) {
      List<StoredArticle> all = r.searchArticles(new Queries.ArticleQuery(null, null, null, null, 100));
      assertEquals(40, all.stream().map(StoredArticle::id).distinct().count());
    }
  }

  @Test
  void ingestsAFeedServedLocallyObeyingRobotsTxt() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    int port = server.getAddress().getPort();
    String base = "http://127.0.0.1:" + port;
    Map<String, String> routes = Map.of(
        "/robots.txt", "User-agent: *\nDisallow: /private/\n",
        "/feed.xml", String.format(Locale.ROOT, """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Herald</title>
            <link>%1$s/</link><description>news</description>
            <item><title>One</title><link>%1$s/news/one.html</link></item>
            <item><title>Two</title><link>%1$s/news/two.html</link></item>
            <item><title>Secret</title><link>%1$s/private/three.html</link></item>
            </channel></rss>""", base),
        "/news/one.html", NewsFixtures.page(1),
        "/news/two.html", NewsFixtures.page(2),
        "/private/three.html", NewsFixtures.page(3));
    server.createContext("/", ex -> {
      String body = routes.get(ex.getRequestURI().getPath());
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String type = ex.getRequestURI().getPath().endsWith(".xml") ? "application/rss+xml"
          : ex.getRequestURI().getPath().endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
      ex.getResponseHeaders().add("Content-Type", type);
      ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    server.start();
    try {
      Path data = work.resolve("data");
      CliRunner.Result r = CliRunner.inProcess("ingest", "--data", data.toString(), "--host-delay-ms", "10",
          base + "/feed.xml");
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("/private/three.html: disallowed by robots.txt"), r.err());
      assertEquals(2, counts(data).get("articles"));
      try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader rd = s.reader()) {
        assertEquals(List.of(base + "/news/one.html"),
            rd.searchArticles(new Queries.ArticleQuery("Tartu", null, null, null, 5)).get(0).urls());
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aRefusedConnectionIsReportedAsSuchNotAsRobotsTxt() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    // nothing listens there any more
    String url = "http://127.0.0.1:" + port + "/news/one.html";
    CliRunner.Result r = CliRunner.inProcess("ingest", "--data", work.resolve("data").toString(), url);
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(url + ": network error: connection refused"), r.err());
    assertTrue(!r.err().contains("robots.txt of"), r.err());
  }

  @Test
  void aStoreThatCannotBeOpenedIsOneLineAndExitCodeOne() throws Exception {
    Path notADirectory = work.resolve("store.txt");
    Files.writeString(notADirectory, "not a store");
    Path page = work.resolve("page.html");
    Files.writeString(page, NewsFixtures.page(1));
    CliRunner.Result r = CliRunner.inProcess("ingest", "--data", notADirectory.toString(), page.toString());
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("parley ingest: ") && lines.get(0).contains(notADirectory.toString()),
        r.err());
  }

  private static String lastLine(String text) {
    return text.strip().lines().reduce((a, b) -> b).orElse("");
  }
}
