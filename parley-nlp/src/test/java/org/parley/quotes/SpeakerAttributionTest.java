package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.quotes.QuoteAssertions.assertSpeaker;
import static org.parley.quotes.QuoteAssertions.EXTRACTOR;
import static org.parley.quotes.QuoteAssertions.containing;
import static org.parley.quotes.QuoteAssertions.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/** Who a quote is attributed to when the parse does not hand the speaker over as the cue verb's subject. */
class SpeakerAttributionTest {
  @Test
  void aNameAfterAnInvertedSaysIsTheSpeakerNotTheWordBeforeTheComma() {
    String text = "What would calm the harbour? Patience, says Marlow: let the inspectors count the boats first.";
    Quote q = containing(quotes(text), "inspectors count the boats");
    assertSpeaker("Marlow", q);
  }

  @Test
  void aReducedRelativeNamesNoSpeaker() {
    String text = "Norway said its trawlers would keep their radios switched on, a step Sweden and Finland had "
        + "demanded for weeks.";
    for (Quote q : quotes(text)) {
      assertTrue(q.speaker() == null || !q.speaker().text().startsWith("a step"), () -> q.speaker().text());
    }
  }

  @Test
  void invertedSubjectAfterAQuoteIsTheSpeakerNotAnIndirectQuote() {
    String text = "“If the levy fails again, the district will have to close two of its schools,” wrote one parent.";
    List<Quote> qs = quotes(text);
    Quote q = containing(qs, "the levy fails again");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertSpeaker("one parent", q);
    assertTrue(qs.stream().noneMatch(x -> x.text().equals("one parent")), qs.toString());
  }

  /**
   * A sentence parsed by hand, for parses the pipeline gives only on some texts. Each token is
   * "word/POS/head/relation[/NER[/lemma]]" (head -1 for the root, written ROOT; relations are read in lower case); lemmas default to the lower-cased words, except
   * "said" (say).
   */
  static ParsedSentence parsed(String text, String... tokens) {
    List<Token> toks = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = 0;
    for (String spec : tokens) {
      String[] f = spec.split("/");
      int start = text.indexOf(f[0], at);
      assertTrue(start >= 0, "no '" + f[0] + "' in the text after " + at);
      at = start + f[0].length();
      String lemma = f.length > 5 ? f[5] : f[0].equals("said") ? "say" : f[0].toLowerCase(Locale.ROOT);
      String ner = f.length > 4 ? f[4] : "O";
      toks.add(new Token(toks.size(), start, at, f[0], lemma, f[1], ner));
      deps.add(new Dependency(Integer.parseInt(f[2]), toks.size() - 1, f[3].toLowerCase(Locale.ROOT)));
    }
    return new ParsedSentence(0, new Span(toks.get(0).start(), toks.get(toks.size() - 1).end()), toks, deps);
  }

  @Test
  void participleHungOnAnInvertedSpeechVerbTakesTheNameAfterIt() {
    // As the parser gave it on a news text: the name after "said" tagged as an adjective and attached as xcomp, the
    // participle as an unlabelled dependent of "said".
    String text = "“We sold every boat,” said Marlow, suggesting that the fleet would shrink.";
    ParsedSentence s = parsed(text, "“/``/7/punct", "We/PRP/2/nsubj", "sold/VBD/7/ccomp", "every/DT/4/det",
        "boat/NN/2/obj", ",/,/7/punct", "”/''/7/punct", "said/VBD/-1/ROOT", "Marlow/JJ/7/xcomp/PERSON",
        ",/,/7/punct", "suggesting/VBG/7/dep", "that/IN/15/mark", "the/DT/13/det", "fleet/NN/15/nsubj",
        "would/MD/15/aux", "shrink/VB/10/ccomp", "././7/punct");
    assertEquals("Marlow", CueSpeakers.speakerOf(s, text, 10).text());
    assertEquals("Marlow", CueSpeakers.speakerOf(s, text, 7).text());
  }

  @Test
  void participleRightAfterANounIsSaidByThatNoun() {
    Quote q = containing(quotes("The harbor company gave two million dollars to a group backing the mayor's rival."),
        "the mayor's rival");
    assertSpeaker("a group", q);
  }

  @Test
  void participleAfterAnIssuedDocumentStaysWithWhoIssuedIt() {
    Quote q = containing(quotes("The harbor company issued a statement saying that the strike had cost it millions."),
        "the strike had cost it millions");
    assertSpeaker("The harbor company", q);
  }

