package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries built to be expensive are refused with 400 and a reason, not run. */
class QueryLimitsTest {
  @TempDir Path dir;

  private static java.net.http.HttpResponse<String> get(ParleyServer server, String path) throws Exception {
    return ApiTest.HTTP.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private JsonNode refused(ParleyServer server, String path) throws Exception {
    var res = get(server, path);
    assertEquals(400, res.statusCode(), () -> path + " → " + res.body());
    return ApiTest.JSON.readTree(res.body());
  }

  @Test
  void fortyFuzzyTermsAndOneLetterPrefixesAreRefused() throws Exception {
    ServerFixtures.writeStore(dir);
    try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0, 0)) {
      String flood = ApiTest.enc(String.join(" ", java.util.Collections.nCopies(40, "ab~2")));
      assertEquals("the query has 40 fuzzy or prefix terms (word~ or word*); at most 8 are allowed",
          refused(server, "/api/articles?q=" + flood).get("error").asText());
      assertEquals("the query has 40 fuzzy or prefix terms (word~ or word*); at most 8 are allowed",
          refused(server, "/api/events?q=" + flood).get("error").asText());
      assertEquals("prefix 'e*' is too short: give at least 2 letters before *",
          refused(server, "/api/quotes?q=" + ApiTest.enc("e* port")).get("error").asText());
      String eight = ApiTest.enc(String.join(" | ", java.util.Collections.nCopies(8, "estonia~1")) + " | por*");
      var ok = get(server, "/api/articles?q=" + ApiTest.enc("estonia~1 por*"));
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals(400, get(server, "/api/articles?q=" + eight).statusCode(), "nine is one too many");
    }
  }

  @Test
  void aQueryOverItsTimeBudgetIsRefusedNotAnsweredInPart() throws Exception {
    ServerFixtures.writeStore(dir);
    try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0, 0, Duration.ZERO)) {
      JsonNode e = refused(server, "/api/articles?q=estonia");
      assertTrue(e.get("error").asText().startsWith("the query took longer than its 0 s budget and was stopped"),
          e.toString());
    }
  }
}
