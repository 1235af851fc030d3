package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.quotes.QuoteAssertions.assertSpeaker;
import static org.parley.quotes.QuoteAssertions.containing;
import static org.parley.quotes.QuoteAssertions.quotes;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;

/** The indirect cues beyond "X said that …": positions, intentions, appearances, nouns, sources, framing verbs. */
class AttributionCuesTest {
  @Test
  void prepositionalObjectOfAStanceVerbIsItsContent() {
    Quote q = containing(quotes("The senator warned against deep cuts to the school lunch program."), "deep cuts");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertTrue(q.text().contains("school lunch program"), q.text());
    assertSpeaker("The senator", q);
  }

  @Test
  void whoWasToldAndWhereItWasSaidAreNotWhatWasSaid() {
    String text = "“The harbour will stay closed until the inspectors leave,” the mayor told reporters on Friday at"
        + " a briefing in the town hall.\n\n“We have no choice,” she said on local radio.\n\n“Nobody wants"
        + " this,” said Marta Ilves, the head of the port authority.";
    List<Quote> qs = quotes(text);
    assertEquals(3, qs.size(), qs.toString());
    for (Quote q : qs) {
      assertEquals(QuoteKind.DIRECT, q.kind(), q.toString());
    }
    assertSpeaker("Marta Ilves", containing(qs, "Nobody wants"));
    List<Quote> asked = quotes("The minister asked the committee for more time and explained to the press that the"
        + " budget was late.");
    assertTrue(asked.stream().noneMatch(q -> q.text().startsWith("the committee") || q.text().startsWith("the press")),
        asked.toString());
    assertTrue(containing(asked, "budget was late").text().startsWith("that the budget"), asked.toString());
  }

  @Test
  void passiveAgentIsTheSpeaker() {
    Quote q = containing(quotes("It was announced by the transport ministry that the northern border would reopen."),
        "the northern border would reopen");
    assertSpeaker("the transport ministry", q);
    assertEquals("announced", q.cue());
  }

  @Test
  void intentionVerbWithAnInfinitive() {
    Quote q = containing(quotes("The governor plans to raise taxes on large shipping companies next year."),
        "to raise taxes");
    assertSpeaker("The governor", q);
    assertEquals("plans", q.cue());
  }

