package org.parley.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Regenerates the README's screenshots in {@code docs/img} from the sample corpus (not a unit test: run by hand, like
 * {@link PagePaint}, after {@code ./parley demo --no-serve} has filled {@code parley-data}):
 *
 * <p>{@code java -cp … org.parley.server.Screenshots parley-data docs/img}
 *
 * <p>Each page is shot in headless Chromium with a 1366 × 900 viewport once its data is in the page.
 */
final class Screenshots {
  private Screenshots() {}

  private record Page(String name, String path, By ready) {}

  static final List<Page> PAGES = List.of(
      new Page("overview", "/", By.cssSelector("#months-chart canvas")),
      new Page("search", "/search.html?q=airspace", By.cssSelector("#results > li")),
      new Page("actor", "/actor.html?code=SRB&by=week", By.cssSelector("#timeline canvas")),
      new Page("dyad", "/dyad.html?a=EST&b=RUS&by=week", By.cssSelector("#dyad-chart canvas")),
      new Page("dyad-busy", "/dyad.html?a=SRB&b=XKX&by=week", By.cssSelector("#dyad-chart canvas")),
      new Page("positions", "/positions.html?actor=CHN&topic=reef", By.cssSelector("ol.timeline > li")),
      new Page("article", "/article.html?id=baltic-2019-03-04-northwind-airspace", By.id("article-text")));

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Screenshots STORE_DIR OUT_DIR (e.g. parley-data docs/img)");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Path profile = Files.createTempDirectory("parley-shots");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--hide-scrollbars", "--window-size=1366,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    try (ParleyServer server = ParleyServer.start(Path.of(args[0]), "127.0.0.1", 0)) {
      ChromeDriver driver = new ChromeDriver(service, options);
      try {
        // The window's size includes what headless Chromium keeps for its own frame: set the page's own instead.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            java.util.Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        for (Page page : PAGES) {
          driver.get("http://127.0.0.1:" + server.port() + page.path());
          new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(page.ready()));
          Path file = out.resolve(page.name() + ".png");
          Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
          System.out.println(file);
        }
      } finally {
        driver.quit();
      }
    }
  }
}
