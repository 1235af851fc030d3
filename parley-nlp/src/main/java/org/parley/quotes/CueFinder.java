package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.SpeechLexicon.CueClass;

/**
 * Finds attribution cues in one parsed sentence: a speech verb with its subject and the clause it reports (its ccomp,
 * or the clause it interrupts as a parenthetical "…, the minister said"), "according to X" with its main clause, and
 * nouns, adjectives, colons and verbs beside a quotation that attribute words. Each kind of cue has a class of its own
 * ({@link VerbCues}, {@link SourcePhraseCues}, {@link NounCues}, {@link AdjectiveCues}, {@link ColonCues},
 * {@link BesideQuoteCues}); this one decides which word may start which kind.
 */
final class CueFinder {
  private final SpeechLexicon lexicon;
  private final VerbCues verbs;
  private final SourcePhraseCues sourcePhrases;

  CueFinder(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
    this.verbs = new VerbCues(lexicon);
    this.sourcePhrases = new SourcePhraseCues(lexicon);
  }

  /**
   * One cue and what it attributes.
   *
   * @param sentence the sentence
   * @param verb index of the cue token (the verb, or "according")
   * @param cue the cue words
   * @param cueSpan where they are
   * @param speaker the speaker mention, when the sentence names one
   * @param content where the reported content is, or null when the cue only governs a direct quote
   * @param cueClass the kind of cue
   */
  record Cue(ParsedSentence sentence, int verb, String cue, Span cueSpan, @Nullable Mention speaker,
             @Nullable Span content, CueClass cueClass) {}

  List<Cue> find(ParsedSentence s, String text, Marks marks) {
    List<Cue> out = new ArrayList<>();
    // words first: a sentence that has no word any cue starts from is never parsed (the parse runs on first reading)
    if (!mayHoldCue(s, marks) || s.dependencies().isEmpty()) {
      return out;
    }
    for (Token t : s.tokens()) {
      if (marks.inside(t.start())) {
        continue; // attributions nested inside a direct quote are the speaker's words, not the article's
      }
      cueAt(s, text, t, marks).ifPresent(out::add);
    }
    return out;
  }

  /** The cue a word starts; an adjective that makes none may still be a noun or verb cue. */
  private Optional<Cue> cueAt(ParsedSentence s, String text, Token t, Marks marks) {
    if (SourcePhraseCues.opensAccordingTo(s, t)) {
      return sourcePhrases.accordingTo(s, text, t);
    }
    if (t.word().equalsIgnoreCase("in")) {
      return sourcePhrases.sourceDocument(s, text, t);
    }
    if (AdjectiveCues.isCueWord(t)) {
      Optional<Cue> a = AdjectiveCues.cue(s, text, t);
      if (a.isPresent()) {
        return a;
      }
    }
    if (NounCues.isCueWord(t)) {
      return NounCues.cue(s, text, t);
    }
    if (!t.isVerb()) {
      return Optional.empty();
    }
    return verbs.cue(s, text, t, marks);
  }

  /**
   * Whether a word of the sentence, outside direct quotes, is one a cue below can start from: a verb of the lexicon
   * (with any particle or preposition), "according", "in" before a source noun, a cue adjective or noun. Checked on
   * words alone, so a sentence that cannot hold a cue costs no parse; where it says no, {@link #find} finds nothing.
   */
  private boolean mayHoldCue(ParsedSentence s, Marks marks) {
    boolean sourceNoun = false;
    for (Token t : s.tokens()) {
      if (SourcePhraseCues.isSourceNoun(t)) {
        sourceNoun = true;
      }
    }
    for (Token t : s.tokens()) {
      if (marks.inside(t.start())) {
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      if (word.equals("according") || word.equals("in") && sourceNoun
          || AdjectiveCues.isCueWord(t) || NounCues.isCueWord(t)
          || t.isVerb() && lexicon.mayCue(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A colon after a name: headline style "Graham: Trump's rhetoric destroying GOP" (at the start of a paragraph), or
   * "… pollster Daron Shaw: “Historically, …”" before a quotation mark.
   */
  Optional<Cue> colon(ParsedSentence s, String text, boolean startsParagraph) {
    return ColonCues.cue(s, text, startsParagraph);
  }

  /**
   * A verb outside the lexicon that frames the quotation as a parenthetical next to it ("“…,” Trump shot back.").
   *
   * @param after true to look right after the closing mark, false right before the opening one
   */
  Optional<Cue> besideQuote(ParsedSentence s, String text, int markStart, int markEnd, boolean after, Marks marks) {
    return BesideQuoteCues.cue(s, text, markStart, markEnd, after, marks);
  }

  /** Where the quote marks are, for quick containment tests. */
  interface Marks {
    boolean inside(int offset);
  }
}
