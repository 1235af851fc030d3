package org.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bylines of scraped text carried through as person names, in the shapes sites print them. */
class ScrapedBylineTest {
  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

  private static final String BODY = "The harbour authority said on Tuesday that the new ferry would enter service in "
      + "March, two months later than planned, after sea trials found a fault in one of its engines.\n\n"
      + "\"We would rather be late than sorry,\" the authority's director told reporters at the quay, adding that "
      + "the old vessel would keep sailing until then.\n";

  @Test
  void byLineGivesTheNames() {
    ScrapedText t = extractor.extract("Skip to content\nHome\nNews\nWorld\n\nNew ferry delayed until March\n\n"
        + "By Ines Holloway and Pavel Dorn\n14 January 2020 10:05 GMT\n\n" + BODY);
    assertEquals(List.of("Ines Holloway", "Pavel Dorn"), t.authors());
    assertEquals("New ferry delayed until March", t.title());
  }

  @Test
  void postedOnDateByNameIsAByline() {
    ScrapedText t = extractor.extract("Harbour Notes\nMenu\nHome\nAbout\n\nWhy the ferry is late\n"
        + "Posted on January 14, 2020 by Ines Holloway\n\n" + BODY);
    assertEquals(List.of("Ines Holloway"), t.authors());
    assertEquals("2020-01-14", t.published().day().toString());
    assertFalse(t.paragraphs().get(0).startsWith("Posted on"), t.paragraphs().get(0));
  }

  @Test
  void lineOfNamesAboveTheDatelineIsTheBylineNotTheHeadline() {
    ScrapedText t = extractor.extract("Sign in\nSubscribe\nThe Evening Lantern\nNews World Sport\nEurope\n"
        + "New ferry delayed until March\n"
        + "Sea trials found an engine fault, the harbour authority says.\n"
        + "Ines Holloway and Pavel Dorn in Tallinn/Helsinki\nTue 14 Jan 2020 10.05 GMT\n"
        + "Share on Facebook Share on Twitter Share via Email\n\n" + BODY);
    assertEquals("New ferry delayed until March", t.title());
    assertEquals(List.of("Ines Holloway", "Pavel Dorn"), t.authors());
    assertTrue(t.paragraphs().stream().noneMatch(p -> p.startsWith("Ines Holloway")), t.paragraphs().toString());
  }

  @Test
  void agencyOrStaffBylineGivesNoPersonName() {
    ScrapedText t = extractor.extract("New ferry delayed until March\nBy Staff Reporter\n14 January 2020\n\n" + BODY);
    assertEquals(List.of(), t.authors());
    t = extractor.extract("New ferry delayed until March\nBy Reuters\n14 January 2020\n\n" + BODY);
    assertEquals(List.of(), t.authors());
  }

  @Test
  void headlineOfTwoNamesFollowedByProseIsNotTakenForAByline() {
    ScrapedText t = extractor.extract("Ines Holloway\n\n" + BODY);
    assertEquals(List.of(), t.authors());
  }

  @Test
  void roleAfterTheNameIsDropped() {
    ScrapedText t = extractor.extract("New ferry delayed until March\nBy Ines Holloway, Transport Correspondent\n"
        + "14 January 2020\n\n" + BODY);
    assertEquals(List.of("Ines Holloway"), t.authors());
  }
}
