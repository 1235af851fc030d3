package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTest {
  @TempDir static Path dir;
  static ParleyServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ServerFixtures.writeStore(dir);
    server = ParleyServer.start(dir, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> res = send("GET", path);
    assertEquals(200, res.statusCode(), () -> path + " → " + res.body());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(res.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthCountsEveryStoredRecord() throws Exception {
    JsonNode h = get("/api/health");
    assertEquals("ok", h.get("status").asText());
    assertEquals(7, h.get("counts").get("articles").asInt());
    assertEquals(6, h.get("counts").get("quotes").asInt());
    assertEquals(14, h.get("counts").get("events").asInt());
  }

  @Test
  void eventSearchFiltersByDirectionAndTypeWithFacets() throws Exception {
    JsonNode r = get("/api/events?source=RUS&target=EST&type=reject");
    assertEquals(1, r.get("total").asInt());
    JsonNode e = r.get("items").get(0);
    assertEquals("REJECT", e.get("type").asText());
    assertEquals("RUSGOV", e.get("source").asText());
    assertEquals("2019-02-04", e.get("day").asText());
    JsonNode all = get("/api/events?actor=RUS");
    assertEquals(13, all.get("total").asInt());
    Set<String> types = new HashSet<>();
    all.get("facets").get("type").forEach(f -> types.add(f.get("value").asText()));
    assertTrue(types.containsAll(List.of("REJECT", "THREATEN", "AGREE", "CONSULT", "MOBILIZE")), types::toString);
    assertTrue(all.get("facets").get("month").size() >= 2);
  }

  @Test
  void cursorPagingWalksEveryResultOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode r = get("/api/events?limit=4" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
      r.get("items").forEach(i -> ids.add(i.get("id").asText()));
      cursor = r.get("next").isNull() ? null : r.get("next").asText();
      pages++;
    } while (cursor != null);
    assertEquals(4, pages);
    assertEquals(14, ids.size());
    assertEquals(14, new HashSet<>(ids).size());
  }

  @Test
  void quoteSearchMarksTheMatchedWords() throws Exception {
    JsonNode r = get("/api/quotes?q=sanctions&speaker=RUS");
    assertEquals(3, r.get("total").asInt());
    for (JsonNode q : r.get("items")) {
      assertTrue(q.get("highlight").asText().contains("[[sanctions]]"), q.toString());
      assertEquals("RUSGOV", q.get("speakerCode").asText());
    }
  }

  @Test
  void hostileTextIsReturnedAsIsForTheClientToEscape() throws Exception {
    JsonNode r = get("/api/quotes?q=happened");
    assertEquals(1, r.get("total").asInt(), r.toString());
    assertTrue(r.get("items").get(0).get("text").asText().startsWith("<script>window.__pwned=1</script>"));
  }

  @Test
  void articleSearchFindsByTextAndFacetsBySite() throws Exception {
    JsonNode r = get("/api/articles?q=radar");
    assertEquals(1, r.get("total").asInt());
    assertEquals("nw-20190312-radar", r.get("items").get(0).get("id").asText());
    JsonNode bySite = get("/api/articles?site=baltic-times");
    assertEquals(3, bySite.get("total").asInt());
    assertEquals("baltic-times", get("/api/articles").get("facets").get("site").get(0).get("value").asText());
  }

  @Test
  void actorProfileHasNamesTimelineCounterpartsAndQuotes() throws Exception {
    JsonNode a = get("/api/actors/RUS?by=week");
    assertTrue(a.get("names").toString().contains("Russia"), a.get("names").toString());
    assertTrue(a.get("codes").toString().contains("RUSMIL"));
    assertEquals(7, a.get("asSource").asInt());
    assertEquals(3, a.get("quotes").asInt());
    assertTrue(a.get("timeline").size() >= 5);
    assertEquals("2019-02-04", a.get("timeline").get(0).get("period").asText());
    Set<String> counterparts = new HashSet<>();
    a.get("counterparts").forEach(c -> counterparts.add(c.get("value").asText()));
    assertTrue(counterparts.contains("ESTGOV") && counterparts.contains("IGOEUREEC"), counterparts::toString);
    assertFalse(counterparts.contains("RUSGOV"));
    assertEquals(3, a.get("latestQuotes").size());
    assertEquals(404, send("GET", "/api/actors/ZZZ").statusCode());
  }

  @Test
  void dyadSplitsEachDirectionIntoConflictAndCooperation() throws Exception {
    JsonNode d = get("/api/dyad?a=EST&b=RUS&by=week");
    assertEquals("EST", d.get("directions").get(0).get("source").asText());
    JsonNode estToRus = d.get("directions").get(0).get("points");
    JsonNode first = estToRus.get(0);
    assertEquals("2019-02-04", first.get("period").asText());
    assertEquals(1, first.get("conflict").asInt());
    assertEquals(0, first.get("cooperation").asInt());
    JsonNode rusToEst = d.get("directions").get(1).get("points");
    int conflict = 0;
    int cooperation = 0;
    for (JsonNode p : rusToEst) {
      conflict += p.get("conflict").asInt();
      cooperation += p.get("cooperation").asInt();
    }
    assertEquals(3, conflict);
    assertEquals(2, cooperation);
    JsonNode monthly = get("/api/dyad?a=EST&b=RUS&by=month");
    assertEquals(List.of("2019-02-01", "2019-03-01"),
        List.of(monthly.get("periods").get(0).asText(), monthly.get("periods").get(1).asText()));
  }

  @Test
  void positionsListQuotesAndEventsOldestFirstWithStances() throws Exception {
    JsonNode p = get("/api/positions?actor=RUS&topic=sanctions");
    List<String> stances = new ArrayList<>();
    String last = "";
    for (JsonNode i : p.get("items")) {
      String day = i.get("day").asText();
      assertTrue(day.compareTo(last) >= 0, "date order");
      last = day;
      if (!i.get("stance").isNull()) {
        stances.add(i.get("stance").asText());
      }
    }
    assertEquals("REJECT", stances.get(0));
    assertEquals("AGREE", stances.get(stances.size() - 1));
    assertTrue(stances.contains("REQUEST"));
    boolean quoteWithStance = false;
    for (JsonNode i : p.get("items")) {
      quoteWithStance |= i.get("kind").asText().equals("quote") && "REQUEST".equals(i.get("stance").asText());
    }
    assertTrue(quoteWithStance, "a quote whose sentence was coded REQUEST carries that stance");
  }

  @Test
  void articleViewPlacesQuotesSpeakersAndEventsOnTheText() throws Exception {
    JsonNode v = get("/api/articles/" + enc("bt-20190219-fertiliser"));
    String text = v.get("article").get("text").asText();
    Set<String> kinds = new HashSet<>();
    for (JsonNode s : v.get("spans")) {
      String part = text.substring(s.get("start").asInt(), s.get("end").asInt());
      kinds.add(s.get("kind").asText());
      switch (s.get("kind").asText()) {
        case "quote" -> assertEquals("we request that the European Union review the sanctions on fertiliser.", part);
        case "speaker" -> assertEquals("Volkov", part);
        default -> assertFalse(part.isBlank());
      }
    }
    assertEquals(Set.of("quote", "speaker", "event", "actor"), kinds);
    assertEquals("https://baltic-times.example/2019/02/19/fertiliser", v.get("article").get("urls").get(0).asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/events?from=2019-13-01", "/api/events?limit=1000", "/api/events?limit=abc",
      "/api/events?cursor=bogus", "/api/events?source=R%3Cscript%3E", "/api/events?from=2019-03-01&to=2019-02-01",
      "/api/dyad?a=EST", "/api/positions?actor=RUS", "/api/dyad?a=EST&b=RUS&by=year"})
  void badParametersGet400WithAMessageAndNoStackTrace(String path) throws Exception {
    HttpResponse<String> res = send("GET", path);
    assertEquals(400, res.statusCode(), res.body());
    JsonNode body = JSON.readTree(res.body());
    assertEquals(400, body.get("status").asInt());
    assertFalse(body.get("error").asText().isBlank());
    assertFalse(res.body().contains("Exception") || res.body().contains("at org."), res.body());
  }

  @Test
  void overlongQueryIsRefused() throws Exception {
    assertEquals(400, send("GET", "/api/quotes?q=" + "a".repeat(300)).statusCode());
  }

  @Test
  void resultWindowEndsAtOneThousand() throws Exception {
    HttpResponse<String> res = send("GET", "/api/events?cursor=" + Params.encode(1000));
    assertEquals(400, res.statusCode());
    assertTrue(res.body().contains("narrow"));
  }

  @Test
  void unknownThingsGet404AsJson() throws Exception {
    HttpResponse<String> article = send("GET", "/api/articles/no-such-article");
    assertEquals(404, article.statusCode());
    assertTrue(JSON.readTree(article.body()).get("error").asText().contains("no-such-article"));
    HttpResponse<String> route = send("GET", "/api/nothing-here");
    assertEquals(404, route.statusCode());
    assertNotNull(JSON.readTree(route.body()).get("error"));
  }

  @Test
  void writesAreRefused() throws Exception {
    for (String m : List.of("POST", "PUT", "DELETE")) {
      HttpResponse<String> res = send(m, "/api/events");
      assertEquals(405, res.statusCode(), m);
      assertTrue(res.body().contains("read-only"), res.body());
    }
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode doc = get("/api/openapi.json");
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    Set<String> paths = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(Set.of("/api/health", "/api/overview", "/api/articles", "/api/articles/{id}", "/api/quotes",
        "/api/events", "/api/actors", "/api/actors/{code}", "/api/names", "/api/suggest", "/api/dyad",
        "/api/positions"), paths);
  }

  @Test
  void pagesCarryAContentSecurityPolicy() throws Exception {
    HttpResponse<String> res = send("GET", "/article.html");
    assertEquals(200, res.statusCode());
    String csp = res.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertNull(res.headers().firstValue("Content-Security-Policy").filter(v -> v.contains("unsafe")).orElse(null));
  }
}
