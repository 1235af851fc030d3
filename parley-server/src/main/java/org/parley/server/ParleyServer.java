package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server behind {@code parley serve}: a read-only JSON API under {@code /api} and the web UI, both over one
 * store opened read-only (so it keeps working, and sees new commits, while {@code parley ingest} writes).
 */
public final class ParleyServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

  /** The UI's pages: scripts and styles come only from this server, and nothing may be framed or posted. */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Characters of aggregate responses kept for repeated requests: a profile by week is about 50 k characters, by day
   * over three years 300 k, a positions view 100 k, so this holds a hundred or more recent ones in 16–32 MB.
   */
  private static final long CACHE_CHARS = 16L << 20;
  /** Twenty times the p99 of a loaded server; a query past it is one that would starve the others. */
  static final java.time.Duration QUERY_BUDGET = java.time.Duration.ofSeconds(5);

  private final ParleyStore store;
  private final Javalin app;

  private ParleyServer(ParleyStore store, Javalin app) {
    this.store = store;
    this.app = app;
  }

  /**
   * Opens the store in {@code dataDir} read-only and serves it.
   *
   * @param host the interface to bind; 127.0.0.1 keeps it to this machine
   * @param port the port, or 0 for any free one
   * @throws StoreException when there is no readable store in {@code dataDir}
   */
  public static ParleyServer start(Path dataDir, String host, int port) throws StoreException {
    return start(dataDir, host, port, java.util.List.of());
  }

  /**
   * As {@link #start(Path, String, int)}, also answering requests whose {@code Host} is one of {@code allowHosts}
   * (besides IP addresses and {@code localhost}, which are always answered).
   */
  public static ParleyServer start(Path dataDir, String host, int port, java.util.List<String> allowHosts)
      throws StoreException {
    return start(dataDir, host, port, CACHE_CHARS, QUERY_BUDGET, allowHosts);
  }

  /** As {@link #start(Path, String, int)}, with a response cache of at most {@code cacheChars} (0: none). */
  static ParleyServer start(Path dataDir, String host, int port, long cacheChars) throws StoreException {
    return start(dataDir, host, port, cacheChars, QUERY_BUDGET);
  }

  /** As {@link #start(Path, String, int, long)}, with {@code queryBudget} for the searches of one request. */
  static ParleyServer start(Path dataDir, String host, int port, long cacheChars, java.time.Duration queryBudget)
      throws StoreException {
    return start(dataDir, host, port, cacheChars, queryBudget, java.util.List.of());
  }

  static ParleyServer start(Path dataDir, String host, int port, long cacheChars, java.time.Duration queryBudget,
                            java.util.List<String> allowHosts) throws StoreException {
    ParleyStore store = ParleyStore.openReadOnly(dataDir);
    try {
      return start(store, host, port, cacheChars, queryBudget, allowHosts);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static ParleyServer start(ParleyStore store, String host, int port, long cacheChars,
                                    java.time.Duration queryBudget, java.util.List<String> allowHosts) {
    Objects.requireNonNull(host, "host");
    Api api = new Api(store, new ResponseCache(cacheChars), queryBudget);
    java.util.Set<String> names = new java.util.HashSet<>(allowHosts);
    names.add(RequestGuard.hostName(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host));
    RequestGuard guard = new RequestGuard(names);
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    com.fasterxml.jackson.databind.node.ObjectNode openApi = readOpenApi(mapper);
    OverviewApi overview = new OverviewApi(api);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = 16_384;
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
        s.headers = Map.of("Content-Security-Policy", CSP, "Cache-Control", "no-cache");
      });
      cfg.staticFiles.enableWebjars();
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      cfg.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        guard.check(ctx);
      });
      cfg.routes.get("/api/health", api::health);
      cfg.routes.get("/api/articles", api::articles);
      cfg.routes.get("/api/articles/{id}", api::article);
      cfg.routes.get("/api/quotes", api::quotes);
      cfg.routes.get("/api/events", api::events);
      cfg.routes.get("/api/actors", api::topActors);
      cfg.routes.get("/api/actors/{code}", api::actor);
      cfg.routes.get("/api/dyad", api::dyad);
      cfg.routes.get("/api/positions", api::positions);
      cfg.routes.get("/api/overview", overview::overview);
      cfg.routes.get("/api/names", overview::names);
      cfg.routes.get("/api/suggest", overview::suggest);
      cfg.routes.get("/api/openapi.json", ctx -> ctx.json(servedAt(openApi, ctx)));
      cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      cfg.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.warn("store read failed: {}", e.getMessage());
        error(ctx, 503, "the store could not be read; try again, or check the server's log");
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, 500, "internal error; see the server's log");
      });
      cfg.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) {
          error(ctx, 404, "not found: " + ctx.path());
        }
      });
      cfg.routes.error(405, ctx -> error(ctx, 405, "this server is read-only: use GET"));
    });
    app.start(host, port);
    return new ParleyServer(store, app);
  }

  /** Error bodies are {"status": n, "error": "message"}: a message for a person, never a stack trace. */
  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "error", message == null ? "error" : message));
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode readOpenApi(ObjectMapper mapper) {
    try (InputStream in = ParleyServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the server's resources");
      }
      return (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json from the server's resources", e);
    }
  }

  /**
   * The API description with the address it was fetched from as its server, so that a client generated from it calls
   * this server on whatever host and port it was started (the request's {@code Host} passed the guard already).
   */
  private static com.fasterxml.jackson.databind.node.ObjectNode servedAt(
      com.fasterxml.jackson.databind.node.ObjectNode openApi, Context ctx) {
    com.fasterxml.jackson.databind.node.ObjectNode doc = openApi.deepCopy();
    doc.putArray("servers").addObject().put("url", ctx.req().getScheme() + "://" + ctx.header("Host"));
    return doc;
  }

  /** The port the server listens on (useful when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Stops serving and closes the store. */
  @Override
  public void close() throws StoreException {
    app.stop();
    store.close();
  }
}
