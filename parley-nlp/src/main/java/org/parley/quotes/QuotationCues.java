package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.QuoteMarks.Marked;
import org.parley.quotes.SpeechLexicon.CueClass;

/**
 * Finds the cue of a quotation that no cue's content takes in: a speech cue near it in its sentence, a verb framing
 * it ("“…,” Trump shot back."), or an attribution the sentence splitter put in a sentence of its own just after or
 * just before it.
 */
final class QuotationCues {
  private final CueFinder cues;

  QuotationCues(CueFinder cues) {
    this.cues = cues;
  }

  /**
   * The cue of a quotation, or null: the nearest speech cue of its sentences; for a quotation long enough to be speech
   * or a whole utterance, a verb framing it or an attribution in the next or previous sentence.
   *
   * @param found the document's cues, in sentence order
   * @param marks all quotation marks of the document
   */
  @Nullable Cue of(ParsedDocument doc, List<Cue> found, List<Marked> marks, Marked mk, CueFinder.Marks inMarks) {
    String text = doc.text();
    Cue c = nearbyCue(cuesAround(found, mk), mk, text);
    boolean mayBeSpeech = Words.count(text, mk.start(), mk.end()) >= QuoteExtractor.MIN_UNCUED_WORDS
        || QuoteMarks.utterance(text, mk);
    if (c == null && mk.closed() && mayBeSpeech) {
      c = verbBeside(doc, mk, inMarks);
    }
    if (c == null && mk.closed() && mayBeSpeech) {
      c = cueOpeningNextSentence(doc, found, mk, inMarks);
    }
    if (c == null && mayBeSpeech) {
      c = cueClosingPreviousSentence(doc, found, marks, mk, inMarks);
    }
    return c;
  }

  /** A verb framing the quote from right after it or right before it ("“…,” Trump shot back."). */
  private @Nullable Cue verbBeside(ParsedDocument doc, Marked mk, CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence end = sentenceAt(doc, mk.end() - 1);
    if (end != null) {
      Optional<Cue> c = cues.besideQuote(end, text, mk.start(), mk.end(), true, inMarks);
      if (c.isPresent()) {
        return c.get();
      }
    }
    ParsedSentence start = sentenceAt(doc, mk.start());
    return start == null ? null : cues.besideQuote(start, text, mk.start(), mk.end(), false, inMarks).orElse(null);
  }

  /**
   * The attribution of a quote that ends its own sentence ("“… Will be such fun!” Trump tweeted.", "“…?” the
   * narrator asks."): the splitter put the attribution in a sentence of its own, right after the closing mark in the
   * same paragraph. A speech cue there with no content of its own, near the sentence start, or a verb framing the
   * quote from there.
   */
  private @Nullable Cue cueOpeningNextSentence(ParsedDocument doc, List<Cue> found, Marked mk,
      CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence holding = sentenceAt(doc, mk.end() - 1);
    if (holding == null || holding.span().end() > mk.end()) {
      return null;
    }
    ParsedSentence next = null;
    for (ParsedSentence s : doc.sentences()) {
      if (s.span().start() >= mk.end()) {
        next = s;
        break;
      }
    }
    if (next == null) {
      return null;
    }
    if (!onlySpaceBetween(text, mk.end(), next.span().start(), false)) {
      return null;
    }
    return attributionIn(next, true, found, mk, text, inMarks);
  }

  /**
   * The attribution of a quote that opens its own sentence right after a short one naming who speaks ("Dana Ruiz
   * agreed. “…”", "As the mayor put it: ¶“…”"): a speech cue with no content of its own near the end of that
   * sentence, or a verb framing the quote from there. Across a paragraph break only after a colon; never from a
   * sentence that holds a quotation itself.
   */
  private @Nullable Cue cueClosingPreviousSentence(ParsedDocument doc, List<Cue> found, List<Marked> marks,
      Marked mk, CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence prev = null;
    for (ParsedSentence s : doc.sentences()) {
      if (s.span().end() > mk.start()) {
        break;
      }
      prev = s;
    }
    if (prev == null) {
      return null;
    }
    int m = QuoteMarks.firstMarkEndingAfter(marks, prev.span().start());
    if (m < marks.size() && marks.get(m).start() < prev.span().end()) {
      return null; // the sentence holds a quotation and is its attribution; this quote resumes that one
    }
    boolean colon = text.charAt(prev.span().end() - 1) == ':';
    if (!onlySpaceBetween(text, prev.span().end(), mk.start(), colon)) {
      return null;
    }
    return attributionIn(prev, false, found, mk, text, inMarks);
  }

  /** Whether nothing but spaces stands between the offsets, and no paragraph break unless one may. */
  private static boolean onlySpaceBetween(String text, int from, int to, boolean paragraphBreak) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\n' && !paragraphBreak) {
        return false;
      }
    }
    return true;
  }

  /**
   * The attribution a sentence of its own gives a quote: a speech cue with no clause of its own within six words of
   * the sentence's edge next to the quote (its start when the sentence comes after the quote, its end when before),
   * or a verb there framing the quote; null when there is none.
   */
  private @Nullable Cue attributionIn(ParsedSentence s, boolean afterQuote, List<Cue> found, Marked mk, String text,
      CueFinder.Marks inMarks) {
    for (Cue c : found) {
      if (c.sentence() != s || c.cueClass() != CueClass.SPEECH || SpeechActs.hasClause(c)) {
        continue;
      }
      int fromEdge = afterQuote ? Words.count(text, s.span().start(), c.cueSpan().start())
          : Words.count(text, c.cueSpan().end(), s.span().end());
      if (fromEdge <= 6) {
        return c;
      }
    }
    return cues.besideQuote(s, text, mk.start(), mk.end(), afterQuote, inMarks).orElse(null);
  }

  /** The sentence holding the character at the offset, or null. */
  private static @Nullable ParsedSentence sentenceAt(ParsedDocument doc, int offset) {
    List<ParsedSentence> all = doc.sentences();
    int lo = 0;
    int hi = all.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span sp = all.get(mid).span();
      if (sp.end() <= offset) {
        lo = mid + 1;
      } else if (sp.start() > offset) {
        hi = mid - 1;
      } else {
        return all.get(mid);
      }
    }
    return null;
  }

  /** A speech cue in the same sentence(s) as the quote, outside it, with no clause of its own to report. */
  private static @Nullable Cue nearbyCue(List<Cue> found, Marked mk, String text) {
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Cue c : found) {
      Span s = c.sentence().span();
      if (c.cueClass() != CueClass.SPEECH || !(s.start() < mk.end() && mk.start() < s.end())) {
        continue;
      }
      if (c.content() != null && Words.count(text, c.content().start(), c.content().end()) > 2
          && !QuoteMarks.utterance(text, mk)) {
        continue; // a cue with a clause of its own reports that, unless the quote is a whole utterance
      }
      int dist = c.cueSpan().start() >= mk.end() ? c.cueSpan().start() - mk.end() : mk.start() - c.cueSpan().end();
      if (dist >= 0 && dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
    return best;
  }

  /** The cues whose sentence overlaps the mark (cues come in sentence order). */
  private static List<Cue> cuesAround(List<Cue> found, Marked mk) {
    int lo = 0;
    int hi = found.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (found.get(mid).sentence().span().end() <= mk.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Cue> out = new ArrayList<>();
    for (int i = lo; i < found.size() && found.get(i).sentence().span().start() < mk.end(); i++) {
      out.add(found.get(i));
    }
    return out;
  }
}
