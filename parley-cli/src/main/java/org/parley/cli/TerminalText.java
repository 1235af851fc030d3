package org.parley.cli;

/**
 * Makes text taken from pages harmless to print on a terminal. A page title holding ESC, BEL or a C1 control can
 * set the window title, clear the screen or write the clipboard (OSC 52) in some terminals, and a bidi override can
 * make a line read differently from what it holds. Each such character becomes one visible character (a control
 * picture such as ␛ for C0 controls, � for C1 controls and bidi controls), so the text keeps its length and shows
 * that something was there, and cutting it anywhere can never leave half an escape sequence.
 */
final class TerminalText {
  private TerminalText() {}

  /** For a table cell: every control goes, line breaks and tabs become spaces. */
  static String cell(String s) {
    return clean(s, false);
  }

  /** For running text: line feeds and tabs stay, every other control goes. */
  static String lines(String s) {
    return clean(s, true);
  }

  static boolean isUnsafe(int c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f || isBidiControl(c);
  }

  /** Embeddings, overrides and isolates (and their pop): the characters that reorder what follows them. */
  static boolean isBidiControl(int c) {
    return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }

  private static String clean(String s, boolean keepLines) {
    int i = 0;
    while (i < s.length() && !needsWork(s.charAt(i), s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s; // the common case: nothing to replace, no copy
    }
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD'); // a lone half of a pair is not text
      } else if (c == '\n' || c == '\t') {
        sb.append(keepLines ? c : ' ');
      } else if (c == '\r') {
        // CR LF is a line break; a lone CR would let the text overwrite the start of its own line
        boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
        sb.append(keepLines && crlf ? "" : keepLines ? "\u240D" : crlf ? "" : " ");
      } else if (c < 0x20) {
        sb.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        sb.append('\u2421');
      } else if (isUnsafe(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsWork(char c, String s, int i) {
    if (Character.isSurrogate(c)) {
      return !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
    }
    return isUnsafe(c);
  }

  /** Cuts to at most {@code width} characters with "…", never between the halves of a surrogate pair. */
  static String fit(String s, int width) {
    if (width <= 0 || s.length() <= width) {
      return s;
    }
    int end = Math.max(0, width - 1);
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