  @Test
  void reducedRelativeParsedAsAClausalSubjectLeadsToTheNounItModifies() {
    // As the parser gave it on a news text: "taken" as the clausal subject of "showed", "Surveys" as its subject.
    String text = "Surveys of anglers taken as they left showed that catches fell.";
    ParsedSentence s = parsed(text, "Surveys/NNS/3/nsubj", "of/IN/2/case", "anglers/NNS/0/nmod", "taken/VBN/7/csubj",
        "as/IN/6/mark", "they/PRP/6/nsubj", "left/VBD/3/advcl", "showed/VBD/-1/ROOT", "that/IN/10/mark",
        "catches/NNS/10/nsubj", "fell/VBD/7/ccomp", "././7/punct");
    assertEquals("Surveys", CueSpeakers.speakerOf(s, text, 7).text());
  }

  @Test
  void nameBeforeAnAppositiveAfterAQuoteIsTheSpeaker() {
    // As the parser gave it on a news text: "said" hung on a word inside the quote, the name as an appositive of it.
    String text = "“The mill will close,” Dana Ruiz, 33, said on Tuesday.";
    ParsedSentence s = parsed(text, "“/``/4/punct", "The/DT/2/det", "mill/NN/4/nsubj", "will/MD/4/aux",
        "close/VB/-1/ROOT", ",/,/4/punct", "”/''/10/punct", "Dana/NNP/8/compound/PERSON", "Ruiz/NNP/10/dep/PERSON",
        ",/,/10/punct", "33/CD/4/appos", ",/,/10/punct", "said/VBD/10/acl", "on/IN/14/case", "Tuesday/NNP/12/obl",
        "././4/punct");
    assertEquals("Dana Ruiz", CueSpeakers.speakerOf(s, text, 12).text());
  }

  @Test
  void speechVerbAfterAQuoteAndItsSpeakerReportsTheQuoteNotWhatFollowsIt() {
    // The parse of the appositive test, with "of the town" after the verb: no indirect quote "the town".
    String text = "“The mill will close,” Dana Ruiz, 33, said of the town.";
    ParsedSentence s = parsed(text, "“/``/4/punct", "The/DT/2/det", "mill/NN/4/nsubj", "will/MD/4/aux",
        "close/VB/-1/ROOT", ",/,/4/punct", "”/''/10/punct", "Dana/NNP/8/compound/PERSON", "Ruiz/NNP/10/dep/PERSON",
        ",/,/10/punct", "33/CD/4/appos", ",/,/10/punct", "said/VBD/10/acl", "of/IN/15/case", "the/DT/15/det",
        "town/NN/12/obl", "././4/punct");
    List<Quote> qs = EXTRACTOR.extract(new ParsedDocument(text, List.of(s)));
    Quote q = containing(qs, "The mill will close");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertSpeaker("Dana Ruiz", q);
    assertEquals(1, qs.size(), qs.toString());
  }

  @Test
  void attributionSplitIntoASentenceOfItsOwnAfterTheQuoteStillNamesTheSpeaker() {
    String text = "The ferry stayed in port for a third day. “Will the bridge ever reopen? Nobody at the council knows!”"
        + " Lee Park tweeted.";
    Quote q = containing(quotes(text), "Will the bridge ever reopen");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertSpeaker("Lee Park", q);
    assertEquals("tweeted", q.cue());
  }

  @Test
  void quoteOpeningItsSentenceAfterAShortAttributionIsNotTheEarlierSpeakers() {
    String text = "“We need a new dredger before the spring,” said Lee Park, a ferry captain. The harbor master agreed."
        + " “The channel has silted up faster than anyone expected this year.”";
    Quote q = containing(quotes(text), "The channel has silted up");
    assertSpeaker("The harbor master", q);
    assertEquals("agreed", q.cue());
  }

  @Test
  void ofTwoSubjectsTheOneNextToTheVerbSpeaks() {
    // As the parser gave it on a news text: the fronted phrase and the pronoun both attached as subjects.
    String text = "As the centerpiece of her term, she proposed a tax on sugar.";
    ParsedSentence s = parsed(text, "As/IN/8/mark", "the/DT/2/det", "centerpiece/NN/8/nsubj", "of/IN/5/case",
        "her/PRP$/5/nmod:poss", "term/NN/2/nmod", ",/,/8/punct", "she/PRP/8/nsubj", "proposed/VBD/-1/ROOT",
        "a/DT/10/det", "tax/NN/8/obj", "on/IN/12/case", "sugar/NN/10/nmod", "././8/punct");
    assertEquals("she", CueSpeakers.speakerOf(s, text, 8).text());
  }

