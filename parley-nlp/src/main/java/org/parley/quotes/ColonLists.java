package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * The items of a list introduced by a cue ending its paragraph with a colon ("In the interview he also said:¶The
 * deal will pass¶Syria needs a political solution"): each following paragraph that is a list item (set off by a
 * bullet, or not closed by sentence punctuation) is something the speaker said, until the first that is not.
 */
final class ColonLists {
  /** Longest list item, in words: anything longer is the article going on. */
  static final int MAX_ITEM_WORDS = 40;
  /** Most items taken from one list. */
  static final int MAX_ITEMS = 12;
  private static final String BULLETS = "•·‣▪●◦*-–—";
  private static final String MARKS = "\"“”„«»'‘";

  private ColonLists() {}

  /**
   * The items after a colon.
   *
   * @param text the document text
   * @param colon offset of the colon that ends the cue's paragraph
   * @return the items' content spans (without bullets), in order; empty when the colon does not end its paragraph
   */
  static List<Span> itemsAfter(String text, int colon) {
    List<Span> out = new ArrayList<>();
    int i = colon + 1;
    while (i < text.length() && text.charAt(i) != '\n') {
      if (!Character.isWhitespace(text.charAt(i))) {
        return out; // the colon does not end its paragraph: what follows is on the same line
      }
      i++;
    }
    while (out.size() < MAX_ITEMS) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        break;
      }
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = text.length();
      }
      int from = i;
      boolean bullet = BULLETS.indexOf(text.charAt(from)) >= 0;
      if (bullet) {
        from++;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
      }
      int to = end;
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from >= to || MARKS.indexOf(text.charAt(from)) >= 0) {
        break; // a quotation is a direct quote of its own
      }
      char last = text.charAt(to - 1);
      boolean closed = last == '.' || last == '!' || last == '?' || MARKS.indexOf(last) >= 0;
      if (!(bullet || !closed) || Words.count(text, from, to) > MAX_ITEM_WORDS) {
        break;
      }
      while (to > from && ".;,".indexOf(text.charAt(to - 1)) >= 0) {
        to--;
      }
      out.add(new Span(from, to));
      i = end;
    }
    return out;
  }
}
