package org.parley.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.model.RawPage;

/**
 * Fetches pages politely: obeys robots.txt (RFC 9309, via crawler-commons), waits between requests to one host,
 * sends a real User-Agent, bounds time, size and redirects. Thread-safe.
 */
public final class WebFetcher {
  /** The product token robots.txt rules are matched against. */
  public static final String AGENT = "parley";
  public static final String USER_AGENT = "Parley/0.1 (news evidence extractor; +https://github.com/parley)";

  private final HttpClient client;
  private final Duration minDelay;
  private final long maxBytes;
  private final int maxRedirects;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  /** Why a host's robots.txt disallows everything when it was not the file's own rules: unreachable, or 5xx. */
  private final Map<String, String> robotsTrouble = new ConcurrentHashMap<>();
  private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

  /**
   * @param minDelay the least time between two requests to one host (robots.txt Crawl-delay can raise it)
   * @param maxBytes the largest body accepted
   * @param maxRedirects how many redirects to follow
   */
  public WebFetcher(Duration minDelay, long maxBytes, int maxRedirects) {
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.minDelay = minDelay;
    this.maxBytes = maxBytes;
    this.maxRedirects = maxRedirects;
  }

  /** Defaults: one request per host per second, 20 MB, 5 redirects. */
  public static WebFetcher withDefaults() {
    return new WebFetcher(Duration.ofSeconds(1), 20L << 20, 5);
  }

  /**
   * Fetches a URL, following redirects, after checking robots.txt.
   *
   * @throws FetchException naming the URL and why (disallowed by robots.txt, HTTP status, too large, timeout…)
   */
  public RawPage fetch(URI url) throws FetchException {
    URI current = url;
    for (int hop = 0; hop <= maxRedirects; hop++) {
      checkScheme(current);
      if (!allowed(current)) {
        String trouble = robotsTrouble.get(origin(current));
        throw new FetchException(url, trouble != null ? trouble : "disallowed by robots.txt of " + current.getHost());
      }
      HttpResponse<InputStream> resp = send(current);
      int status = resp.statusCode();
      if (status >= 300 && status < 400) {
        String location = resp.headers().firstValue("Location").orElse(null);
        closeQuietly(resp);
        if (location == null) {
          throw new FetchException(url, "HTTP " + status + " without Location");
        }
        current = current.resolve(location.strip());
        continue;
      }
      if (status != 200) {
        closeQuietly(resp);
        throw new FetchException(url, "HTTP " + status);
      }
      byte[] body = readLimited(url, resp);
      String type = resp.headers().firstValue("Content-Type").orElse(null);
      return new RawPage(current, body, type, Instant.now(), current.toString());
    }
    throw new FetchException(url, "more than " + maxRedirects + " redirects");
  }

  /** Whether robots.txt of the URL's host lets Parley fetch it (robots.txt is fetched once per host). */
  public boolean allowed(URI url) throws FetchException {
    String origin = origin(url);
    BaseRobotRules rules = robots.get(origin);
    if (rules == null) {
      rules = loadRobots(origin, URI.create(origin + "/robots.txt"));
      robots.put(origin, rules);
    }
    return rules.isAllowed(url.toString());
  }

  private static String origin(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  /**
   * The host's rules. A host whose robots.txt cannot be read is not crawled (RFC 9309), and the reason kept is the
   * real one (a refused connection, a server error), not "disallowed by robots.txt".
   */
  private BaseRobotRules loadRobots(String origin, URI robotsUrl) throws FetchException {
    try {
      HttpResponse<InputStream> resp = send(robotsUrl);
      int status = resp.statusCode();
      byte[] body = status == 200 ? readLimited(robotsUrl, resp) : new byte[0];
      if (status != 200) {
        closeQuietly(resp);
      }
      // RFC 9309: 4xx means no restrictions; 5xx means assume complete disallow.
      if (status >= 500) {
        robotsTrouble.put(origin, "not fetched: robots.txt answered HTTP " + status);
      }
      return status == 200
          ? robotsParser.parseContent(robotsUrl.toString(), body, "text/plain", List.of(AGENT))
          : robotsParser.failedFetch(status);
    } catch (FetchException e) {
      robotsTrouble.put(origin, e.reason() + " (reading robots.txt)");
      return robotsParser.failedFetch(503);
    }
  }

  private HttpResponse<InputStream> send(URI url) throws FetchException {
    waitForHost(url);
    HttpRequest req = HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(30))
        .header("User-Agent", USER_AGENT)
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.5")
        .GET().build();
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new FetchException(url, "network error: " + networkTrouble(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted", e);
    }
  }

  private void waitForHost(URI url) throws FetchException {
    String host = String.valueOf(url.getHost()).toLowerCase(Locale.ROOT);
    long delay = minDelay.toMillis();
    BaseRobotRules rules = robots.get(url.getScheme() + "://" + url.getRawAuthority());
    if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
      delay = Math.max(delay, Math.min(rules.getCrawlDelay(), 60_000L));
    }
    long slot;
    synchronized (nextSlot) {
      long now = System.currentTimeMillis();
      slot = Math.max(now, nextSlot.getOrDefault(host, 0L));
      nextSlot.put(host, slot + delay);
    }
    long wait = slot - System.currentTimeMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(url, "interrupted", e);
      }
    }
  }

  private byte[] readLimited(URI url, HttpResponse<InputStream> resp) throws FetchException {
    try (InputStream in = resp.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > maxBytes) {
          throw new FetchException(url, "larger than " + (maxBytes >> 20) + " MB");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new FetchException(url, "read failed: " + e.getMessage(), e);
    }
  }

  /** A network error in words: the JDK's client often gives a refused connection no message at all. */
  static String networkTrouble(IOException e) {
    if (e instanceof java.net.http.HttpConnectTimeoutException) {
      return "connection timed out";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return "connection refused";
      }
      if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return "unknown host";
      }
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static void checkScheme(URI url) throws FetchException {
    String s = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!s.equals("http") && !s.equals("https")) {
      throw new FetchException(url, "only http and https URLs are fetched");
    }
  }

  private static void closeQuietly(HttpResponse<InputStream> resp) {
    try {
      resp.body().close();
    } catch (IOException ignored) {
      // Nothing more to read from a response we are discarding.
    }
  }
}