  @Test
  void conjunctOfAnotherFormGoesWithTheClauseAbove() {
    // As the parser gave it on a news text: "vowed" coordinated with "undergoing" inside the "that" clause.
    String text = "He announced that she was leaving the board and vowed to appeal.";
    ParsedSentence s = parsed(text, "He/PRP/1/nsubj", "announced/VBD/-1/ROOT", "that/IN/5/mark", "she/PRP/5/nsubj",
        "was/VBD/5/aux", "leaving/VBG/1/ccomp", "the/DT/7/det", "board/NN/5/obj", "and/CC/9/cc", "vowed/VBD/5/conj",
        "to/TO/11/mark", "appeal/VB/9/xcomp", "././1/punct");
    assertEquals("He", CueSpeakers.speakerOf(s, text, 9).text());
  }

  @Test
  void participleClauseOfAskingNamesNoSpeaker() {
    String text = "Asked about the closure of the harbor bridge, the mayor said that repairs would take until May.";
    List<Quote> qs = quotes(text);
    assertSpeaker("the mayor", containing(qs, "repairs would take until May"));
    for (Quote q : qs) {
      if ("Asked".equals(q.cue())) {
        assertNull(q.speaker(), q.toString());
      }
    }
    assertTrue(qs.stream().anyMatch(q -> "Asked".equals(q.cue())), qs.toString());
  }

  @Test
  void attributionSentenceWithAnAddresseeAfterTheQuoteStillNamesTheSpeaker() {
    String text = "The ferry stayed in port for a third day. “Get your boots ready, because we are marching to the pier!”"
        + " Lee Park told the cheering crowd.";
    Quote q = containing(quotes(text), "Get your boots ready");
    assertSpeaker("Lee Park", q);
    assertEquals("told", q.cue());
  }

  @Test
  void conjunctWhoseHeadHasNoSubjectTakesTheMainClauseSubjectBeforeIt() {
    // As the parser gave it on a news text: the verb "misfired" read as a noun, "noted" coordinated with it.
    String text = "Lee admitted that the plan misfired but noted that costs fell.";
    ParsedSentence s = parsed(text, "Lee/NNP/1/nsubj/PERSON", "admitted/VBD/-1/ROOT", "that/IN/1/obj", "the/DT/5/det",
        "plan/NN/5/compound", "misfired/NN/2/dep", "but/CC/7/cc", "noted/VBD/5/conj", "that/IN/10/mark",
        "costs/NNS/10/nsubj", "fell/VBD/7/ccomp", "././1/punct");
    assertEquals("Lee", CueSpeakers.speakerOf(s, text, 7).text());
  }

  @Test
  void participleHungDeepInAnObjectTakesTheSubjectOfTheClauseAboveIt() {
    String text = "Lee rejected the plan to cut the fund of schools, arguing that it failed.";
    ParsedSentence s = parsed(text, "Lee/NNP/1/nsubj/PERSON", "rejected/VBD/-1/ROOT/O/reject", "the/DT/3/det", "plan/NN/1/obj",
        "to/TO/5/mark", "cut/VB/3/acl", "the/DT/7/det", "fund/NN/5/obj", "of/IN/9/case", "schools/NNS/7/nmod",
        ",/,/9/punct", "arguing/VBG/9/acl/O/argue", "that/IN/14/mark", "it/PRP/14/nsubj", "failed/VBD/11/ccomp",
        "././1/punct");
    List<Quote> qs = EXTRACTOR.extract(new ParsedDocument(text, List.of(s)));
    Optional<Quote> arguing = qs.stream().filter(q -> "arguing".equals(q.cue())).findFirst();
    assertTrue(arguing.isPresent(), qs.toString());
    assertSpeaker("Lee", arguing.get());
  }

  @Test
  void sentenceOpeningWithSaidHasItsSubjectAfterTheVerb() {
    String text = "Said the captain, “We sail at dawn.”";
    ParsedSentence s = parsed(text, "Said/VBD/-1/ROOT/O/say", "the/DT/2/det", "captain/NN/0/obj", ",/,/0/punct",
        "“/``/6/punct", "We/PRP/6/nsubj", "sail/VBP/0/ccomp", "at/IN/8/case", "dawn/NN/6/obl", "././6/punct",
        "”/''/6/punct");
    assertEquals("the captain", CueSpeakers.speakerOf(s, text, 0).text());
  }

