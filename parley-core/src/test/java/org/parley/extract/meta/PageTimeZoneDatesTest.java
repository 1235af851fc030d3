package org.parley.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.model.PublishedDate;

/** Dates read in the page's own time zone, day/month order, and evidence that belongs to something else. */
class PageTimeZoneDatesTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  private final MetadataExtractor extractor = new MetadataExtractor(NOW);

  private PublishedDate date(String html, String url) {
    PageMetadata m = extractor.extract(Jsoup.parse(html, url == null ? "" : url), url);
    return m.published();
  }

  @Test
  void japaneseDayWithoutTimeIsTheStartOfThatDayInJapan() {
    PublishedDate d = date("<html lang=ja><body><h1>新しい鍵盤の発表</h1>"
        + "<p class=date>2019年3月5日</p><p>本文です。</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2019, 3, 5), d.day());
    assertEquals(OffsetDateTime.parse("2019-03-05T00:00+09:00"), d.dateTime());
    assertEquals("2019-03-04T15:00:00Z", d.instant().toString());
  }

  @Test
  void timeWrittenAfterTheDayIsKeptInThePageZone() {
    PublishedDate d = date("<html lang=ja><body><h1>週末のまとめ</h1>"
        + "<p class=date>2019年04月21日 12時00分更新</p></body></html>", null);
    assertNotNull(d);
    assertEquals(OffsetDateTime.parse("2019-04-21T12:00+09:00"), d.dateTime());
  }

  @Test
  void germanDayFollowsSummerTime() {
    PublishedDate d = date("<html lang=de><body><h1>Seltene Blüte entschlüsselt</h1>"
        + "<div class=datum>19.07.2022</div></body></html>", null);
    assertNotNull(d);
    assertEquals(OffsetDateTime.parse("2022-07-19T00:00+02:00"), d.dateTime());
  }

  @Test
  void languageOfManyZonesGivesNoTime() {
    PublishedDate d = date("<html lang=en><body><h1>Harbour news</h1>"
        + "<div class=date>March 5, 2021</div></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2021, 3, 5), d.day());
    assertNull(d.dateTime(), "English is written in many zones: no moment is invented");
  }

  @Test
  void offsetWrittenElsewhereOnThePageAnchorsALocalTime() {
    PublishedDate d = date("<html><head><meta property='article:published_time' content='2016-12-19 19:08:44'>"
        + "<meta property='article:modified_time' content='2016-12-19T21:00:00-05:00'></head>"
        + "<body><h1>Gossip</h1></body></html>", null);
    assertNotNull(d);
    assertEquals(OffsetDateTime.parse("2016-12-19T19:08:44-05:00"), d.dateTime());
  }

  @Test
  void utcStampIsNotRestatedByLanguageAlone() {
    PublishedDate d = date("<html lang=de><head>"
        + "<meta property='article:published_time' content='2019-12-26T23:07:45+00:00'></head>"
        + "<body><h1>Neues Talent</h1></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2019, 12, 26), d.day(), "the stamp states its own offset");
  }

  @Test
  void ambiguousNumericValueTakesTheOrderThePageWrites() {
    PublishedDate d = date("<html lang=de><body><h1>Krimi der Woche</h1>"
        + "<time class=published datetime='06-08-2009T14:12:32+0200'>6. August 2009</time>"
        + "<p>Ein Roman, der im Sommer spielt.</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2009, 8, 6), d.day());
  }

  @Test
  void urlDayWinsOverAStampOneDayOff() {
    String url = "https://city.example/2023/11/08/council-elects-mayor/";
    PublishedDate d = date("<html><head><meta property='article:published_time' content='2023-11-09T06:21:49+00:00'>"
        + "</head><body><h1>Council elects mayor</h1></body></html>", url);
    assertNotNull(d);
    assertEquals(LocalDate.of(2023, 11, 8), d.day());
    assertEquals(OffsetDateTime.parse("2023-11-09T06:21:49Z"), d.dateTime(), "the moment stays as stamped");
  }

  @Test
  void dateInsideASentenceIsAnEventNotThePublication() {
    PublishedDate d = date("<html lang=de><body><h1>Hackathon</h1>"
        + "<p>Am 15.12.2016 treffen sich die Offene-Daten-Gruppen wieder im Stadtteilzentrum, diesmal schon um "
        + "zehn Uhr, und alle sind herzlich eingeladen mitzumachen.</p></body></html>", null);
    assertNull(d);
  }

  @Test
  void datelineOpeningAParagraphIsThePublication() {
    PublishedDate d = date("<html lang=de><body><h1>Gedenktag</h1>"
        + "<p>27.1.2022 - Bei der Erinnerung an die Verfolgten waren viele Gruppen lange unsichtbar, was sich erst "
        + "in letzter Zeit langsam ändert, wie die neue Gedenkstätte zeigt.</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2022, 1, 27), d.day());
  }

  @Test
  void todaysDateInTheSiteBannerIsIgnored() {
    PublishedDate d = date("<html lang=en><body>"
        + "<div class=top><div class=logo><a href='/'><img src='/img/logo.png'></a></div>"
        + "<div class=today><span class=date>Tue, 14 Jan 2020</span></div></div>"
        + "<div class=story><h1>Bushfire brought under control</h1><p class=date>Jan 13, 2020</p></div>"
        + "</body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2020, 1, 13), d.day());
  }

  @Test
  void rdfaDatePropertyOnASpanIsMicrodata() {
    PublishedDate d = date("<html><body><h1>Weingut wächst</h1><span class=post-created>28.01.22</span>"
        + "<span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00' class=hidden></span>"
        + "</body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2022, 1, 28), d.day());
  }

  @Test
  void dayFirstUrlDateIsReadWhenUnambiguous() {
    assertEquals(LocalDate.of(2021, 10, 29),
        date("<html><body><h1>Meldung</h1></body></html>", "https://verein.example/meldungen/29-10-2021").day());
    assertNull(date("<html><body><h1>Meldung</h1></body></html>", "https://verein.example/meldungen/05-06-2021"),
        "05-06-2021 could be either order");
  }

  @Test
  void updateLineDatesAPageWithNothingElse() {
    PublishedDate d = date("<html lang=de><body><div class=lastchanged>Stand: 19.10.2019 11:05 Uhr</div>"
        + "<h1>Ein Remis als Mutmacher</h1><p>Text.</p></body></html>", null);
    assertNotNull(d);
    assertEquals(LocalDate.of(2019, 10, 19), d.day());
    assertEquals(OffsetDateTime.parse("2019-10-19T11:05+02:00"), d.dateTime());
  }
}
