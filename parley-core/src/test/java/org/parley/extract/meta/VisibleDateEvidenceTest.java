package org.parley.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.model.PublishedDate;

/** Which of the dates a page shows is its publication date, when the markup does not say. */
class VisibleDateEvidenceTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  private final MetadataExtractor extractor = new MetadataExtractor(NOW);

  private PublishedDate date(String html, String url) {
    return extractor.extract(Jsoup.parse(html, url == null ? "" : url), url).published();
  }

  @Test
  void labelledPublicationDateBeatsEarlierUnlabelledDates() {
    PublishedDate d = date("<html lang=de><body><div class=ticker>Live: Pokalrunde 02.03.2021 18:00</div>"
        + "<h1>Neue Fähre für den Stausee</h1><p>Die Gemeinde hat am 14.02.2021 beschlossen, eine Fähre zu kaufen.</p>"
        + "<p><span class=label>Erschienen am:</span> <strong>26.02.2021</strong></p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 2, 26), d.day());
  }

  @Test
  void labelInTheSameLineAsTheDateCounts() {
    PublishedDate d = date("<html lang=en><body><h1>Ferry timetable changes</h1>"
        + "<ul class=news><li>Harbour works 2021-03-01</li></ul>"
        + "<p class=small>Written: 2021-03-04 10:15:00 / Updated: 2021-03-05 08:00:00</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 3, 4), d.day());
  }

  @Test
  void labelledDateInsideAWrapperNamedForNavigationStillCounts() {
    PublishedDate d = date("<html lang=de><body><div class=left-navigation-wrapper><main>"
        + "<h1>Neue Präsidentin gewählt</h1><div><span>Veröffentlicht am</span><h2>13.10.2021</h2></div>"
        + "<p>Zuletzt geändert am: 15.10.2021</p></main></div></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 10, 13), d.day());
  }

  @Test
  void genericMetaDateGivesWayToAnEarlierDateThePageShows() {
    PublishedDate d = date("<html lang=de><head><meta name=date content=2021-05-07T09:00:00+02:00></head><body>"
        + "<h1>Stadtrat beschließt neuen Radweg</h1><p class=meta>05.05.2021, 17:40</p>"
        + "<p>Der Radweg soll im Herbst fertig sein.</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 5, 5), d.day());
  }

  @Test
  void genericMetaDateStandsAgainstALaterShownDate() {
    PublishedDate d = date("<html lang=de><head><meta name=date content=2021-05-07></head><body>"
        + "<h1>Konzertreihe im Sommer</h1><p class=termin>12.06.2021</p><p>Karten gibt es an der Kasse.</p>"
        + "</body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 5, 7), d.day(), "a later date shown is an event, not the publication");
  }

  @Test
  void dedicatedPublishedMetaTagIsNotSecondGuessedByShownDates() {
    PublishedDate d = date("<html lang=de><head><meta property=article:published_time "
        + "content=2021-05-07T09:00:00+02:00></head><body><h1>Stadtrat beschließt neuen Radweg</h1>"
        + "<p class=meta>05.05.2021</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 5, 7), d.day());
  }

  @Test
  void urlDayOneOffWinsOnlyForAStampNearMidnight() {
    String evening = "<html lang=en><head><meta property=article:published_time content=2020-02-18T02:18:00Z>"
        + "</head><body><h1>Council votes on budget</h1></body></html>";
    PublishedDate d = date(evening, "https://news.example/2020/02/17/council-votes-on-budget");
    assertNotNull(d);
    assertEquals(LocalDate.of(2020, 2, 17), d.day(), "02:18Z is the evening before in the newsroom's zone");

    String morning = evening.replace("02:18:00Z", "10:04:00Z");
    d = date(morning, "https://news.example/2020/02/17/council-votes-on-budget");
    assertNotNull(d);
    assertEquals(LocalDate.of(2020, 2, 18), d.day(), "10:04Z is the 18th wherever the newsroom is; the URL kept "
        + "the day the story was drafted");
  }

  @Test
  void timeOfAnEmbeddedPostIsNotThePagesDate() {
    PublishedDate d = date("<html lang=de><body><h1>Was sich nach dem Urteil ändert</h1>"
        + "<blockquote class=embed-card><p>Ein Beitrag von @seefahrerin am <time datetime=2018-03-12T19:30:12+00:00>"
        + "12. März 2018</time></p></blockquote><p class=dateline>Dienstag, 29. Januar 2019</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2019, 1, 29), d.day());
  }

  @Test
  void canonicalAddressDatesACopyWhoseOwnUrlHasNoDate() {
    PublishedDate d = date("<html lang=en><head><link rel=canonical "
        + "href=https://origin.example/world/ferry-delayed-until-march-20200113></head><body>"
        + "<div class=top><a href=/><img class=logo src=/logo.png></a><span class=date>Tue, 14 Jan 2020</span></div>"
        + "<p>The ferry is delayed.</p></body></html>", "https://copy.example/news/263700449/ferry-delayed");
    assertNotNull(d);
    assertEquals(LocalDate.of(2020, 1, 13), d.day());
  }

  @Test
  void todaysDateInThePageHeaderIsNotTheArticles() {
    PublishedDate d = date("<html lang=en><body><div class=header--topbar><ul class=topbar-info><li>Baku</li>"
        + "<li>Tuesday, (08 Dec 2020)</li></ul></div><div class=post><h1>Envoy backs the counteroffensive</h1>"
        + "<ul class=meta><li><a href=/day/2020-10-13>13 Oct 2020 18:29</a></li></ul>"
        + "<p>The envoy spoke to reporters.</p></div></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2020, 10, 13), d.day());
  }

  /** A page as long as an archive dump: paragraphs of prose, no headline. */
  private static String longPage(String top, int paragraphs, String bottom) {
    StringBuilder html = new StringBuilder("<html lang=en><body>").append(top);
    for (int i = 0; i < paragraphs; i++) {
      html.append("<p>Ferry crews on the lake reported calm water and on-time crossings for the ").append(i)
          .append(" th week running, the harbour office said in its note.</p>");
    }
    return html.append(bottom).append("</body></html>").toString();
  }

  @Test
  void onAHugePageTheDateNearTheTopIsFoundAndLabelsFarBelowAreNotRead() {
    // About 2.5 MB of text: the label scans stop after the first MAX_SCANNED_CHARS characters.
    String far = "<p>Published: 2021-06-30</p>";
    PublishedDate top = date(longPage("<p>Published: 2021-03-04</p>", 30_000, far), null);
    assertNotNull(top);
    assertEquals(LocalDate.of(2021, 3, 4), top.day());
    int beyond = VisibleDates.MAX_SCANNED_CHARS / 80 + 10;
    assertEquals(null, date(longPage("", beyond, far), null), "a label after the scanned text is not read");
    assertEquals(LocalDate.of(2021, 6, 30), date(longPage("", 100, far), null).day(), "but is read on a short page");
  }
}