  @Test
  void datelineTakenForTheSubjectGivesWayToTheNameAfterTheDash() {
    // As the parser gave it on a news text: the dateline as subject, the name as an unlabelled dependent of it.
    String text = "OAKVILLE (Wire) – Mayor Dana Ruiz said the pier would reopen.";
    ParsedSentence s = parsed(text, "OAKVILLE/NNP/8/nsubj", "(/-LRB-/0/punct", "Wire/NNP/0/dep", ")/-RRB-/0/punct",
        "–/SYM/0/dep", "Mayor/NNP/7/compound", "Dana/NNP/7/compound/PERSON", "Ruiz/NNP/0/dep/PERSON",
        "said/VBD/-1/ROOT", "the/DT/10/det", "pier/NN/12/nsubj", "would/MD/12/aux", "reopen/VB/8/ccomp",
        "././8/punct");
    assertEquals("Mayor Dana Ruiz", CueSpeakers.speakerOf(s, text, 8).text());
  }

  @Test
  void nounCueTakesTheSourceNamedInItsPrepositionalPhrase() {
    String text = "The board ignored repeated warnings from its auditor that the pension fund was running dry.";
    Quote q = containing(quotes(text), "the pension fund was running dry");
    assertEquals("warnings", q.cue());
    assertSpeaker("its auditor", q);
  }

  @Test
  void participleHungOnTheQuoteTakesTheSpeakerOfTheCueBeforeIt() {
    // As the parser gave it on a news text: "referring" attached to the verb inside the quote.
    String text = "“The pier was sold,” Lee said in March, referring to the buyer.";
    ParsedSentence s = parsed(text, "“/``/4/punct", "The/DT/2/det", "pier/NN/4/nsubj:pass", "was/VBD/4/aux:pass",
        "sold/VBN/-1/ROOT/O/sell", ",/,/4/punct", "”/''/4/punct", "Lee/NNP/8/nsubj/PERSON", "said/VBD/4/parataxis",
        "in/IN/10/case", "March/NNP/8/obl", ",/,/4/punct", "referring/VBG/4/dep/O/refer", "to/IN/15/case",
        "the/DT/15/det", "buyer/NN/12/obl", "././4/punct");
    List<Quote> qs = EXTRACTOR.extract(new ParsedDocument(text, List.of(s)));
    Optional<Quote> referring = qs.stream().filter(q -> "referring".equals(q.cue())).findFirst();
    assertTrue(referring.isPresent(), qs.toString());
    assertSpeaker("Lee", referring.get());
  }

  @Test
  void openingAskedLeftAsAnUnlabelledDependentStillNamesNoSpeaker() {
    // As the parser gave it on a news text: "Asked" as an unlabelled dependent of the main verb.
    String text = "Asked about the pier, Lee said it would reopen.";
    ParsedSentence s = parsed(text, "Asked/VBN/6/dep/O/ask", "about/IN/3/case", "the/DT/3/det", "pier/NN/0/obl",
        ",/,/6/punct", "Lee/NNP/6/nsubj/PERSON", "said/VBD/-1/ROOT", "it/PRP/9/nsubj", "would/MD/9/aux",
        "reopen/VB/6/ccomp", "././6/punct");
    List<Quote> qs = EXTRACTOR.extract(new ParsedDocument(text, List.of(s)));
    assertSpeaker("Lee", containing(qs, "it would reopen"));
    Optional<Quote> asked = qs.stream().filter(q -> "Asked".equals(q.cue())).findFirst();
    assertTrue(asked.isPresent(), qs.toString());
    assertNull(asked.get().speaker(), qs.toString());
  }

  @Test
  void expletiveItBorrowedByAComplementVerbIsNoSpeaker() {
    String text = "It is difficult to predict how the harbor vote will go in the spring.";
    List<Quote> qs = quotes(text);
    Quote q = containing(qs, "how the harbor vote will go");
    assertNull(q.speaker(), q.toString());
  }

  @Test
  void passiveExpectationNamesNoSpeaker() {
    String text = "The mayor praised Lee Park, who is widely expected to win the harbor seat in the spring.";
    Quote q = containing(quotes(text), "to win the harbor seat");
    assertEquals("expected", q.cue());
    assertNull(q.speaker(), q.toString());
  }
}
