package org.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.DateSource;

class ScrapedTextExtractorTest {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = ScrapedTextExtractorTest.class.getResourceAsStream("/text/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertBody(ScrapedText t, int count, String firstStart, String lastStart) {
    List<String> p = t.paragraphs();
    assertEquals(count, p.size(), () -> String.join("\n", p));
    assertTrue(p.get(0).startsWith(firstStart), p.get(0));
    assertTrue(p.get(p.size() - 1).startsWith(lastStart), p.get(p.size() - 1));
  }

  @Test
  void readsLayoutWithIconLineDatelineStandfirstAndRepeatedHeadline() throws IOException {
    ScrapedText t = extractor.extract(fixture("icons-first.txt"));
    assertEquals("Harbour council approves new ferry link to Kestrel Island", t.title());
    assertEquals("The route, promised for a decade, will start next spring and cut the crossing to forty minutes,"
        + " officials said.", t.standfirst());
    assertNotNull(t.published());
    assertEquals(LocalDate.of(2021, 3, 3), t.published().day());
    assertEquals("3 Mar, 2021 09:12", t.published().raw());
    assertEquals(DateSource.TEXT, t.published().source());
    assertBody(t, 5, "The harbour council of Port Alden voted on Tuesday",
        "The first boat is expected to sail in April");
    String body = String.join("\n", t.paragraphs());
    for (String chrome : List.of("Share this", "Advertisement", "Related:", "newsletter", "Sport", "©", "icon")) {
      assertFalse(body.contains(chrome), chrome);
    }
    assertFalse(body.contains("Harbour council approves"), "repeated headline kept");
  }

  @Test
  void readsLayoutWithNavBarBylineAndAmericanDateAndDropsTeasers() throws IOException {
    ScrapedText t = extractor.extract(fixture("no-icons-byline.txt"));
    assertEquals("Minister rejects call for early vote on pension reform", t.title());
    assertNull(t.standfirst(), "the first body paragraph is not a standfirst");
    assertEquals(LocalDate.of(2021, 3, 3), t.published().day());
    assertEquals("March 3, 2021", t.published().raw());
    assertBody(t, 4, "The finance minister on Wednesday rejected",
        "Union leaders welcomed the delay");
    String body = String.join("\n", t.paragraphs());
    assertFalse(body.contains("Jane Roe"), "byline kept in body");
    assertFalse(body.contains("cookies"));
    assertFalse(body.contains("Storm closes"), "teaser after 'Most read' kept");
  }

  @Test
  void readsDatelineAfterHeadlineWithTimeZoneAndDropsCommentsAndSharing() throws IOException {
    ScrapedText t = extractor.extract(fixture("dateline-after-headline.txt"));
    assertEquals("Drought forces farmers to sell cattle early", t.title());
    assertTrue(t.standfirst().startsWith("Herders in the northern plains"), t.standfirst());
    assertEquals(OffsetDateTime.parse("2021-03-03T10:05Z"), t.published().dateTime());
    assertEquals("3 March 2021 10.05 GMT", t.published().raw());
    assertBody(t, 4, "Farmers across the northern plains", "The regional government has promised");
    String body = String.join("\n", t.paragraphs());
    assertFalse(body.contains("Photo:"));
    assertFalse(body.contains("WhatsApp"));
    assertFalse(body.contains("disgrace"), "reader comment kept");
  }

  @Test
  void readsWindowsLineEndingsAndFallsBackToUpdateDateWithWarning() throws IOException {
    String text = fixture("windows-crlf.txt");
    assertTrue(text.contains("\r\n"), "fixture must keep CRLF line endings");
    ScrapedText t = extractor.extract(text);
    assertEquals("Rail strike set to halt trains across the south", t.title());
    assertTrue(t.standfirst().startsWith("Drivers will walk out for two days"), t.standfirst());
    assertEquals(OffsetDateTime.parse("2021-03-03T14:30Z"), t.published().dateTime());
    assertTrue(t.warnings().stream().anyMatch(w -> w.contains("update date")), t.warnings().toString());
    assertBody(t, 3, "Train drivers in the southern network", "The union is asking for a rise");
    assertTrue(t.paragraphs().stream().noneMatch(p -> p.contains("\r")));
  }

  @Test
  void joinsHardWrappedLinesIntoParagraphs() throws IOException {
    ScrapedText t = extractor.extract(fixture("hard-wrapped.txt"));
    assertEquals("Wind farm plan divides coastal villages", t.title());
    assertEquals(LocalDate.of(2021, 3, 3), t.published().day());
    assertBody(t, 5, "A proposal for forty turbines off the Westmark coast", "A public hearing is planned for May.");
    assertEquals("A proposal for forty turbines off the Westmark coast has split opinion in the villages that would"
        + " overlook them, with fishermen and hotel owners on opposite sides of the argument.", t.paragraphs().get(0));
    assertTrue(t.paragraphs().get(2).contains("left out of the decision,\" said Pieter Hals"));
  }

