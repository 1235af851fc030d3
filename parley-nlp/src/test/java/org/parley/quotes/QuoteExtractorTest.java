package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.quotes.QuoteAssertions.EXTRACTOR;
import static org.parley.quotes.QuoteAssertions.containing;
import static org.parley.quotes.QuoteAssertions.quotes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

class QuoteExtractorTest {
  @Test
  void curlyQuoteWithCueAfterGetsFullNameSpeaker() {
    String text = "“We will not back down in the face of these threats,” Estonian Prime Minister Kaja Kallas said on"
        + " Friday.";
    Quote q = containing(quotes(text), "We will not back down");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertNotNull(q.speaker());
    assertTrue(q.speaker().text().contains("Kaja Kallas"), q.speaker().text());
    assertTrue(q.speaker().text().contains("Prime Minister"), q.speaker().text());
    assertEquals("said", q.cue());
    assertEquals("said", text.substring(q.cueSpan().start(), q.cueSpan().end()));
    assertEquals(0, q.sentence().start());
    assertEquals(text.length(), q.sentence().end());
  }

  @Test
  void findsEveryQuoteMarkStyle() {
    String[] texts = {
      "The mayor said: \"The bridge will reopen next spring after the repairs are finished.\"",
      "The mayor said: «The bridge will reopen next spring after the repairs are finished.»",
      "The mayor said: „The bridge will reopen next spring after the repairs are finished.“",
      "The mayor said: ‘The bridge will reopen next spring after the repairs are finished.’",
    };
    for (String text : texts) {
      Quote q = containing(quotes(text), "bridge will reopen");
      assertEquals(QuoteKind.DIRECT, q.kind(), text);
      assertEquals("The bridge will reopen next spring after the repairs are finished.", q.text(), text);
      assertNotNull(q.speaker(), text);
      assertEquals("The mayor", q.speaker().text(), text);
    }
  }

  @Test
  void britishApostrophesDoNotOpenQuotes() {
    String text = "The workers’ union said it won’t sign the deal. ‘We have been ignored for years by the board,’ its"
        + " leader said.";
    List<Quote> qs = quotes(text);
    Quote q = containing(qs, "We have been ignored");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("We have been ignored for years by the board", q.text());
  }

  @Test
  void quoteSplitByItsAttributionIsOneQuote() {
    String text = "“We will not,” the foreign minister said, “back down from our demands on the border.”";
    List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(1, qs.size(), qs.toString());
    Quote q = qs.get(0);
    // Issue 20: the span runs over the attribution, the text is the quoted parts joined by a space.
    assertEquals("We will not back down from our demands on the border.", q.text());
    assertEquals("We will not,” the foreign minister said, “back down from our demands on the border.",
        text.substring(q.span().start(), q.span().end()));
    assertEquals("the foreign minister", q.speaker().text());
  }

  @Test
  void paragraphLeftOpenIsAQuoteOfItsOwnSpokenByTheNextOnesSpeaker() {
    // Issue 20: news readers count each paragraph of a long quotation as a quote; the attribution closing the last
    // one speaks for the paragraphs left open before it.
    String text = "The governor spoke for an hour.\n\n“We will rebuild every school that the storm destroyed this year."
        + "\n\n“And we will pay for it ourselves,” she said.\n\nThe session then closed.";
    List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(2, qs.size(), qs.toString());
    assertEquals("We will rebuild every school that the storm destroyed this year.", qs.get(0).text());
    assertEquals("And we will pay for it ourselves", qs.get(1).text());
    assertEquals("she", qs.get(0).speaker().text());
    assertEquals("she", qs.get(1).speaker().text());
  }

