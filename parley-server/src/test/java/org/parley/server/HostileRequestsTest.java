package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests no browser sends but an attacker or a broken client does, written to the socket byte for byte: every
 * answer is the JSON error the API documents, with nosniff, whoever (the server or Jetty) refuses it.
 */
class HostileRequestsTest {
  @TempDir static Path dir;
  static ParleyServer server;

  @BeforeAll
  static void start() throws Exception {
    ServerFixtures.writeStore(dir);
    server = ParleyServer.start(dir, "127.0.0.1", 0, 0, ParleyServer.QUERY_BUDGET, List.of("parley.lan"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  record Answer(int status, String headers, String body) {
    JsonNode json() throws Exception {
      return ApiTest.JSON.readTree(body);
    }
  }

  static Answer raw(String requestLine, String... headers) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      StringBuilder req = new StringBuilder(requestLine).append("\r\n");
      boolean hasHost = false;
      for (String h : headers) {
        req.append(h).append("\r\n");
        hasHost |= h.toLowerCase(Locale.ROOT).startsWith("host:");
      }
      if (!hasHost) {
        req.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
      }
      req.append("Connection: close\r\n\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      in.transferTo(got);
      String all = got.toString(StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String body = split < 0 ? "" : all.substring(split + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
    }
  }

  private static String unchunk(String body) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      int n = Integer.parseInt(body.substring(i, eol).strip(), 16);
      if (n == 0) {
        break;
      }
      sb.append(body, eol + 2, eol + 2 + n);
      i = eol + 2 + n + 2;
    }
    return sb.toString();
  }

  private static void assertJsonError(Answer a, int status) throws Exception {
    assertEquals(status, a.status(), a.headers() + "\n" + a.body());
    String h = a.headers().toLowerCase(Locale.ROOT);
    assertTrue(h.contains("content-type: application/json"), a.headers());
    assertTrue(h.contains("x-content-type-options: nosniff"), a.headers());
    assertEquals(status, a.json().get("status").asInt(), a.body());
    assertTrue(a.json().get("error").asText().length() > 5, a.body());
  }

  @Test
  void jettysOwnRefusalsAreJsonWithNosniff() throws Exception {
    assertJsonError(raw("GET /api/articles?q=" + "a".repeat(20_000) + " HTTP/1.1"), 414);
    assertJsonError(raw("GET /api/articles HTTP/1.1", "X-Filler: " + "b".repeat(40_000)), 431);
    assertJsonError(raw("GET /api/articles/%00 HTTP/1.1"), 400);
    assertJsonError(raw("GET /api/../../etc/passwd HTTP/1.1"), 400);
    // encoded, the dots and slashes are an article id like any other, and no article has it
    assertJsonError(raw("GET /api/articles/%2e%2e%2f%2e%2e%2fetc HTTP/1.1"), 404);
  }

  @Test
  void badPercentEncodingInTheQueryIsRefusedNotIgnored() throws Exception {
    Answer a = raw("GET /api/articles?q=% HTTP/1.1");
    assertJsonError(a, 400);
    assertTrue(a.json().get("error").asText().contains("percent"), a.body());
    assertJsonError(raw("GET /api/events?q=abc%zz HTTP/1.1"), 400);
  }

  @Test
  void onlyTheServersOwnNamesAreAcceptedAsHost() throws Exception {
    Answer rebound = raw("GET /api/health HTTP/1.1", "Host: evil.example:" + server.port());
    assertJsonError(rebound, 421);
    assertTrue(rebound.json().get("error").asText().contains("--allow-host"), rebound.body());
    assertJsonError(raw("GET / HTTP/1.1", "Host: evil.example"), 421);
    assertEquals(200, raw("GET /api/health HTTP/1.1", "Host: localhost:" + server.port()).status());
    assertEquals(200, raw("GET /api/health HTTP/1.1", "Host: 127.0.0.1").status());
    assertEquals(200, raw("GET /api/health HTTP/1.1", "Host: [::1]:" + server.port()).status());
    assertEquals(200, raw("GET /api/health HTTP/1.1", "Host: PARLEY.lan").status(), "given with --allow-host");
  }

  @Test
  void anUnknownEventTypeIsRefusedListingTheTypes() throws Exception {
    Answer a = raw("GET /api/events?type=FOO HTTP/1.1");
    assertJsonError(a, 400);
    assertTrue(a.json().get("error").asText().contains("ACCUSE, AGREE, AID, ASSAULT"), a.body());
    assertEquals(200, raw("GET /api/events?type=reject HTTP/1.1").status());
  }

  @Test
  void writingMethodsGet405EverywhereIncludingTheUi() throws Exception {
    for (String path : List.of("/", "/api/articles", "/index.html", "/no/such/page")) {
      Answer a = raw("POST " + path + " HTTP/1.1", "Content-Length: 0");
      assertJsonError(a, 405);
      assertTrue(a.headers().toLowerCase(Locale.ROOT).contains("allow: get"), a.headers());
    }
  }
}
