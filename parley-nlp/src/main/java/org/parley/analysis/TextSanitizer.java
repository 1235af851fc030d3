package org.parley.analysis;

/** Prepares text for the parser without moving any offset. */
final class TextSanitizer {
  private TextSanitizer() {}

  /**
   * Replaces control characters (other than newline and tab) with spaces, one for one, so offsets into the
   * result are offsets into the original.
   */
  static String withoutControlCharacters(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }
}