  @Test
  void quoteResumedInTheNextParagraphAfterItsAttributionStaysSeparate() {
    String text = "“The plant will close in March,” the company’s chief executive said.\n\n“Nobody here will lose"
        + " their pension,” she added.";
    List<Quote> qs = quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(2, qs.size(), qs.toString());
    assertEquals("The plant will close in March", qs.get(0).text());
    assertEquals("Nobody here will lose their pension", qs.get(1).text());
    assertEquals("she", qs.get(1).speaker().text());
  }

  @Test
  void directQuoteTextLeavesOutItsQuotationMarks() {
    String text = "“Scam,” the senator said of the new tax plan on Tuesday.";
    Quote q = containing(quotes(text), "Scam");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Scam", q.text());
    assertEquals("Scam", text.substring(q.span().start(), q.span().end()));
    assertEquals("the senator", q.speaker().text());
  }

  @Test
  void unbalancedMarkStopsAtTheParagraphEnd() {
    String text = "The spokesman said: “The ceasefire will hold as long as both sides respect the line of contact.\n\n"
        + "Fighting resumed two days later near the river. Officials on both sides blamed each other for it.";
    List<Quote> qs = quotes(text);
    Quote q = containing(qs, "ceasefire will hold");
    int paragraphEnd = text.indexOf("\n\n");
    assertTrue(q.span().end() <= paragraphEnd, q.text());
    assertTrue(qs.stream().noneMatch(x -> x.text().contains("Fighting resumed") && x.kind() == QuoteKind.DIRECT));
  }

  @Test
  void reportedSpeechWithThat() {
    String text = "Wang told reporters on Monday that he was dismayed by the decision to close the consulate.";
    Quote q = containing(quotes(text), "he was dismayed");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("Wang", q.speaker().text());
    assertEquals("told", q.cue());
    assertTrue(q.text().endsWith("consulate"), q.text());
    assertTrue(!q.text().contains("reporters"), q.text());
  }

  @Test
  void reportedContentEndsBeforeTheWritersTrailingAside() {
    String text = "The ministry said that the northern port would close for repairs, which will cost the region about"
        + " a third of its grain exports.";
    Quote q = containing(quotes(text), "northern port");
    assertTrue(q.text().endsWith("the northern port would close for repairs"), q.text());
    String middle = "The ministry said that the port, which handles a third of the grain, would close for repairs.";
    assertTrue(containing(quotes(middle), "port").text()
        .endsWith("the port, which handles a third of the grain, would close for repairs"));
  }

  @Test
  void reportedSpeechWithoutThatAndCueAfter() {
    List<Quote> qs = quotes("The talks in Geneva failed, the deputy foreign minister said.");
    Quote q = containing(qs, "talks in Geneva failed");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("the deputy foreign minister", q.speaker().text());
    assertEquals("said", q.cue());
    assertTrue(!q.text().contains("minister"), q.text());
  }

  @Test
  void accordingToAttributesTheMainClause() {
    String text = "According to the defence ministry, the troops withdrew from the border villages overnight.";
    Quote q = containing(quotes(text), "troops withdrew");
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("according to", q.cue());
    assertEquals("the defence ministry", q.speaker().text());
    assertTrue(!q.text().contains("ministry"), q.text());
  }

  @Test
  void reportedSpeechWithQuotedFragmentIsMixed() {
    Quote q = containing(quotes("The senator said the bill was “dead on arrival” in the House."), "dead on arrival");
    assertEquals(QuoteKind.MIXED, q.kind());
    assertTrue(q.text().contains("the bill was"), q.text());
    assertEquals("The senator", q.speaker().text());
  }

