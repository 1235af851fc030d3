package org.parley.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.lint.SuppressForbidden;

/** A page that cannot be fetched is refused with the real reason, not one robots.txt never gave. */
@SuppressForbidden(reason = "serves pages on loopback with the JDK's own HTTP server"
    + " (module jdk.httpserver, a supported API)")
class WebFetcherTest {
  private static WebFetcher fetcher() {
    return new WebFetcher(Duration.ZERO, 1 << 20, 5);
  }

  @Test
  void aRefusedConnectionSaysSo() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + port + "/news/one.html");
    FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(url));
    assertEquals(url.toString(), e.input());
    assertEquals("network error: connection refused (reading robots.txt)", e.reason());
  }

  @Test
  void aServerErrorOnRobotsTxtIsNamed() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/robots.txt") ? 503 : 200, -1);
      ex.close();
    });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/news/one.html");
      FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(url));
      assertEquals("not fetched: robots.txt answered HTTP 503", e.reason());
    } finally {
      server.stop(0);
    }
  }
}
