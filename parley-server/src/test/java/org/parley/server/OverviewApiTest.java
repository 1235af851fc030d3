package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview, names, suggestions and what the dyad adds for the chart, on the fixture store with its strays. */
class OverviewApiTest {
  @TempDir static Path dir;
  static ParleyServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ServerFixtures.writeStore(dir, true);
    server = ParleyServer.start(dir, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> send(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> res = send(path);
    assertEquals(200, res.statusCode(), () -> path + " → " + res.body());
    return JSON.readTree(res.body());
  }

  static List<String> values(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void overviewShowsCountsDaysBusiestActorsAndPairsAndTheNewestEvents() throws Exception {
    JsonNode o = get("/api/overview");
    assertEquals(8, o.get("counts").get("articles").asInt());
    assertEquals(15, o.get("counts").get("events").asInt());
    assertEquals("2018-05-14", o.get("first").asText());
    assertEquals("2019-03-20", o.get("last").asText());
    assertEquals(List.of("2018-05", "2019-02", "2019-03"), values(o.get("eventsByMonth"), "value"));
    assertEquals(List.of("1", "9", "5"), values(o.get("eventsByMonth"), "count"));
    JsonNode top = o.get("dyads").get(0);
    assertEquals(List.of("EST", "Estonia", "RUS", "Russia", "7", "5"), List.of(top.get("a").asText(),
        top.get("aName").asText(), top.get("b").asText(), top.get("bName").asText(), top.get("aToB").asText(),
        top.get("bToA").asText()));
    assertEquals(List.of("EST|RUS", "RUS|IGOEUREEC", "IGOWSTNAT|EST"), pairs(o.get("dyads")));
    JsonNode actor = o.get("actors").get(0);
    assertEquals("ESTGOV", actor.get("code").asText());
    assertEquals("Estonia (government)", actor.get("name").asText());
    assertEquals("evil-20190320-hostile", o.get("latest").get(0).get("articleId").asText());
    assertEquals(10, o.get("latest").size());
    // The site spelt "Nordic Wire" once and "nordic-wire" three times is one site of four articles.
    assertEquals(List.of("nordic-wire", "baltic-times", "evil-site"), values(o.get("sites"), "value"));
    assertEquals(List.of("4", "3", "1"), values(o.get("sites"), "count"));
  }

  private static List<String> pairs(JsonNode dyads) {
    List<String> out = new ArrayList<>();
    dyads.forEach(d -> out.add(d.get("a").asText() + "|" + d.get("b").asText()));
    return out;
  }

  @Test
  void siteFacetsCountEachSiteOnceAndItsFilterFindsEverySpelling() throws Exception {
    JsonNode r = get("/api/events?actor=EST");
    Map<String, String> sites = new java.util.LinkedHashMap<>();
    r.get("facets").get("site").forEach(f -> sites.put(f.get("value").asText(), f.get("count").asText()));
    assertEquals(Map.of("baltic-times", "5", "nordic-wire", "7", "evil-site", "1"), sites);
    assertEquals(7, get("/api/events?actor=EST&site=nordic-wire").get("total").asInt());
    assertEquals(7, get("/api/events?actor=EST&site=Nordic%20Wire").get("total").asInt());
    assertEquals(4, get("/api/articles?site=NORDIC-WIRE").get("total").asInt());
  }

  @Test
  void namesGoBesideCodes() throws Exception {
    JsonNode n = get("/api/names?codes=EST,rusmil,IGOWSTNAT,XYZGOV");
    assertEquals(Map.of("EST", "Estonia", "RUSMIL", "Russia (military)", "IGOWSTNAT", "NATO"),
        JSON.convertValue(n, Map.class));
    HttpResponse<String> bad = send("/api/names?codes=EST,R2");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("each of codes must be an actor code"), bad.body());
    assertEquals(400, send("/api/names").statusCode());
  }

  @Test
  void suggestionsMatchCodesThenNamesMostUsedFirst() throws Exception {
    assertEquals(List.of("RUS", "RUSGOV", "RUSMIL"), values(get("/api/suggest?q=rus"), "code"));
    JsonNode est = get("/api/suggest?q=Est").get(0);
    assertEquals("EST", est.get("code").asText());
    assertEquals("Estonia", est.get("name").asText());
    assertEquals(List.of("IGOEUREEC"), values(get("/api/suggest?q=europ"), "code"));
    assertEquals(List.of("RUSMIL"), values(get("/api/suggest?q=milit"), "code"));
    assertEquals(1, get("/api/suggest?q=r&limit=1").size());
    assertEquals(0, get("/api/suggest?q=zzz").size());
    assertEquals(400, send("/api/suggest").statusCode());
  }

  @Test
  void dyadNamesItsActorsAndTheBusyRangeLeavesTheStrayOut() throws Exception {
    JsonNode d = get("/api/dyad?a=EST&b=RUS&by=week");
    assertEquals("Estonia", d.get("aName").asText());
    assertEquals("Russia", d.get("bName").asText());
    assertEquals("2018-05-14", d.get("periods").get(0).asText());
    assertEquals("2019-02-04", d.get("busy").get("from").asText());
    assertEquals("2019-03-18", d.get("busy").get("to").asText());
    assertEquals(1, d.get("busy").get("outside").asInt());
    JsonNode first = d.get("directions").get(0).get("points").get(0);
    assertEquals(-2.0, first.get("meanGoldstein").asDouble());
  }

  @Test
  void actorProfileHasItsBusyRangeToo() throws Exception {
    JsonNode busy = get("/api/actors/RUS?by=month").get("busy");
    assertEquals("2019-02-01", busy.get("from").asText());
    assertEquals("2019-03-01", busy.get("to").asText());
    assertEquals(1, busy.get("outside").asInt());
  }

  @Test
  void openApiNamesTheAddressItIsServedAt() throws Exception {
    JsonNode doc = get("/api/openapi.json");
    assertEquals("http://127.0.0.1:" + server.port(), doc.get("servers").get(0).get("url").asText());
    // Under another name and port (a proxy's, say), that one: HTTP/1.0 by hand, as Java's client keeps Host to itself.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("GET /api/openapi.json HTTP/1.0\r\nHost: localhost:8123\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      assertEquals("http://localhost:8123", JSON.readTree(body).get("servers").get(0).get("url").asText());
    }
  }
}
