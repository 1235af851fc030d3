package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of text between quotation marks, paragraph by paragraph. Handles curly and straight double quotes,
 * guillemets, German „…“, and British single quotes ‘…’ (apostrophes are told apart by their context), and
 * typewriter pairs ''…'' and ``…''. A mark left
 * open never runs past its paragraph: the span is cut at the paragraph end (or before the next opening mark), so a
 * stray mark cannot swallow the rest of the document. Also looks marks up by offset and tells a whole quoted utterance
 * from a word quoted inside the writer's sentence.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * A quoted stretch.
   *
   * @param start offset of the opening mark
   * @param end offset after the closing mark, or the cut point when unclosed
   * @param closed whether a closing mark was found
   */
  record Marked(int start, int end, boolean closed) {}

  static List<Marked> find(String original) {
    String text = withTypewriterPairs(original);
    List<Marked> doubles = new ArrayList<>();
    List<Marked> singles = new ArrayList<>();
    int p = 0;
    int n = text.length();
    while (p < n) {
      int pe = text.indexOf('\n', p);
      if (pe < 0) {
        pe = n;
      }
      scanDoubles(text, p, pe, doubles);
      scanSingles(text, p, pe, doubles, singles);
      p = pe + 1;
    }
    if (singles.isEmpty()) {
      return doubles;
    }
    // British style: the single quotes are the outer marks and doubles inside them are nested quotes.
    List<Marked> out = new ArrayList<>(singles);
    for (Marked d : doubles) {
      boolean nested = false;
      for (Marked s : singles) {
        nested |= s.start() <= d.start() && d.end() <= s.end();
      }
      if (!nested) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The text with each typewriter pair of apostrophes (''…'' and ``…'', as some newswires and plain-text feeds write
   * double quotes) turned into a straight double quote of the same length, the mark on the outer side: an opening pair
   * becomes "x, a closing one x", so that a quote's span still covers both characters. Offsets are unchanged.
   */
  static String withTypewriterPairs(String text) {
    if (!text.contains("''") && !text.contains("``")) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i + 1 < b.length(); i++) {
      char c = b.charAt(i);
      if ((c != '\'' && c != '`') || b.charAt(i + 1) != c) {
        continue;
      }
      boolean opening = c == '`' || i == 0 || Character.isWhitespace(b.charAt(i - 1)) || "([{—–-".indexOf(b.charAt(i - 1)) >= 0;
      if (opening) {
        b.setCharAt(i, '"');
        b.setCharAt(i + 1, '\u2060'); // word joiner: not whitespace, so the quote still opens onto a word
      } else {
        b.setCharAt(i, '\u2060');
        b.setCharAt(i + 1, '"');
      }
      i++;
    }
    return b.toString();
  }

  private static void scanDoubles(String text, int from, int to, List<Marked> out) {
    int open = -1;
    char openChar = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDoubleMark(c) && (open < 0 || c != '’')) {
        continue;
      }
      if (open < 0) {
        if (c == '“' || c == '„' || c == '«' || c == '‟' || (c == '"' && (opensHere(text, i, from, to)
            || opensAfterSentence(text, i, to)))) {
          open = i;
          openChar = c;
        } else if ((c == '"' || c == '”') && closesSentence(text, i, from, to)) {
          int start = sentenceStart(text, from, i);
          if (Words.count(text, start, i) >= MIN_ORPHAN_WORDS) {
            out.add(new Marked(start, i + 1, true));
          }
        }
        continue;
      }
      if (c == '"' && Character.isWhitespace(text.charAt(i - 1)) && opensHere(text, i, from, to)) {
        // A straight mark after a space and before a word opens a quote, so the one open was never closed: it ends
        // at its last sentence end when words outside it ("He added:") come before the new one.
        out.add(new Marked(open, cutBefore(text, open + 1, i), false));
        open = i;
        openChar = c;
        continue;
      }
      boolean closes = switch (c) {
        case '”', '»', '"' -> true;
        // „…“ (German) closes with “; an English “ while open is a closer only when it sits where a closer would.
        case '“' -> openChar == '„' || !opensHere(text, i, from, to);
        default -> false;
      };
      if (!closes && c == '’' && i > from && ".,!?".indexOf(text.charAt(i - 1)) >= 0
          && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))) {
        closes = true; // “…’ typed with the wrong closing mark
      }
      if (!isDoubleMark(c) && !closes) {
        continue;
      }
      if (closes) {
        out.add(new Marked(open, i + 1, true));
        open = -1;
      } else {
        // A second opening mark: the first was never closed. Cut it before the new one.
        out.add(new Marked(open, trimEnd(text, open + 1, i), false));
        open = i;
        openChar = c;
      }
    }
    if (open >= 0) {
      out.add(new Marked(open, trimEnd(text, open + 1, to), false));
    }
  }

  private static void scanSingles(String text, int from, int to, List<Marked> doubles, List<Marked> out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c != '‘' && c != '‹') || !opensHere(text, i, from, to) || insideAny(doubles, i)) {
        continue;
      }
      char closer = c == '‘' ? '’' : '›';
      for (int j = i + 2; j < to; j++) {
        if (text.charAt(j) == closer && !Character.isWhitespace(text.charAt(j - 1))
            && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
          out.add(new Marked(i, j + 1, true));
          i = j;
          break;
        }
        if (text.charAt(j) == c && opensHere(text, j, from, to)) {
          break; // another opener before any closer: leave this one alone
        }
      }
    }
  }

  /** An orphan closing mark needs at least this many words before it in its sentence to be taken as a quote. */
  private static final int MIN_ORPHAN_WORDS = 6;

  /** A straight mark stuck to the end of a sentence and opening the next ("said Mr Kaine.\"So that …"). */
  private static boolean opensAfterSentence(String text, int i, int to) {
    return i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0 && i + 1 < to && Character.isUpperCase(text.charAt(i + 1));
  }

  /**
   * A closing mark with no opening one, after sentence punctuation and before a space ("… from Europe.\" When he
   * …"): the opening mark was lost, and the quote is taken to open where its sentence does.
   */
  private static boolean closesSentence(String text, int i, int from, int to) {
    return i > from && ".!?".indexOf(text.charAt(i - 1)) >= 0 && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** Where the sentence holding the offset starts: after the last sentence end before it, or the paragraph start. */
  private static int sentenceStart(String text, int from, int at) {
    int start = from;
    for (int k = at - 2; k > from; k--) {
      if (".!?".indexOf(text.charAt(k)) >= 0 && Character.isWhitespace(text.charAt(k + 1))) {
        start = k + 1;
        break;
      }
    }
    while (start < at && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * Where a quote left open ends when a new one opens at {@code to}: at its last sentence end if words stand between
   * that and the new mark ("“… a Muslim. He added: “…"), else right before the new mark.
   */
  private static int cutBefore(String text, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (".!?".indexOf(text.charAt(k)) >= 0) {
        return Words.count(text, k + 1, to) > 0 ? k + 1 : trimEnd(text, from, to);
      }
    }
    return trimEnd(text, from, to);
  }

  private static boolean insideAny(List<Marked> spans, int offset) {
    for (Marked m : spans) {
      if (m.start() <= offset && offset < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDoubleMark(char c) {
    return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»' || c == '‟';
  }

  /** A mark opens when it follows a space, the paragraph start or opening punctuation, and precedes a non-space. */
  private static boolean opensHere(String text, int i, int from, int to) {
    boolean before = i == from || isOpeningContext(text.charAt(i - 1));
    boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static boolean isOpeningContext(char c) {
    return Character.isWhitespace(c) || "([{—–-/:;,…".indexOf(c) >= 0 || c == '\u00a0';
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * A quoted stretch closed with its own sentence punctuation ("“Scam,” he said", "“No!”"): a whole utterance, however
   * short, rather than a word quoted inside the writer's sentence.
   */
  static boolean utterance(String text, Marked mk) {
    if (!mk.closed() || mk.end() - mk.start() < 3) {
      return false;
    }
    char last = text.charAt(mk.end() - 2);
    return last == ',' || last == '.' || last == '!' || last == '?';
  }

  /** Index of the mark holding the offset, or -1 (marks are sorted by start and do not overlap). */
  static int indexOfMark(List<Marked> marks, int offset) {
    int lo = 0;
    int hi = marks.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < marks.get(found).end() ? found : -1;
  }

  /** Index of the first mark that ends after the offset (marks are sorted and disjoint). */
  static int firstMarkEndingAfter(List<Marked> marks, int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
