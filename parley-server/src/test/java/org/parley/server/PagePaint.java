package org.parley.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreReader;

/**
 * Times each page of the web UI in headless Chromium on a store (not a unit test: run by hand, like
 * {@link ApiLatency}, whose synthetic 1 M-event store it is meant for).
 *
 * <p>{@code java -cp … org.parley.server.PagePaint DIR [RUNS]} serves DIR on a free port and loads every page RUNS
 * times (default 10) in a fresh tab after one warm-up, printing per page the median and worst first contentful
 * paint (the browser's own {@code first-contentful-paint} entry) and the time until the page shows its data (its
 * results, chart or text are in the DOM), both from the start of navigation.
 */
final class PagePaint {
  private PagePaint() {}

  private record Page(String name, String path, By ready) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    if (!Files.isDirectory(dir.resolve("index"))) {
      throw new IllegalArgumentException(dir + " holds no store: build one with ApiLatency first");
    }
    String articleId;
    String a;
    String b;
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      var top = r.topActors(2);
      a = top.get(0).code();
      b = top.get(1).code();
      articleId = r.searchEvents(new Queries.EventQuery(a, b, null, null, null, null, 1)).get(0).articleId();
    }
    List<Page> pages = List.of(
        new Page("overview", "/", By.cssSelector("#latest > li")),
        new Page("search (newest events)", "/search.html", By.cssSelector("#results > li")),
        new Page("search (text)", "/search.html?q=sanctions", By.cssSelector("#results > li")),
        new Page("actor (" + a + ", by week)", "/actor.html?code=" + a + "&by=week", By.cssSelector("#timeline canvas")),
        new Page("dyad (" + a + " / " + b + ", by week)", "/dyad.html?a=" + a + "&b=" + b + "&by=week",
            By.cssSelector("#dyad-chart canvas")),
        new Page("positions (" + a + ", sanctions)", "/positions.html?actor=" + a + "&topic=sanctions",
            By.cssSelector("ol.timeline > li")),
        new Page("article", "/article.html?id=" + java.net.URLEncoder.encode(articleId, java.nio.charset.StandardCharsets.UTF_8),
            By.id("article-text")));
    Path profile = Files.createTempDirectory("parley-paint");
    try (ParleyServer server = ParleyServer.start(dir, "127.0.0.1", 0)) {
      ChromeDriver driver = browser(profile);
      try {
        System.out.printf(Locale.ROOT, "| page | first paint p50 / max | data shown p50 / max |%n|---|---|---|%n");
        for (Page page : pages) {
          String url = "http://127.0.0.1:" + server.port() + page.path();
          load(driver, url, page.ready());
          List<double[]> times = new ArrayList<>();
          for (int i = 0; i < runs; i++) {
            times.add(load(driver, url, page.ready()));
          }
          System.out.printf(Locale.ROOT, "| %s | %.0f / %.0f ms | %.0f / %.0f ms |%n", page.name(),
              median(times, t -> t[0]), max(times, t -> t[0]), median(times, t -> t[1]), max(times, t -> t[1]));
        }
      } finally {
        driver.quit();
      }
    }
  }

  /** Loads a page in a blank tab; returns {first contentful paint, data shown}, in ms from navigation start. */
  private static double[] load(ChromeDriver driver, String url, By ready) {
    driver.get("about:blank");
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(ready));
    JavascriptExecutor js = driver;
    double shown = ((Number) js.executeScript("return performance.now();")).doubleValue();
    Object fcp = js.executeScript(
        "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : null;");
    return new double[] {fcp == null ? Double.NaN : ((Number) fcp).doubleValue(), shown};
  }

  private static ChromeDriver browser(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static double median(List<double[]> times, Function<double[], Double> f) {
    double[] v = times.stream().mapToDouble(f::apply).sorted().toArray();
    return v[v.length / 2];
  }

  private static double max(List<double[]> times, Function<double[], Double> f) {
    return times.stream().mapToDouble(f::apply).max().orElse(Double.NaN);
  }
}
