package org.parley.extract.content;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries, with the element that owns it.
 *
 * @param text whitespace-collapsed text
 * @param chars visible characters (not words: CJK text has no spaces)
 * @param linkChars characters inside links
 * @param owner nearest block-level element around the text
 * @param kind what sort of block the owner is
 */
record Block(String text, int chars, int linkChars, Element owner, Kind kind) {

  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CELL, CAPTION, OTHER }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