  @Test
  void scareQuotesTitlesAndNicknamesAreNotSpeech() {
    String text = "The so-called “peace dividend” never reached the northern provinces. She starred in “The Long"
        + " Night” before entering politics. Voters still call him “the Bulldozer” in his home town.";
    List<Quote> qs = quotes(text);
    assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), qs.toString());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("peace dividend")), qs.toString());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("Long Night")), qs.toString());
  }

  @Test
  void cueLessQuoteInSameParagraphKeepsTheSpeaker() {
    String text = "“Our answer is no,” said Interior Minister Ana Ruiz. “The border stays closed until the spring.”";
    List<Quote> qs = quotes(text);
    assertTrue(qs.stream().allMatch(q -> q.speaker() != null && q.speaker().text().contains("Ana Ruiz")),
        qs.toString());
  }

  @Test
  void headlineWithColonIsNoQuote() {
    // Issue 20: a headline restates the story; the quote, if any, is counted where the story gives it.
    String text = "Kallas: Estonia Will Not Be Intimidated by Moscow\n\nThe prime minister spoke in Tallinn.";
    assertTrue(quotes(text).stream().noneMatch(q -> q.text().contains("Estonia Will Not Be Intimidated")));
  }

  @Test
  void textWithoutSentencesGivesNoQuotes() {
    assertEquals(List.of(), quotes(""));
    assertEquals(List.of(), quotes("   \n\n \t "));
    assertEquals(List.of(), quotes("“ ” „ « » ‘"));
  }

  @Test
  void hundredThousandWordDocumentWithStrayMarksDoesNotHang() {
    // Built without CoreNLP (which would take minutes) so that the test measures the extractor alone.
    StringBuilder text = new StringBuilder();
    List<ParsedSentence> sentences = new ArrayList<>();
    for (int s = 0; s < 10_000; s++) {
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int start = text.length();
      // Every seventh sentence opens a quotation mark it never closes; the others carry a short scare quote.
      String[] words = s % 7 == 0 ? new String[] {"“Officials", "have", "said", "the", "plan", "would", "fail", "soon",
          "."} : new String[] {"The", "council", "said", "the", "vote", "was", "“rigged”", "again", "."};
      for (int w = 0; w < words.length; w++) {
        int ws = text.length();
        text.append(words[w]);
        String lemma = w == 2 ? "say" : words[w].toLowerCase(java.util.Locale.ROOT);
        tokens.add(new Token(w, ws, text.length(), words[w], lemma, w == 2 ? "VBD" : "NN", "O"));
        text.append(w >= words.length - 2 ? "" : " ");
      }
      deps.add(new Dependency(-1, 2, "root"));
      deps.add(new Dependency(2, 1, "nsubj"));
      deps.add(new Dependency(2, 5, "ccomp"));
      for (int w = 0; w < words.length; w++) {
        if (w != 1 && w != 2 && w != 5) {
          deps.add(new Dependency(w < 2 ? 1 : 5, w, "dep"));
        }
      }
      sentences.add(new ParsedSentence(s, new Span(start, text.length()), tokens, deps));
      text.append(s % 50 == 49 ? "\n\n" : " ");
    }
    ParsedDocument doc = new ParsedDocument(text.toString(), sentences);
    List<Quote> qs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EXTRACTOR.extract(doc));
    assertTrue(qs.size() > 1000, "quotes: " + qs.size());
    for (Quote q : qs) {
      assertTrue(q.span().length() < 20_000, "a quote ran on for " + q.span().length() + " characters");
    }
  }

  @Test
  void speakerNamedAfterTheCueAfterAQuote() {
    String text = "“We are not going anywhere,” said Dan Carver, the national director of the Working Farms Party.";
    Quote q = containing(quotes(text), "not going anywhere");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertNotNull(q.speaker());
    assertTrue(q.speaker().text().startsWith("Dan Carver"), q.speaker().text());
  }

  @Test
  void typewriterApostrophePairsAreQuotationMarks() {
    String text = "The council met on Monday.\n\n''We wouldn't object to cutting that back,'' Ms. Holloway said."
        + " She added that the vote would come in May.";
    Quote q = containing(quotes(text), "object to cutting");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("We wouldn't object to cutting that back", q.text());
    assertNotNull(q.speaker());
    assertTrue(q.speaker().text().endsWith("Holloway"), q.speaker().text());
  }
}
