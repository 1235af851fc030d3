package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.quotes.QuoteAssertions.assertSpeaker;
import static org.parley.quotes.QuoteAssertions.containing;
import static org.parley.quotes.QuoteAssertions.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;

/** Quote spans: whole utterances, without their attribution; no terms, titles, headlines, captions or pull quotes. */
class QuoteSpansTest {
  @Test
  void theClosingAttributionIsNotPartOfTheText() {
    Quote q = containing(quotes("“The harbour will stay closed until the storm has passed,” the minister said in an"
        + " interview."), "harbour will stay");
    assertEquals("The harbour will stay closed until the storm has passed", q.text());
  }

  @Test
  void aQuoteInterruptedByItsAttributionIsOneQuote() {
    List<Quote> qs = quotes("“We will not close the clinic,” the director said, “and we will hire four more nurses"
        + " before the winter.”");
    List<Quote> direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(1, direct.size(), qs.toString());
    assertEquals("We will not close the clinic and we will hire four more nurses before the winter.",
        direct.get(0).text(), "the parts joined by a space, without the attribution between them");
  }

  @Test
  void wordsReadTwiceAreOneQuoteWithItsSpeaker() {
    List<Quote> qs = quotes("Moscow said on Thursday that its military aircraft flying near the coast would keep"
        + " their transponders switched on, a step Latvia, NATO and the EU had demanded.");
    List<Quote> aircraft = qs.stream().filter(q -> q.text().contains("transponders switched on")).toList();
    assertEquals(1, aircraft.size(), qs.toString());
    assertTrue(aircraft.get(0).speaker() != null, qs.toString());
  }

  @Test
  void aTermInQuotationMarksIsNoQuote() {
    List<Quote> qs = quotes("The school was put under “special measures” last spring after a poor inspection.");
    assertTrue(qs.stream().noneMatch(q -> q.text().equals("special measures")), qs.toString());
  }

  @Test
  void aQuoteLeftOpenEndsWhereTheNextAttributionStarts() {
    String text = "Mr Ferreira said: \"I lost two years of my life in that cell. He added: \"They tried to break me"
        + " but they only made me stronger.\"";
    List<Quote> qs = quotes(text);
    Quote first = containing(qs, "lost two years");
    assertFalse(first.text().contains("He added"), first.text());
    Quote second = containing(qs, "tried to break me");
    assertFalse(second.text().contains("lost two years"), second.text());
  }

  @Test
  void aQuotationInTheHeadlineIsNoQuote() {
    String text = "Mayor: \"The bridge must close\"\n\nThe mayor said on Monday that the old bridge would close for"
        + " repairs in June.";
    List<Quote> qs = quotes(text);
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("bridge must close")), qs.toString());
  }

  @Test
  void aQuotationInAPhotoCaptionIsNoQuote() {
    String text = "The council voted to close the depot on Tuesday.\n\n"
        + "\"We have no other choice left,\" a protester's placard reads. Photo: Dana Whitfield\n\n"
        + "The depot employs ninety people.";
    List<Quote> qs = quotes(text);
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("no other choice")), qs.toString());
  }

  @Test
  void aPullQuoteRepeatingTheStoryIsNotCountedTwice() {
    String text = "The head teacher spoke after the results were published.\n\n"
        + "“Every child in this school can read by the age of seven now, and that is the work of the staff,” Ms"
        + " Adebayo said.\n\n"
        + "“Every child in this school can read by the age of seven”\n\n"
        + "The school had been on the brink of closure two years ago.";
    List<Quote> qs = quotes(text);
    assertEquals(1, qs.stream().filter(q -> q.text().contains("Every child")).count(), qs.toString());
  }

  @Test
  void theItemsOfAListAfterAColonAreWhatTheSpeakerSaid() {
    String text = "In a long interview the governor also said:\n\n"
        + "The new reservoir will be finished by 2030\n\n"
        + "Water prices will not rise this year\n\n"
        + "She visits the northern valleys next week for the first time since the floods.";
    List<Quote> qs = quotes(text);
    Quote reservoir = containing(qs, "new reservoir");
    assertEquals("The new reservoir will be finished by 2030", reservoir.text());
    assertSpeaker("the governor", reservoir);
    containing(qs, "Water prices will not rise");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("northern valleys")), qs.toString());
  }
}
