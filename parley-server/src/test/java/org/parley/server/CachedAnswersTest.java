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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;

/** The server keeps aggregate answers per store view: a commit made while it serves shows up at once. */
class CachedAnswersTest {
  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode get(ParleyServer server, String path) throws Exception {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, res.statusCode(), () -> path + " → " + res.body());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return new ObjectMapper().readTree(res.body());
  }

  @Test
  void repeatedAnswersAreTheSameAndACommitWhileServingIsSeen() throws Exception {
    List<org.parley.model.Analysis> all = ServerFixtures.analyses();
    try (ParleyStore writer = ParleyStore.openForWriting(dir)) {
      writer.add(all.get(0));
      writer.commit();
      try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0)) {
        String[] paths = {"/api/actors/RUS?by=week", "/api/dyad?a=EST&b=RUS&by=month",
            "/api/positions?actor=RUS&topic=sanctions"};
        JsonNode[] first = new JsonNode[paths.length];
        for (int i = 0; i < paths.length; i++) {
          first[i] = get(server, paths[i]);
          assertEquals(first[i], get(server, paths[i]), paths[i]);
        }
        assertEquals(1, first[0].get("asSource").asInt());

        for (org.parley.model.Analysis a : all.subList(1, all.size())) {
          writer.add(a);
        }
        writer.commit();
        JsonNode profile = get(server, paths[0]);
        assertEquals(7, profile.get("asSource").asInt(), "the new commit's events are counted");
        assertTrue(get(server, paths[1]).get("periods").size() > first[1].get("periods").size());
        assertTrue(get(server, paths[2]).get("items").size() > first[2].get("items").size());
      }
    }
  }
}
