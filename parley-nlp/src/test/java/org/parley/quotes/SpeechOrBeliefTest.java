package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.quotes.QuoteAssertions.containing;
import static org.parley.quotes.QuoteAssertions.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;
import org.parley.model.Quote;

/** Speech acts are told from beliefs, plans, perceptions and positions. */
class SpeechOrBeliefTest {
  private static Attribution of(String text, String words) {
    return containing(quotes(text), words).attribution();
  }

  @Test
  void verbsOfSayingReportSpeech() {
    assertEquals(Attribution.SPEECH, of("The harbour master said the ferry would leave at noon.", "ferry would"));
    assertEquals(Attribution.SPEECH, of("Ms Okafor told reporters that the talks had stalled.", "talks had"));
    assertEquals(Attribution.SPEECH, of("According to the port authority, three ships ran aground overnight.",
        "three ships"));
  }

  @Test
  void beliefsWishesPlansAndPerceptionsAreBeliefs() {
    assertEquals(Attribution.BELIEF, of("The governor believes that the levy will pass next month.", "levy will"));
    assertEquals(Attribution.BELIEF, of("The union wants the council to reopen the depot.", "reopen the depot"));
    assertEquals(Attribution.BELIEF, of("The minister plans to visit the flooded valleys on Monday.",
        "visit the flooded"));
    assertEquals(Attribution.BELIEF, of("The farmers fear that the drought will ruin the harvest.", "drought"));
  }

  @Test
  void aPositionTakenOnAThingIsNoQuoteButAPredicationInWordsIs() {
    assertEquals(Attribution.BELIEF, of("The committee rejected the amended budget on Tuesday.", "amended budget"));
    assertEquals(Attribution.SPEECH, of("The senator called the amended budget “a betrayal of the valleys”.",
        "betrayal"));
  }

  @Test
  void aTopicOrAPromiseIsNoReportOfWords() {
    assertEquals(Attribution.BELIEF, of("The mayor talked about the new tram line for an hour.", "tram line"));
    assertEquals(Attribution.BELIEF, of("The company pledged to cut its emissions by half.", "cut its emissions"));
  }

  @Test
  void nounsOfSayingAreSpeechNounsOfBeliefAreNot() {
    assertEquals(Attribution.SPEECH, of("Her claim that the ballots were lost angered the election board.",
        "ballots were lost"));
    assertEquals(Attribution.BELIEF, of("His hope that the strike would end soon faded by the evening.",
        "strike would end"));
  }

  @Test
  void aQuotationIsSpeechWhateverVerbStandsBesideIt() {
    List<Quote> qs = quotes("“We will rebuild every bridge the river took,” the regional governor insisted.");
    assertEquals(Attribution.SPEECH, containing(qs, "rebuild every bridge").attribution());
  }

  @Test
  void aReportInsideAnotherIsCountedOnce() {
    List<Quote> qs = quotes("The inspector said the driver had told him that the brakes failed twice that week.");
    assertEquals(1, qs.stream().filter(q -> q.text().contains("brakes failed")).count(), qs.toString());
    assertTrue(containing(qs, "brakes failed").text().startsWith("the driver"), qs.toString());
  }

  @Test
  void aSubjectThatCannotSpeakHoldsABeliefNotSpeech() {
    Quote q = containing(quotes("The timing suggests that the council knew about the leak."), "council knew");
    assertEquals(Attribution.BELIEF, q.attribution());
  }
}
