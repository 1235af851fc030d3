package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.nlp.GivenMentions.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

/** "He added", "she said": resolved to the paragraph's known speaker, never to someone named inside a quote. */
class PronounSpeakersTest {
  private static final Actor ORTEGA = new Actor("UNK", "Lucia Ortega", ActorKind.PERSON, null, null);
  private static final Actor BRANDT = new Actor("UNK", "Paul Brandt", ActorKind.PERSON, null, null);
  private static final Actor MS_HALE = new Actor("UNK", "Ms Hale", ActorKind.PERSON, null, null);


  private static Quote quote(String text, String content, Mention speaker) {
    int i = text.indexOf(content);
    return new Quote(new Span(i, i + content.length()), content, QuoteKind.DIRECT, speaker, "said", null,
        new Span(0, text.length()));
  }

  @Test
  void heAfterAQuoteNamingSomeoneElseIsThePreviousSpeaker() {
    String text = "Lucia Ortega said: \"The plan is sound.\"\n\n"
        + "\"People like Paul Brandt want to scare you about the pensions,\" he said. \"They are wrong.\"";
    Mention ortega = at(text, "Lucia Ortega", 0, ORTEGA);
    Mention brandt = at(text, "Paul Brandt", 0, BRANDT);
    Mention he = at(text, "he", text.indexOf("pensions"), null);
    List<Quote> qs = List.of(quote(text, "The plan is sound.", ortega),
        quote(text, "People like Paul Brandt want to scare you about the pensions,", he));
    List<Quote> out = SpeakerResolution.resolve(qs, List.of(ortega, brandt, new Mention(he.span(), "he", BRANDT)),
        text);
    assertEquals(ORTEGA, out.get(1).speaker().actor());
    assertEquals("he", out.get(1).speaker().text());
  }

  @Test
  void genderMustAgreeWhenItIsKnown() {
    String text = "Ms Hale said the vote was fair. Paul Brandt disagreed.\n\nShe added: \"We counted twice.\"";
    Mention hale = at(text, "Ms Hale", 0, MS_HALE);
    Mention brandt = at(text, "Paul Brandt", 0, BRANDT);
    Mention she = at(text, "She", 0, null);
    Quote first = new Quote(new Span(text.indexOf("the vote"), text.indexOf(" Paul") - 1), "the vote was fair",
        QuoteKind.INDIRECT, hale, "said", null, new Span(0, 31));
    Quote second = quote(text, "We counted twice.", she);
    List<Quote> out = SpeakerResolution.resolve(List.of(first, second), List.of(hale, brandt), text);
    assertEquals(MS_HALE, out.get(1).speaker().actor());
  }

  @Test
  void nobodyFitsSoTheSpeakerStaysUnresolved() {
    String text = "The storm closed the port.\n\n\"It was the worst night in years,\" she said.";
    Mention she = at(text, "she", 0, null);
    List<Quote> out = SpeakerResolution.resolve(List.of(quote(text, "It was the worst night in years,", she)),
        List.of(new Mention(she.span(), "she", BRANDT)), text);
    assertNull(out.get(0).speaker().actor());
  }

  @Test
  void heAfterASentenceOpenedByAManIsThatMan() {
    Actor clarke = new Actor("GBRGOV", "Charles Clarke", ActorKind.PERSON, "GBR", "GOV");
    Actor mubanga = new Actor("GBRCVL", "Tomas Mubanga", ActorKind.PERSON, "GBR", "CVL");
    String text = "Home Secretary Charles Clarke said: \"I am not ordering an inquiry.\" "
        + "Mr Mubanga is the first of the four men freed last month to give an interview. "
        + "He told the paper his worst moment was when he was told he would be released.";
    Mention cl = at(text, "Charles Clarke", 0, clarke);
    Mention mu = at(text, "Mr Mubanga", 0, mubanga);
    Mention he = at(text, "He", text.indexOf("He told"), null);
    int from = text.indexOf("his worst");
    Quote first = quote(text, "I am not ordering an inquiry.", cl);
    Quote second = new Quote(new Span(from, text.length() - 1), text.substring(from, text.length() - 1),
        QuoteKind.INDIRECT, he, "told", null, new Span(text.indexOf("He told"), text.length()));
    List<Quote> out = SpeakerResolution.resolve(List.of(first, second), List.of(cl, mu), text);
    assertEquals(mubanga, out.get(1).speaker().actor(), "the sentence before opens with Mr Mubanga");
  }
}
