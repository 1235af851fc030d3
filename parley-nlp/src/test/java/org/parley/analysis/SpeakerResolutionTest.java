package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

class SpeakerResolutionTest {
  private static final String TEXT = "Dana Ruiz, who chairs the board, said the levy would pass. Voters who agree cheered.";
  private static final Actor RUIZ = new Actor("PER-RUIZ", "Dana Ruiz", ActorKind.PERSON, null, null);

  private static Quote said(int speakerStart, String speaker) {
    Mention sp = new Mention(new Span(speakerStart, speakerStart + speaker.length()), speaker, null);
    return new Quote(new Span(38, 58), TEXT.substring(38, 58), QuoteKind.INDIRECT, sp, "said", new Span(33, 37),
        new Span(0, 59));
  }

  @Test
  void speakerOverlappingAResolvedMentionTakesItsActor() {
    List<Mention> mentions = List.of(new Mention(new Span(0, 9), "Dana Ruiz", RUIZ));
    Quote q = SpeakerResolution.resolve(List.of(said(0, "Dana Ruiz")), mentions).get(0);
    assertEquals(RUIZ, q.speaker().actor());
  }

  @Test
  void relativePronounSpeakerTakesTheActorOfTheNameRightBeforeIt() {
    List<Mention> mentions = List.of(new Mention(new Span(0, 9), "Dana Ruiz", RUIZ));
    Quote q = SpeakerResolution.resolve(List.of(said(11, "who")), mentions).get(0);
    assertEquals(RUIZ, q.speaker().actor());
    assertEquals("who", q.speaker().text());
    assertEquals(new Span(11, 14), q.speaker().span());
  }

  @Test
  void relativePronounFarFromAnyNameStaysUnresolved() {
    List<Mention> mentions = List.of(new Mention(new Span(0, 9), "Dana Ruiz", RUIZ));
    Quote q = SpeakerResolution.resolve(List.of(said(66, "who")), mentions).get(0);
    assertNull(q.speaker().actor());
  }

  @Test
  void anItNoActorStandsBehindIsNoSpeaker() {
    String text = "The plan will pass, it said on Monday.";
    Mention it = new Mention(new Span(20, 22), "it", null);
    Quote q = new Quote(new Span(0, 18), text.substring(0, 18), QuoteKind.INDIRECT, it, "said", new Span(23, 27),
        new Span(0, text.length()));
    assertNull(SpeakerResolution.resolve(List.of(q), List.of(), text).get(0).speaker());
  }

  @Test
  void aSpeakerPhraseEndingInAPersonIsThatPersonNotTheBodyBeforeThem() {
    String text = "National Farmers League Chairman Ivo Lund said prices fell.";
    Actor league = new Actor("USANGO", "National Farmers League", ActorKind.ORGANIZATION, "USA", "NGO");
    Actor lund = new Actor("USANGO", "Ivo Lund", ActorKind.PERSON, "USA", "NGO");
    List<Mention> mentions = List.of(new Mention(new Span(0, 23), "National Farmers League", league),
        new Mention(new Span(33, 41), "Ivo Lund", lund));
    Mention sp = new Mention(new Span(0, 41), "National Farmers League Chairman Ivo Lund", null);
    Quote q = new Quote(new Span(47, 58), "prices fell", QuoteKind.INDIRECT, sp, "said", new Span(42, 46),
        new Span(0, 59));
    assertEquals(lund, SpeakerResolution.resolve(List.of(q), mentions).get(0).speaker().actor());
  }
}