  @Test
  void readsGermanLayoutWithGermanChromeAndDate() throws IOException {
    ScrapedText t = extractor.extract(fixture("german.txt"));
    assertEquals("Stadtrat beschließt neues Radwegenetz für die Innenstadt", t.title());
    assertTrue(t.standfirst().startsWith("Nach monatelangem Streit"), t.standfirst());
    assertEquals(LocalDate.of(2021, 3, 3), t.published().day());
    assertNull(t.published().dateTime(), "no time zone given, so no timestamp");
    assertEquals("3. März 2021, 09:12 Uhr", t.published().raw());
    assertBody(t, 4, "Der Stadtrat von Neuhafen", "Die ersten Bauarbeiten sollen im Herbst beginnen.");
    String body = String.join("\n", t.paragraphs());
    for (String chrome : List.of("Anzeige", "Lesen Sie auch", "Cookies", "Anna Beispiel", "Buslinie", "Politik")) {
      assertFalse(body.contains(chrome), chrome);
    }
  }

  @Test
  void findsHeadlineNextToTheBylineBelowTeasersAndStopsAtReaderComments() throws IOException {
    ScrapedText t = extractor.extract(fixture("blog-with-comments.txt"));
    assertEquals("Mayor defends budget cuts at stormy town meeting", t.title());
    assertNull(t.standfirst());
    assertEquals(OffsetDateTime.parse("2019-11-19T06:21-05:00"), t.published().dateTime());
    assertEquals("November 19, 2019, 6:21 AM EST", t.published().raw());
    assertBody(t, 4, "Mayor Elena Duarte defended her proposed budget cuts", "Several residents said the cuts");
    String body = String.join("\n", t.paragraphs());
    for (String chrome : List.of("Getty", "Route 9", "parking rules", "riverdog", "pool is a mistake", "Sam Rivera")) {
      assertFalse(body.contains(chrome), chrome);
    }
  }

  @Test
  void dropsTeaserListsBetweenAndAfterParagraphs() {
    String text = "Port strike ends after two weeks\n"
        + "12 May 2022\n"
        + "Dock workers returned to work on Thursday after the union accepted a new pay offer from the port"
        + " authority, ending a two-week strike.\n"
        + "Trending now\n"
        + "Ferry fares to rise in June\n"
        + "New cycle lane opens on the seafront\n"
        + "Fishing quota talks stall again\n"
        + "The agreement gives workers a rise of six per cent this year and four per cent next year.\n"
        + "Cargo ships that waited offshore began unloading within hours.\n"
        + "Weather warning for the coast\n"
        + "Tide tables for the week\n";
    ScrapedText t = extractor.extract(text);
    assertEquals("Port strike ends after two weeks", t.title());
    assertEquals(List.of(
        "Dock workers returned to work on Thursday after the union accepted a new pay offer from the port"
            + " authority, ending a two-week strike.",
        "The agreement gives workers a rise of six per cent this year and four per cent next year.",
        "Cargo ships that waited offshore began unloading within hours."), t.paragraphs());
  }

  @Test
  void keepsASingleSubheadingBetweenParagraphs() {
    String text = "Council unveils plan for new harbour park\n"
        + "2 April 2023\n"
        + "The council on Monday unveiled plans for a park on the site of the old harbour warehouses.\n"
        + "What happens next\n"
        + "A public consultation will run until the end of May, the council said.\n";
    ScrapedText t = extractor.extract(text);
    assertEquals(3, t.paragraphs().size(), t.paragraphs().toString());
    assertEquals("What happens next", t.paragraphs().get(1));
  }

  @Test
  void keepsEveryParagraphOfTextWithoutAnyFurniture() {
    String text = "The committee met on Monday to discuss the budget.\n\n"
        + "It agreed to postpone the decision until the autumn session.\n\n"
        + "Members said more figures were needed before any vote.\n";
    ScrapedText t = extractor.extract(text);
    assertNull(t.title());
    assertNull(t.published());
    assertEquals(3, t.paragraphs().size());
    assertTrue(t.warnings().contains("no headline found in the text"));
  }

  @Test
  void blankAndEmptyTextGiveAnEmptyResultNotAnError() {
    for (String text : List.of("", "\n\n  \r\n", "icon searchicon shareicon menuicon")) {
      ScrapedText t = extractor.extract(text);
      assertTrue(t.paragraphs().isEmpty(), text);
      assertNull(t.title());
    }
  }

  @Test
  void doesNotJoinLinesOfTextThatIsNotHardWrapped() {
    String text = "Flood barrier to be raised after record tide\n"
        + "Engineers say the work will take two years and cost less than feared.\n"
        + "14 June 2022\n"
        + "The city will raise its flood barrier by half a metre, the mayor announced on Tuesday after the highest"
        + " tide in a century swamped the old port.\n"
        + "Work begins in September.\n"
        + "Residents of the old port have been asking for better defences since the storm of 2019, when hundreds"
        + " of homes were flooded.\n";
    ScrapedText t = extractor.extract(text);
    assertEquals("Flood barrier to be raised after record tide", t.title());
    assertEquals("Engineers say the work will take two years and cost less than feared.", t.standfirst());
    assertEquals(LocalDate.of(2022, 6, 14), t.published().day());
    assertEquals(3, t.paragraphs().size(), t.paragraphs().toString());
    assertEquals("Work begins in September.", t.paragraphs().get(1));
  }
}
