package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.quotes.QuoteMarks.Marked;

/**
 * Direct quotes across their attribution and their paragraphs: a quotation interrupted by "she said" is one quote, a
 * short utterance resuming it is kept, and a paragraph of quotation without a cue of its own is spoken by whoever the
 * quotation next to it is given to.
 */
final class DirectJoins {
  private DirectJoins() {}

  /**
   * A short quoted utterance that carries on the quote before it across that quote's attribution, in the same
   * paragraph: "“I would,” she said. “I would, Donald.”"
   */
  static boolean resumes(List<Draft> direct, Marked mk, String text) {
    if (direct.isEmpty() || !QuoteMarks.utterance(text, mk)) {
      return false;
    }
    Draft prev = direct.get(direct.size() - 1);
    return prev.cueSpan != null && paragraphsBetween(text, prev.span.end(), mk.start()) == 0
        && gapHolds(prev.cueSpan, prev.span.end(), mk.start())
        && Words.count(text, prev.span.end(), mk.start()) <= QuoteExtractor.MAX_JOIN_GAP_WORDS;
  }

  private static final String MARKS = "\"“”„‟«»‘’‚‛‹›";

  /**
   * The span inside the quotation marks that open and close it (and a comma before the closing one, and edge whitespace): users want the words, not
   * the marks. A mark inside (split quotes, nested quotes) stays.
   */
  static Span withoutOuterMarks(String text, Span span) {
    int from = span.start();
    int to = span.end();
    if (from + 1 < to && (text.startsWith("''", from) || text.startsWith("``", from))) {
      from += 2;
    } else if (from < to && MARKS.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    if (to - 1 > from && text.startsWith("''", to - 2)) {
      to -= 2;
      if (to > from && text.charAt(to - 1) == ',') {
        to--;
      }
    } else if (to > from && MARKS.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
      if (to > from && text.charAt(to - 1) == ',') {
        to--; // "“We will not,” she said": the comma belongs to the sentence around the quote
      }
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return from < to ? new Span(from, to) : span;
  }

  /** Joins direct quotes split by their attribution, and cue-less quotes that carry on the previous one. */
  static List<Draft> joinDirect(List<Draft> direct, String text) {
    List<Draft> out = new ArrayList<>();
    Draft prev = null;
    for (Draft d : direct) {
      // Joined only when the words between are the attribution itself: "“A,” she said, “B.”"
      boolean join = prev != null && (d.cue == null || prev.cue == null || Objects.equals(d.cueSpan, prev.cueSpan))
          && Words.count(text, prev.span.end(), d.span.start()) <= QuoteExtractor.MAX_JOIN_GAP_WORDS
          && paragraphsBetween(text, prev.span.end(), d.span.start()) == 0
          && (gapHolds(prev.cueSpan, prev.span.end(), d.span.start())
              || gapHolds(d.cueSpan, prev.span.end(), d.span.start()));
      // A quote left open and the next one opening right after it in the same paragraph (the paragraphs of a long
      // quotation run together): one quote running on. Across a paragraph break each paragraph is a quote of its own,
      // as news readers count them, and takes the speaker of the one before (inheritSpeakers).
      join |= prev != null && prev.open && paragraphsBetween(text, prev.span.end(), d.span.start()) == 0
          && Words.count(text, prev.span.end(), d.span.start()) == 0;
      if (join) {
        prev.open = d.open;
        if (prev.parts.isEmpty()) {
          prev.parts.add(prev.span);
        }
        prev.parts.add(d.span);
        prev.span = new Span(prev.span.start(), d.span.end());
        if (prev.cue == null && d.cue != null) {
          prev.cue = d.cue;
          prev.cueSpan = d.cueSpan;
          prev.speaker = d.speaker;
          prev.source = d.source;
        }
        continue;
      }
      if (d.cue == null && prev != null && prev.speaker != null
          && paragraphsBetween(text, prev.span.end(), d.span.start()) == 0) {
        d.speaker = prev.speaker; // same paragraph, no new cue: the same speaker goes on
      }
      out.add(d);
      prev = d;
    }
    return out;
  }

  /**
   * A direct quote with no cue of its own ("“…” \n\n “More words.”") is given the speaker of the quote before it,
   * when that one is at most one paragraph back.
   */
  static void inheritSpeakers(List<Draft> drafts, String text) {
    // A quotation left open at its paragraph's end runs on into the next: news closes only the last paragraph of a
    // long quotation, with its attribution, which speaks for the paragraphs before it too.
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft d = drafts.get(i);
      Draft next = drafts.get(i + 1);
      if (d.kind == QuoteKind.DIRECT && d.open && d.speaker == null && d.cue == null && next.kind == QuoteKind.DIRECT
          && next.speaker != null && paragraphsBetween(text, d.span.end(), next.span.start()) == 1
          && Words.count(text, d.span.end(), next.span.start()) == 0) {
        d.speaker = next.speaker;
        d.cue = next.cue;
        d.cueSpan = next.cueSpan;
        d.source = next.source;
      }
    }
    Draft last = null;
    for (Draft d : drafts) {
      if (d.speaker == null && d.cue == null && d.kind == QuoteKind.DIRECT && last != null
          && paragraphsBetween(text, last.span.end(), d.span.start()) <= 1) {
        d.speaker = last.speaker;
      }
      if (d.speaker != null) {
        last = d;
      }
    }
  }

  /**
   * The words of a quote. A quotation interrupted by its attribution ("“We will not,” she said, “back down.”") is its
   * quoted parts joined by a space: the span runs over the attribution, the text must not hold it.
   */
  static String quotedText(String text, Draft d) {
    if (d.parts.size() < 2) {
      return text.substring(d.span.start(), d.span.end());
    }
    StringBuilder b = new StringBuilder();
    for (Span part : d.parts) {
      Span inner = withoutOuterMarks(text, part);
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, inner.start(), inner.end());
    }
    return b.toString();
  }

  private static boolean gapHolds(@Nullable Span cueSpan, int from, int to) {
    return cueSpan != null && from <= cueSpan.start() && cueSpan.end() <= to;
  }

  static int paragraphsBetween(String text, int from, int to) {
    int n = 0;
    boolean inBreak = false;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        if (!inBreak) {
          n++;
        }
        inBreak = true;
      } else if (!Character.isWhitespace(text.charAt(i))) {
        inBreak = false;
      }
    }
    return n;
  }
}
