package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Marks the words of a plain-words query in a text of one sentence — a quote, an evidence sentence — exactly as the
 * store's unified highlighter would, without the in-memory index that highlighter builds for every text (most of the
 * cost of a page of 100 highlighted hits). It answers only where the result is the same by construction: a query of
 * words (each on one or several fields, all required or all optional, nothing excluded, no phrases or wildcards), and
 * a text that the sentence breaker keeps whole. Anything else returns null, and the caller uses the highlighter.
 *
 * <p>Why the result is the same: for such a query every hit matches every required clause, so the highlighter marks
 * each occurrence of each of the query's words on the field; its one passage is then the whole text, marked.
 */
final class SentenceHighlighter {
  private final Analyzer analyzer;
  private final String field;
  private final String open;
  private final String close;
  private final int maxLength;
  private final Set<BytesRef> words;
  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);

  private SentenceHighlighter(Analyzer analyzer, String field, String open, String close, int maxLength,
                              Set<BytesRef> words) {
    this.analyzer = analyzer;
    this.field = field;
    this.open = open;
    this.close = close;
    this.maxLength = maxLength;
    this.words = words;
  }

  /**
   * A highlighter for the query's words on {@code field}, or null when the query is not a plain-words query.
   *
   * @param maxLength the unified highlighter's maximum length: longer texts are left to it
   */
  static @Nullable SentenceHighlighter of(Analyzer analyzer, String field, Query query, String open, String close,
                                          int maxLength) {
    Set<BytesRef> words = new HashSet<>();
    if (!plainWords(query, field, words, true)) {
      return null;
    }
    return new SentenceHighlighter(analyzer, field, open, close, maxLength, words);
  }

  private static boolean plainWords(Query q, String field, Set<BytesRef> words, boolean top) {
    while (q instanceof BoostQuery b) {
      q = b.getQuery();
    }
    if (q instanceof TermQuery t) {
      if (t.getTerm().field().equals(field)) {
        words.add(BytesRef.deepCopyOf(t.getTerm().bytes()));
      }
      return true;
    }
    if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0 || b.clauses().isEmpty()) {
      return false;
    }
    // A word over several fields is one optional clause per field; the words are all required or all optional.
    BooleanClause.Occur occur = b.clauses().get(0).getOccur();
    for (BooleanClause c : b.clauses()) {
      if (c.getOccur() != occur || (occur != BooleanClause.Occur.MUST && occur != BooleanClause.Occur.SHOULD)) {
        return false;
      }
      if (!top && occur != BooleanClause.Occur.SHOULD) {
        return false;
      }
      Query inner = c.getQuery();
      while (inner instanceof BoostQuery bq) {
        inner = bq.getQuery();
      }
      if (!(inner instanceof TermQuery) && !(top && inner instanceof BooleanQuery)) {
        return false;
      }
      if (!plainWords(inner, field, words, false)) {
        return false;
      }
    }
    return true;
  }

  /** The text with the query's words marked, or null when the text is not one sentence this can mark alone. */
  @Nullable String highlight(@Nullable String text) {
    // The highlighter also breaks at its multi-value separator (U+2029) and cuts texts at its maximum length.
    if (text == null || text.isEmpty() || text.length() >= maxLength || text.indexOf('\u2029') >= 0) {
      return null;
    }
    sentences.setText(text);
    if (sentences.first() != 0 || sentences.next() != text.length()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int pos = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (start < pos || end <= start || end > text.length()) {
          return null; // overlapping or odd offsets: leave the merging rules to the highlighter
        }
        if (words.contains(new BytesRef(term))) {
          out.append(text, pos, start).append(open).append(text, start, end).append(close);
          pos = end;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a text in memory failed", e);
    }
    return out.append(text, pos, text.length()).toString();
  }
}
