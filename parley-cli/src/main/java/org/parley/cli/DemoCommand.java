package org.parley.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.lint.SuppressForbidden;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley demo}: ingests the bundled sample corpus (files, the WARC, and the RSS feed served from a loopback
 * HTTP server) into a store, then serves the web UI over it. A second run reuses the store.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled samples/ (pages, scraped text, a WARC file and an RSS feed fetched over a",
        "local HTTP server) into a store, then serve the web UI. A second run reuses the store."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", defaultValue = "samples", description = "the sample corpus (default: ${DEFAULT-VALUE})")
  Path samples;

  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "web UI port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--no-serve", description = "ingest only, then exit (for scripts)")
  boolean noServe;

  @Option(names = "--fresh", description = "delete the store first and ingest again")
  boolean fresh;

  @Option(names = "--threads", description = "worker threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintStream err = Console.err();
    if (!Files.isRegularFile(samples.resolve("ANSWERS.jsonl"))) {
      err.println("parley demo: no sample corpus at " + samples + " (run from the repository root, or pass --samples)");
      return 2;
    }
    if (fresh) {
      deleteStore(data);
    }
    int articles = storedArticles(data);
    if (articles > 0) {
      err.printf(Locale.ROOT, "parley demo: reusing the store at %s (%s); --fresh rebuilds it%n", data,
          IngestCommand.counted(articles, "article"));
    } else {
      ingestSamples(err);
    }
    if (noServe) {
      return 0;
    }
    ServeCommand serve = new ServeCommand();
    serve.data = data;
    serve.port = port;
    serve.host = "127.0.0.1";
    return serve.call();
  }

  @SuppressForbidden(reason = "the demo serves its sample feed on loopback with the JDK's own HTTP server"
      + " (module jdk.httpserver, a supported API)")
  private void ingestSamples(PrintStream err) throws IOException, StoreException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int samplePort = server.getAddress().getPort();
    Path pages = samples.resolve("pages").toAbsolutePath().normalize();
    Path feeds = samples.resolve("feeds").toAbsolutePath().normalize();
    String feed = Files.readString(feeds.resolve("harbor-local.rss"), StandardCharsets.UTF_8)
        .replace("{PORT}", Integer.toString(samplePort));
    Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "rss", "application/rss+xml");
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body = null;
      String type = "text/plain";
      if (path.equals("/robots.txt")) {
        body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/feeds/harbor-local.rss")) {
        body = feed.getBytes(StandardCharsets.UTF_8);
        type = types.get("rss");
      } else {
        Path file = pages.resolve(path.substring(1)).normalize();
        if (file.startsWith(pages) && Files.isRegularFile(file)) {
          body = Files.readAllBytes(file);
          type = types.get("html");
        }
      }
      ex.getResponseHeaders().add("Content-Type", type);
      ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
    try {
      // Pages listed in the feed come in over HTTP through it; every other page, the scraped text and the WARC
      // are read from disk.
      List<String> inputs = new ArrayList<>();
      java.util.Set<String> inFeed = new java.util.HashSet<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<link>http://127\\.0\\.0\\.1:\\d+/([^<]+)</link>")
          .matcher(feed);
      while (m.find()) {
        inFeed.add(m.group(1));
      }
      try (var files = Files.walk(pages)) {
        files.filter(Files::isRegularFile).sorted()
            .filter(f -> !inFeed.contains(pages.relativize(f).toString().replace('\\', '/')))
            .forEach(f -> inputs.add(f.toString()));
      }
      inputs.add(samples.resolve("text").toString());
      inputs.add(samples.resolve("warc").toString());
      inputs.add("http://127.0.0.1:" + samplePort + "/feeds/harbor-local.rss");
      err.println("parley demo: ingesting " + samples + " into " + data
          + " (the sample corpus has deliberately broken pages: expect a few failures)");
      // the local server answers at once: no need to wait a second between its pages
      Ingester.Options options = new Ingester.Options(Math.max(1, threads), Ingester.Options.defaults().commitEvery(),
          Ingester.Options.defaults().commitInterval(), java.time.Duration.ofMillis(20));
      IngestCommand.ingest(data, options, List.of(), inputs, err);
    } finally {
      server.stop(0);
    }
  }

  private static int storedArticles(Path data) {
    if (!Files.isDirectory(data.resolve("index"))) {
      return 0;
    }
    try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader r = s.reader()) {
      return r.totals().articles();
    } catch (StoreException e) {
      return 0;
    }
  }

  private static void deleteStore(Path data) throws IOException {
    if (!Files.exists(data)) {
      return;
    }
    if (!Files.isDirectory(data.resolve("index")) && !Files.exists(data.resolve("ingested.tsv"))) {
      throw new IOException(data + " does not look like a Parley store; not deleting it");
    }
    try (var walk = Files.walk(data)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
