package org.parley.quotes;

/**
 * Raw-text tests the quote rules share: word counting, the way they measure length (whitespace tokens with a letter or
 * digit), and whether a string holds a letter at all.
 */
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

  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