  @Test
  void intentionVerbWithABareObjectIsNoCue() {
    List<Quote> qs = quotes("The farmers expect rain on Thursday.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  @Test
  void portrayalVerbNeedsItsAsPhrase() {
    Quote q = containing(quotes("Many dockworkers see the new trade deal as a betrayal of their union."),
        "as a betrayal");
    assertTrue(q.text().contains("the new trade deal"), q.text());
    assertSpeaker("Many dockworkers", q);
    assertTrue(quotes("Many dockworkers saw the new harbor crane on Monday.").isEmpty());
  }

  @Test
  void raisingVerbAttributesAJudgementWithoutASpeaker() {
    Quote q = containing(quotes("The mayor appears to be losing support among younger renters."), "losing support");
    assertTrue(q.text().startsWith("The mayor"), q.text());
    assertNull(q.speaker(), q.toString());
    assertEquals("appears", q.cue());
  }

  @Test
  void verbThatReportsOnlyWithItsPreposition() {
    Quote q = containing(quotes("The candidate talked about the rising cost of college tuition during the forum."),
        "rising cost of college");
    assertSpeaker("The candidate", q);
    assertEquals("talked", q.cue());
    assertTrue(quotes("The candidate talked for an hour.").isEmpty());
  }

  @Test
  void newStanceVerbTakesItsObject() {
    Quote q = containing(quotes("The dockworkers' union denounced the layoffs of two hundred crane operators."),
        "the layoffs of two hundred crane operators");
    assertEquals("denounced", q.cue());
  }

  @Test
  void cueNextToAWholeUtteranceReportsJustTheUtterance() {
    String text = "“We are ready for this fight,” the harbor master said, adding that the port would sue the"
        + " shipping line.";
    List<Quote> qs = quotes(text);
    Quote q = containing(qs, "We are ready for this fight");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("We are ready for this fight", q.text());
    assertFalse(qs.stream().anyMatch(x -> x.text().contains("ready") && x.text().contains("sue")), qs.toString());
  }

  @Test
  void quotedFragmentAtTheEndOfTheContentStaysMixed() {
    Quote q = containing(quotes("The bridge closure was “a disgrace,” the councilwoman said."), "bridge closure");
    assertEquals(QuoteKind.MIXED, q.kind());
  }

  @Test
  void shortChantWithAChantingVerbIsAQuote() {
    Quote q = containing(quotes("The crowd chanted “Fix the bridge!” as the mayor walked to the stage."),
        "Fix the bridge");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("chanted", q.cue());
  }

  @Test
  void shortUtteranceResumingAQuoteIsJoinedToIt() {
    List<Quote> qs = quotes("“I would,” Melanie said to the radio. “I would, Tom.”").stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(1, qs.size(), qs.toString());
    assertTrue(qs.get(0).text().contains("I would, Tom"), qs.get(0).text());
    assertSpeaker("Melanie", qs.get(0));
  }

  @Test
  void nounCueWithAThatClauseAndAPossessor() {
    List<Quote> qs = quotes("Her claim that the county election was stolen has been rejected by three courts.");
    Quote q = withCue(qs, "claim");
    assertEquals("that the county election was stolen", q.text());
    assertSpeaker("Her", q);
    // The passive stance: what the courts rejected is the claim.
    Quote rejected = withCue(qs, "rejected");
    assertTrue(rejected.text().startsWith("Her claim"), rejected.text());
    assertSpeaker("three courts", rejected);
  }

  private static Quote withCue(List<Quote> quotes, String cue) {
    Optional<Quote> q = quotes.stream().filter(x -> cue.equals(x.cue())).findFirst();
    assertTrue(q.isPresent(), "no quote with cue '" + cue + "' in " + quotes);
    return q.get();
  }

  @Test
  void nounCueMadeByTheSubjectOfMake() {
    Quote q = containing(quotes("The mayor made the claim that the stadium would pay for itself."),
        "the stadium would pay for itself");
    assertEquals("claim", q.cue());
    assertSpeaker("The mayor", q);
  }

  @Test
  void adjectiveOfBeliefWithACopula() {
    Quote q = withCue(quotes("The harbor master is confident that the bond measure will pass in May."), "confident");
    assertTrue(q.text().contains("the bond measure will pass"), q.text());
    assertSpeaker("The harbor master", q);
    assertTrue(quotes("The harbor master is confident.").isEmpty());
  }

  @Test
  void singlePollIntroducedByInIsTheSource() {
    Quote q = containing(quotes("In a new poll released on Tuesday, the governor leads his rival by six points."),
        "the governor leads his rival");
    assertEquals("in", q.cue());
    assertNotNull(q.speaker());
    assertTrue(q.speaker().text().contains("poll"), q.speaker().text());
    assertTrue(quotes("The governor leads in polls across the state.").isEmpty());
  }

  @Test
  void participleCueTakesTheSubjectOfTheClauseAbove() {
    Quote q = containing(quotes("The minister urged patience on Monday before predicting that the harbor talks would"
        + " succeed."), "the harbor talks would succeed");
    assertSpeaker("The minister", q);
  }

  @Test
  void evidenceVerbWithASmallClause() {
    Quote q = containing(quotes("A new survey showed the mayor leading the race by four points."),
        "the mayor leading the race");
    assertSpeaker("A new survey", q);
    assertEquals("showed", q.cue());
  }

  @Test
  void verbFramingAQuoteGivesItsSpeaker() {
    Quote q = containing(quotes("“The numbers simply do not add up for the city,” the treasurer shot back."),
        "The numbers simply do not add up");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertSpeaker("the treasurer", q);
    assertTrue(q.cue().startsWith("shot"), q.cue());
  }

  @Test
  void transcriptTurnRunsToTheParagraphEnd() {
    String text = "MORGAN: Well, look. We will fix the roads first. Nobody else will do it.\n\nThe debate went on.";
    Quote q = containing(quotes(text), "We will fix the roads");
    assertTrue(q.text().contains("Nobody else will do it"), q.text());
    assertSpeaker("MORGAN", q);
  }
}
