package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The UI in Debian's headless Chromium: what a person sees and can click, and that hostile pages run nothing. */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  @TempDir Path profile;
  static ParleyServer server;
  ChromeDriver driver;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    ServerFixtures.writeStore(dir);
    server = ParleyServer.start(dir, "127.0.0.1", 0);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The network here is closed: without these, Chromium waits on update, sync and metrics connections.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  List<WebElement> results() {
    return driver.findElements(By.cssSelector("#results > li"));
  }

  @Test
  void searchShowsHighlightedEvidenceAndFacetsNarrowIt() throws Exception {
    driver.get(url("/"));
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("sanctions", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "events match"));
    assertTrue(driver.getCurrentUrl().contains("q=sanctions"));
    List<WebElement> marks = driver.findElements(By.cssSelector("#results mark"));
    assertFalse(marks.isEmpty());
    marks.forEach(m -> assertEquals("sanctions", m.getText().toLowerCase(java.util.Locale.ROOT)));
    shot("search");
    WebElement reject = driver.findElement(By.xpath("//aside[@id='facets']//button[@data-kind='type'][span[1]='REJECT']"));
    reject.click();
    wait.until(ExpectedConditions.urlContains("type=REJECT"));
    wait.until(d -> !results().isEmpty());
    for (WebElement r : results()) {
      assertTrue(r.getText().startsWith("REJECT"), r.getText());
    }
    assertTrue(driver.findElement(By.id("chips")).getText().contains("type: REJECT"));
  }

  @Test
  void quoteTabShowsSpeakersAndPagesWithMore() throws Exception {
    driver.get(url("/?kind=quotes&limit=2"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "quotes match"));
    int first = results().size();
    assertEquals(6, Integer.parseInt(driver.findElement(By.id("summary")).getText().split(" ")[0]));
    assertTrue(results().get(0).getText().contains("“"));
    WebElement more = driver.findElement(By.id("more"));
    if (more.isDisplayed()) {
      more.click();
      wait.until(d -> results().size() > first);
    }
    assertTrue(results().size() >= first);
    shot("search-quotes");
  }

  @Test
  void dyadChartPointLeadsToItsEventsAndOnToTheArticle() throws Exception {
    driver.get(url("/dyad.html?a=EST&b=RUS&by=week"));
    WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-chart canvas")));
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("EST ↔ RUS"));
    shot("dyad");
    // Where ECharts drew the RUS → EST conflict point of the first week (series 2, index 0), in canvas pixels.
    @SuppressWarnings("unchecked")
    List<Number> px = (List<Number>) js("const c = echarts.getInstanceByDom(document.getElementById('dyad-chart'));"
        + "return c.convertToPixel({seriesIndex: 2}, [0, c.getOption().series[2].data[0]]);");
    WebElement host = driver.findElement(By.id("dyad-chart"));
    int dx = (int) Math.round(px.get(0).doubleValue() - host.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(px.get(1).doubleValue() - host.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(host, dx, dy).click().perform();
    WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("point-title")));
    assertTrue(title.getText().startsWith("RUS → EST, conflict, 2019-02-04"), title.getText());
    List<WebElement> items = driver.findElements(By.cssSelector("#point-events li"));
    assertEquals(1, items.size());
    assertTrue(items.get(0).getText().contains("rejected calls for new sanctions"), items.get(0).getText());
    shot("dyad-point");
    assertTrue(chart.isDisplayed());
    items.get(0).findElement(By.linkText("Open article")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertEquals("Estonia protests airspace violation", driver.findElement(By.id("article-title")).getText());
    String focused = (String) js("return [...document.querySelectorAll('.article-text .focus')]"
        + ".map(n => n.textContent).join('');");
    assertEquals("Russia rejected calls for new sanctions over the flight, calling them a provocation.", focused);
    WebElement quote = driver.findElement(By.cssSelector(".article-text .s-quote"));
    assertEquals("sanctions will not change our course.", quote.getText());
    WebElement source = driver.findElement(By.linkText("baltic-times.example"));
    assertEquals("https://baltic-times.example/2019/02/04/airspace", source.getAttribute("href"));
    shot("article");
  }

  @Test
  void actorPageShowsTimelineCounterpartsAndQuotes() throws Exception {
    driver.get(url("/actor.html?code=RUS&by=week"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline canvas")));
    String page = driver.findElement(By.id("profile")).getText();
    assertTrue(page.contains("Russia (RUS)"), page);
    assertTrue(page.contains("7 events as source"), page);
    assertTrue(page.contains("ESTGOV"), page);
    assertTrue(page.contains("sanctions will not change our course"), page);
    shot("actor");
    // The chart's table is the keyboard's way in: open it and pick a cell.
    driver.findElement(By.cssSelector("#profile details summary")).click();
    driver.findElement(By.cssSelector("button[data-period='2019-02-11'][data-series='THREATEN']")).click();
    WebElement listed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#period-events li")));
    assertTrue(listed.getText().contains("threatened to expel"), listed.getText());
  }

  @Test
  void positionsShowTheStanceMovingFromRejectToAgree() throws Exception {
    driver.get(url("/positions.html"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actor"))).sendKeys("rus");
    driver.findElement(By.id("topic")).sendKeys("sanctions", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stances")));
    List<String> stances = driver.findElements(By.cssSelector(".stances .badge")).stream()
        .map(e -> e.getText().split(" ")[0]).toList();
    assertEquals("REJECT", stances.get(0));
    assertEquals("AGREE", stances.get(stances.size() - 1));
    assertTrue(stances.contains("REQUEST"));
    List<WebElement> items = driver.findElements(By.cssSelector("ol.timeline > li"));
    assertTrue(items.get(0).getText().startsWith("2019-02-04"));
    assertTrue(items.get(items.size() - 1).getText().startsWith("2019-03-05"));
    shot("positions");
  }

  @Test
  void hostilePageRunsNoScriptAndShowsItsMarkupAsText() throws Exception {
    driver.get(url("/article.html?id=evil-20190320-hostile"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertEquals(ServerFixtures.HOSTILE_TITLE, driver.findElement(By.id("article-title")).getText());
    assertTrue(driver.findElement(By.id("article-text")).getText().contains(ServerFixtures.HOSTILE_IMG));
    assertNull(js("return window.__pwned;"));
    assertEquals(0L, js("return document.querySelectorAll('#main script, #main img, #main iframe').length;"));
    assertEquals(0L, js("return [...document.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length;"));
    shot("article-hostile");
    driver.get(url("/?q=happened&kind=quotes"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "match"));
    assertTrue(driver.findElement(By.id("results")).getText().contains("</script>"));
    driver.get(url("/?q=denied&kind=articles"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "match"));
    assertTrue(driver.findElement(By.id("results")).getText().contains(ServerFixtures.HOSTILE_TITLE));
    shot("search-hostile");
    assertNull(js("return window.__pwned;"));
    assertEquals(0L, js("return document.querySelectorAll('#main script, #main img').length;"));
  }

  @Test
  void keyboardReachesTheSearchBoxFromTheSkipLink() throws Exception {
    driver.get(url("/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "match"));
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals("Skip to content", driver.switchTo().activeElement().getText());
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals("Parley", driver.switchTo().activeElement().getText());
    Map<?, ?> outline = (Map<?, ?>) js("const s = getComputedStyle(document.activeElement);"
        + "return {style: s.outlineStyle, width: s.outlineWidth};");
    assertFalse("none".equals(outline.get("style")), "focus is visible");
  }
}
