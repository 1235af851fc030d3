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
import org.openqa.selenium.WindowType;
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
  @TempDir static Path profile;
  static ParleyServer server;
  /** One browser for the class: starting Chromium took 5 to 8 s, most of each test; each test gets a fresh tab. */
  static ChromeDriver driver;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    ServerFixtures.writeStore(dir, true);
    server = ParleyServer.start(dir, "127.0.0.1", 0);
    Files.createDirectories(SHOTS);
    driver = openBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static ChromeDriver openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The network here is closed: without these, Chromium waits on update, sync and metrics connections.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** A new tab, the last test's closed: no history, focus or page state is carried from one test to the next. */
  @BeforeEach
  void openFreshTab() {
    String last = driver.getWindowHandle();
    String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
    driver.switchTo().window(last).close();
    driver.switchTo().window(fresh);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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
    assertEquals("Estonia (EST) ↔ Russia (RUS)", driver.findElement(By.tagName("h1")).getText());
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
    // Estonia's accusation of May 2018 is far from the rest: the axis starts in February 2019 until widened.
    assertTrue(text("range-note").startsWith("Showing 2019-02-04 to 2019-03-18"), text("range-note"));
    assertEquals("2019-02-04", js("return echarts.getInstanceByDom(document.getElementById('timeline'))"
        + ".getOption().xAxis[0].data[0];"));
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

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  @Test
  void overviewShowsTheStoreAtAGlance() throws Exception {
    driver.get(url("/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#months-chart canvas")));
    assertEquals("8 articles · 6 quotes · 15 events, dated 2018-05-14 to 2019-03-20.", text("counts"));
    List<WebElement> pairs = driver.findElements(By.cssSelector("#top-dyads tbody tr"));
    assertEquals("Estonia (EST) ↔ Russia (RUS) 7 5", pairs.get(0).getText());
    assertEquals("Russia (RUS) ↔ European Union (IGOEUREEC) 2 0", pairs.get(1).getText());
    assertTrue(text("top-actors").startsWith("Actor Source Target Quotes\nEstonia (government, ESTGOV)"),
        text("top-actors"));
    // One site spelt two ways is one row; its link searches every spelling.
    List<String> sites = driver.findElements(By.cssSelector("#top-sites tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("nordic-wire 4", "baltic-times 3", "evil-site 1"), sites);
    List<WebElement> latest = driver.findElements(By.cssSelector("#latest > li"));
    assertEquals(10, latest.size());
    assertTrue(latest.get(0).getText().startsWith("REJECT"), latest.get(0).getText());
    shot("overview");
    driver.findElement(By.linkText("nordic-wire")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "articles match"));
    assertTrue(text("summary").startsWith("4 articles"), text("summary"));
    driver.navigate().back();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Estonia (EST) ↔ Russia (RUS)"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-chart canvas")));
    assertTrue(driver.getCurrentUrl().contains("a=EST&b=RUS"), driver.getCurrentUrl());
  }

  @Test
  void namesStandBesideCodes() throws Exception {
    driver.get(url("/search.html?actor=RUS"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "events match"));
    WebElement facet = driver.findElement(By.cssSelector("#facets button[data-kind='actor'][value='RUSGOV']"));
    assertEquals("Russia (government, RUSGOV)", facet.findElement(By.tagName("span")).getText());
    assertTrue(text("chips").contains("actor: Russia (RUS)"), text("chips"));
    driver.get(url("/positions.html?actor=RUS&topic=sanctions"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stances")));
    assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Positions of Russia (RUS)"));
    driver.get(url("/actor.html?code=RUS"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline canvas")));
    assertTrue(text("profile").contains("Estonia (government, ESTGOV) 12 events"), text("profile"));
  }

  @Test
  void eventListsNameActorsByTheirCodeWithTheWordsOfTheTextBeside() throws Exception {
    // "It criticised Russia…": the record names the source "It", as the resolver names a pronoun's actor.
    driver.get(url("/search.html?q=criticised"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 event matches"));
    WebElement item = results().get(0);
    WebElement source = item.findElement(By.cssSelector("a[href='/actor.html?code=ESTGOV']"));
    assertEquals("Estonia (government, ESTGOV)", source.getText());
    assertEquals("in the text: It", source.getAttribute("title"));
    // The badge sits beside the names by its margin, not a space.
    assertEquals("ACCUSEEstonia (government, ESTGOV) “It” → Russia (government, RUSGOV)", firstLine(item),
        item.getText());
    shot("search-display-names");
    // The actor page's period list and the newest events on the overview build their items the same way.
    driver.get(url("/actor.html?code=RUS&by=week"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline canvas")));
    driver.findElement(By.cssSelector("#profile details summary")).click();
    driver.findElement(By.cssSelector("button[data-period='2019-02-11'][data-series='THREATEN']")).click();
    WebElement listed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#period-events li")));
    assertEquals("THREATENRussia (government, RUSGOV) → Estonia (government, ESTGOV) “Estonian diplomats”",
        firstLine(listed));
    driver.get(url("/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest > li")));
    String latest = driver.findElement(By.id("latest")).getText();
    assertTrue(latest.contains("ACCUSEEstonia (government, ESTGOV) “It” → Russia (government, RUSGOV)\n"), latest);
    // The article page's list of events.
    driver.get(url("/article.html?id=nw-20190312-radar"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    List<String> events = driver.findElements(By.cssSelector("#event-list li")).stream().map(WebElement::getText)
        .toList();
    assertEquals(List.of("AGREEEstonia (government, ESTGOV) → Russia (government, RUSGOV) show",
        "ACCUSEEstonia (government, ESTGOV) “It” → Russia (government, RUSGOV) show"), events);
  }

  static String firstLine(WebElement e) {
    return e.getText().split("\n", 2)[0];
  }

  @Test
  void positionsSuggestActorsWithNamesAsOneTypes() throws Exception {
    driver.get(url("/positions.html"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("actor"))).sendKeys("rus");
    WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#actor-suggestions option[value='RUSGOV']")));
    assertTrue(option.getAttribute("label").startsWith("Russia (government, RUSGOV)"), option.getAttribute("label"));
    List<String> codes = driver.findElements(By.cssSelector("#actor-suggestions option")).stream()
        .map(o -> o.getAttribute("value")).toList();
    assertEquals(List.of("RUS", "RUSGOV", "RUSMIL"), codes);
    // A name finds its code too: "europ" is the European Union.
    WebElement box = driver.findElement(By.id("actor"));
    box.clear();
    box.sendKeys("europ");
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#actor-suggestions option[value='IGOEUREEC']")));
  }

  @Test
  void dyadChartDrawsMeanGoldsteinAndClipsToTheBusyRange() throws Exception {
    driver.get(url("/dyad.html?a=EST&b=RUS&by=week"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-chart canvas")));
    String option = "const o = echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption();";
    @SuppressWarnings("unchecked")
    List<String> axis = (List<String>) js(option + "return o.xAxis[0].data;");
    assertEquals("2019-02-04", axis.get(0));
    assertEquals("2019-03-18", axis.get(axis.size() - 1));
    assertTrue(text("range-note").contains("1 event lies more than 90 quiet days away"), text("range-note"));
    @SuppressWarnings("unchecked")
    Map<String, Object> estRus = (Map<String, Object>) js(option + "return o.series[4];");
    assertEquals("EST → RUS mean Goldstein", estRus.get("name"));
    assertEquals(1L, estRus.get("yAxisIndex"));
    // Week of 4 February: Estonia accused (−2); Russia rejected (−4); no event in the week of 25 February but talks.
    assertEquals(-2.0, ((Number) ((List<?>) estRus.get("data")).get(0)).doubleValue());
    @SuppressWarnings("unchecked")
    List<Object> rusEst = (List<Object>) js(option + "return o.series[5].data;");
    assertEquals(-4.0, ((Number) rusEst.get(0)).doubleValue());
    assertEquals(List.of(-10L, 10L), js(option + "return [o.yAxis[1].min, o.yAxis[1].max];"));
    driver.findElement(By.cssSelector("#dyad details summary")).click();
    assertTrue(driver.findElement(By.cssSelector("#dyad table")).getText().contains("EST → RUS mean Goldstein"));
    shot("dyad-goldstein");
    driver.findElement(By.id("widen")).click();
    wait.until(ExpectedConditions.urlContains("range=all"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("narrow")));
    @SuppressWarnings("unchecked")
    List<String> wide = (List<String>) js(option + "return o.xAxis[0].data;");
    assertEquals("2018-05-14", wide.get(0));
    assertEquals(45, wide.size());
    shot("dyad-wide");
  }

  @Test
  void aSourceWithoutAWebAddressShowsNoLocalPath() throws Exception {
    driver.get(url("/search.html?q=jamming"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 event matches"));
    String item = results().get(0).getText();
    assertTrue(item.contains("no web address"), item);
    assertFalse(item.contains("fixtures/"), item);
    results().get(0).findElement(By.linkText("Open article")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertFalse(text("article").contains("fixtures/"), text("article"));
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
    driver.get(url("/search.html"));
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
