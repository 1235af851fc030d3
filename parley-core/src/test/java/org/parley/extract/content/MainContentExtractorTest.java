package org.parley.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainContentExtractorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MainContentExtractor extractor = new MainContentExtractor();

  private static String resource(String name) throws IOException {
    try (InputStream in = MainContentExtractorTest.class.getResourceAsStream("/content/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"news-chrome", "blog", "jsonld-only", "br-separated", "cjk-news", "unclosed-nested"})
  void extractsFixtureBodyWithoutChrome(String fixture) throws IOException {
    Document doc = Jsoup.parse(resource(fixture + ".html"), "https://example.org/" + fixture);
    JsonNode expected = JSON.readTree(resource(fixture + ".expected.json"));
    List<String> got = extractor.extract(doc);

    assertFalse(got.isEmpty(), fixture + ": no body found");
    if (expected.has("exact")) {
      List<String> want = new ArrayList<>();
      expected.get("exact").forEach(n -> want.add(n.asText()));
      assertEquals(want, got, fixture);
    }
    if (expected.has("first")) {
      assertEquals(expected.get("first").asText(), got.get(0), fixture + ": first paragraph");
    }
    if (expected.has("last")) {
      assertEquals(expected.get("last").asText(), got.get(got.size() - 1), fixture + ": last paragraph");
    }
    for (JsonNode n : expected.path("present")) {
      assertTrue(got.contains(n.asText()), fixture + ": missing paragraph <" + n.asText() + "> in " + got);
    }
    for (JsonNode n : expected.path("absent")) {
      for (String p : got) {
        assertFalse(p.contains(n.asText()), fixture + ": chrome <" + n.asText() + "> leaked in <" + p + ">");
      }
    }
  }

  @Test
  void leavesTheDocumentUntouched() throws IOException {
    Document doc = Jsoup.parse(resource("news-chrome.html"));
    String before = doc.outerHtml();
    extractor.extract(doc);
    assertEquals(before, doc.outerHtml());
  }

  @Test
  void returnsEmptyListForPagesWithoutText() {
    assertEquals(List.of(), extractor.extract(Jsoup.parse("")));
    assertEquals(List.of(), extractor.extract(Jsoup.parse("<html><body><nav><a href=/>Home</a></nav>"
        + "<img src=x.png><script>var a = 'long text that is not prose at all, no, not at all';</script>")));
  }

  @Test
  void prefersDomBodyOverShortJsonLdBody() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"Stale summary.\"}</script></head><body><article>"
        + "<p>The first real paragraph of the story is long enough to count as running text, with commas, too.</p>"
        + "<p>The second real paragraph continues the story, adding detail, quotes and a little more context.</p>"
        + "</article></body></html>";
    List<String> got = extractor.extract(Jsoup.parse(html));
    assertEquals(2, got.size());
    assertTrue(got.get(0).startsWith("The first real paragraph"));
  }

  @Test
  void findsBodyOfPageLaidOutInsideOneForm() {
    String html = "<html><body><form id='mainForm' action='/default.aspx' method='post'>"
        + "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div><div id='ctl00_body'>"
        + "<p>The district court ruled on Thursday that the county must reopen the northern ferry route by June.</p>"
        + "<p>Ferry users had collected more than two thousand signatures against the closure last winter.</p>"
        + "</div><input type='hidden' name='__VIEWSTATE' value='abc'></form></body></html>";
    List<String> got = extractor.extract(Jsoup.parse(html));
    assertEquals(2, got.size(), got.toString());
    assertTrue(got.get(1).startsWith("Ferry users"));
  }

  @Test
  void survivesTenThousandNestedElements() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(10_000));
    for (int i = 0; i < 5; i++) {
      sb.append("<p>Paragraph ").append(i)
          .append(" sits at the bottom of a very deep tree, and it is still a sentence, with commas.</p>");
    }
    sb.append("</div>".repeat(10_000)).append("</body></html>");
    Document doc = Jsoup.parse(sb.toString());
    List<String> got = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(doc));
    assertEquals(5, got.size());
    assertTrue(got.get(4).startsWith("Paragraph 4 sits"));
  }

  @Test
  void staysLinearOnManyParagraphsDeepDown() {
    StringBuilder sb = new StringBuilder("<html><body>").append("<div>".repeat(5_000));
    for (int i = 0; i < 20_000; i++) {
      sb.append("<p>Deep paragraph ").append(i).append(" has enough words and commas, like this, to count.</p>");
    }
    Document doc = Jsoup.parse(sb.append("</body></html>").toString());
    List<String> got = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(doc));
    assertEquals(20_000, got.size());
  }

  @Test
  void handlesFiftyMegabytePageQuickly() {
    String para = "<p>This paragraph is one of very many on an enormous page, and it says the same thing "
        + "again, with commas, so that the page grows to fifty megabytes of text and markup.</p>\n";
    String chrome = "<div class=related><a href=/a>Another story</a> <a href=/b>And another one</a></div>\n";
    int target = 50 * 1024 * 1024;
    StringBuilder sb = new StringBuilder(target + 1024).append("<html><body><article>");
    while (sb.length() < target) {
      sb.append(para).append(para).append(chrome);
    }
    sb.append("</article></body></html>");
    Document doc = Jsoup.parse(sb.toString());
    sb.setLength(0);
    List<String> got = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(doc));
    assertTrue(got.size() > 100_000, "paragraphs: " + got.size());
    assertFalse(got.stream().anyMatch(p -> p.contains("Another story")));
  }

  @Test
  void givesTheSameAnswerFromManyThreads() throws Exception {
    List<String> names = List.of("news-chrome", "blog", "jsonld-only", "br-separated", "cjk-news",
        "unclosed-nested");
    List<String> htmls = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    for (String n : names) {
      String html = resource(n + ".html");
      htmls.add(html);
      expected.add(extractor.extract(Jsoup.parse(html)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "content-test"));
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String html : htmls) {
          futures.add(pool.submit(() -> extractor.extract(Jsoup.parse(html))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % htmls.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
