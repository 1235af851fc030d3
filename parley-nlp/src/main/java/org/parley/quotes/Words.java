package org.parley.quotes;

/** Word counting on raw text, the way the quote rules measure length (whitespace tokens with a letter or digit). */
final class Words {
  private Words() {}

  static int count(String text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    boolean hasAlnum = false;
    int end = Math.min(to, text.length());
    for (int i = Math.max(0, from); i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord && hasAlnum) {
          n++;
        }
        inWord = false;
        hasAlnum = false;
      } else {
        inWord = true;
        hasAlnum |= Character.isLetterOrDigit(c);
      }
    }
    if (inWord && hasAlnum) {
      n++;
    }
    return n;
  }
}
