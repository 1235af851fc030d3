package org.parley.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

class MetadataExtractorTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  private final MetadataExtractor extractor = new MetadataExtractor(NOW);

  private static Document page(String name, String url) throws IOException {
    try (InputStream in = MetadataExtractorTest.class.getResourceAsStream("/meta/" + name)) {
      assertNotNull(in, name);
      return Jsoup.parse(in, "UTF-8", url);
    }
  }

  @Test
  void readsJsonLdGraphDateBeforeMetaTagAndKeepsOffset() throws IOException {
    Document doc = page("jsonld-graph-before-meta.html", "https://gazette.example/news/harbour-bridge-reopens");
    String before = doc.outerHtml();
    PageMetadata m = extractor.extract(doc, "https://gazette.example/news/harbour-bridge-reopens");
    PublishedDate d = m.published();
    assertNotNull(d);
    assertEquals(DateSource.JSON_LD, d.source());
    assertEquals(LocalDate.of(2021, 3, 5), d.day());
    assertEquals("2021-03-05T09:12+01:00", d.iso());
    assertEquals("2021-03-05T09:12:00+01:00", d.raw());
    assertEquals(List.of("Mara Quillon"), m.authors());
    assertEquals("Harbour bridge reopens after repairs", m.title());
    assertEquals("The Riverside Gazette", m.siteName());
    assertEquals("https://gazette.example/news/harbour-bridge-reopens", m.canonicalUrl());
    assertEquals("en", m.declaredLanguage());
    assertTrue(m.standfirst() != null && m.standfirst().startsWith("The old harbour bridge"));
    assertEquals(before, doc.outerHtml(), "the document must not be modified");
  }

  @Test
  void takesPublishedMetaTagOverEarlierModifiedOne() throws IOException {
    PageMetadata m = extractor.extract(page("meta-modified-first.html", ""), null);
    assertNotNull(m.published());
    assertEquals(DateSource.META, m.published().source());
    assertEquals(LocalDate.of(2022, 6, 14), m.published().day());
    assertEquals("Le marché couvert rouvre ses portes", m.title());
    assertEquals(List.of("Élodie Marchand", "Paul Vasseur"), m.authors());
    assertEquals("fr", m.declaredLanguage());
  }

  @Test
  void brokenJsonLdWarnsAndFutureDateFallsBackToGermanDateline() throws IOException {
    PageMetadata m = extractor.extract(page("broken-jsonld-german-dateline.html", ""), null);
    assertFalse(m.warnings().isEmpty(), "a warning names the unreadable JSON-LD block");
    PublishedDate d = m.published();
    assertNotNull(d);
    assertEquals(DateSource.TEXT, d.source());
    assertEquals(LocalDate.of(2021, 3, 5), d.day(), "not the 2031 JSON-LD date, not the nav or comment dates");
    assertEquals("Neue Radwege für die Altstadt", m.title());
  }

  @Test
  void futureDateIsAcceptedOnceTheClockHasPassedIt() throws IOException {
    MetadataExtractor later = new MetadataExtractor(Clock.fixed(Instant.parse("2032-01-01T00:00:00Z"),
        ZoneOffset.UTC));
    PageMetadata m = later.extract(page("broken-jsonld-german-dateline.html", ""), null);
    assertNotNull(m.published());
    assertEquals(LocalDate.of(2031, 2, 1), m.published().day());
  }

  @Test
  void cleansPollutedBylineIntoTwoNames() throws IOException {
    PageMetadata m = extractor.extract(page("polluted-byline.html", ""), "https://courier.example/farm");
    assertEquals(List.of("Jane Okafor", "Tom Brennan"), m.authors());
    assertEquals("Farmers brace for a dry summer", m.title());
    assertNull(m.standfirst(), "a one-word description is not a standfirst");
    assertEquals(LocalDate.of(2021, 3, 5), m.published().day());
  }

  @Test
  void readsDateFromUrlWhenPageHasNone() throws IOException {
    String url = "https://ferries.example/news/2020/11/03/ferry-timetable-changes";
    PageMetadata m = extractor.extract(page("url-date-only.html", url), url);
    assertNotNull(m.published());
    assertEquals(DateSource.URL, m.published().source());
    assertEquals(LocalDate.of(2020, 11, 3), m.published().day());
    assertNull(m.siteName(), "no declared site name: the caller falls back to the host");
    assertNull(m.declaredLanguage());
  }

  @Test
  void readsDateFromUrlWithSectionBetweenYearAndMonth() throws IOException {
    String url = "http://www.wire.example/2010/POLITICS/08/13/budget.vote/index.html";
    PageMetadata m = extractor.extract(page("url-date-only.html", url), url);
    assertEquals(LocalDate.of(2010, 8, 13), m.published().day());
    String noDay = "http://www.wire.example/2010/POLITICS/budget-vote/index.html";
    assertNull(extractor.extract(page("url-date-only.html", noDay), noDay).published());
  }

  @Test
  void noDateAtAllGivesNull() throws IOException {
    PageMetadata m = extractor.extract(page("url-date-only.html", ""), "https://ferries.example/about");
    assertNull(m.published());
    assertTrue(m.warnings().isEmpty());
  }

  @Test
  void unmarkedBylineInPresentationalTagsGivesTheName() {
    Document doc = org.jsoup.Jsoup.parse("<html><body><table><tr><td><font size=2><a href=/>Home</a> | "
        + "<a href=/world>World</a></font></td></tr><tr><td><font size=5><b>Ferry delayed until March</b></font>"
        + "<br><font size=2><b>By Ines Holloway</b><br>Tuesday 14 January 2020 10.05 GMT</font>"
        + "<p>The harbour authority said the new ferry would enter service in March.</p>"
        + "<p>By March the old vessel will have sailed for thirty years.</p></td></tr></table></body></html>");
    assertEquals(List.of("Ines Holloway"), extractor.extract(doc, null).authors());
  }

  @Test
  void sentenceOpeningWithByIsNotAByline() {
    Document doc = org.jsoup.Jsoup.parse("<html><body><h1>Ferry delayed</h1>"
        + "<p>By Tuesday Evening Ferries had cancelled every crossing.</p></body></html>");
    assertEquals(List.of(), extractor.extract(doc, null).authors());
  }
}
