package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.ArticleExtractor;
import org.parley.model.Analysis;
import org.parley.model.RawPage;

class PageAnalysisTest {
  private static final String STORY = """
      <html lang="en"><head><title>Ferry dispute</title></head><body><article><h1>Ferry dispute</h1>
      <p>Estonia accused Russia of blocking the ferry at Narva on Monday, officials in Tallinn said.</p>
      <p>Moscow rejected the accusation and said the work at the crossing was routine maintenance.</p>
      </article></body></html>""";

  private static RawPage page(String origin, String html) {
    return new RawPage(URI.create("https://news.example/" + origin), html.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", null, origin);
  }

  private static final PageAnalysis.Analyzer EMPTY =
      a -> new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void aPageBecomesItsAnalysis() {
    PageAnalysis.Result r = new PageAnalysis(new ArticleExtractor(), EMPTY).analyze(page("ferry.html", STORY));
    Analysis a = assertInstanceOf(PageAnalysis.Analysed.class, r).analysis();
    assertEquals("Ferry dispute", a.article().title());
  }

  @Test
  void anUnreadablePageFailsAtExtractionWithItsReasonAlone() {
    PageAnalysis.Result r = new PageAnalysis(new ArticleExtractor(), EMPTY)
        .analyze(page("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"));
    Failure f = assertInstanceOf(PageAnalysis.Failed.class, r).failure();
    assertEquals(new Failure("menu.html", Stage.EXTRACT, "no article body found"), f);
  }

  @Test
  void aBugInTheAnalysisCostsOnlyThatPage() {
    PageAnalysis broken = new PageAnalysis(new ArticleExtractor(), a -> {
      throw new IllegalStateException("no parse");
    });
    Failure f = assertInstanceOf(PageAnalysis.Failed.class, broken.analyze(page("ferry.html", STORY))).failure();
    assertEquals(Stage.ANALYZE, f.stage());
    assertEquals("ferry.html", f.input());
    assertTrue(f.reason().startsWith("analyzer failed: java.lang.IllegalStateException: no parse"), f.reason());
  }

  @Test
  void anUnwantedArticleIsNotAnalysed() {
    PageAnalysis never = new PageAnalysis(new ArticleExtractor(), a -> {
      throw new AssertionError("analysed");
    });
    PageAnalysis.Result r = never.analyze(page("ferry.html", STORY), a -> false);
    assertEquals("Ferry dispute", assertInstanceOf(PageAnalysis.NotWanted.class, r).article().title());
  }
}
