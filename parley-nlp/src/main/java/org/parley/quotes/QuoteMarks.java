package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of text between quotation marks, paragraph by paragraph. Handles curly and straight double quotes,
 * guillemets, German „…“, and British single quotes ‘…’ (apostrophes are told apart by their context), and
 * typewriter pairs ''…'' and ``…''. A mark left
 * open never runs past its paragraph: the span is cut at the paragraph end (or before the next opening mark), so a
 * stray mark cannot swallow the rest of the document.
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
        if (c == '“' || c == '„' || c == '«' || c == '‟' || (c == '"' && opensHere(text, i, from, to))) {
          open = i;
          openChar = c;
        }
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
}
