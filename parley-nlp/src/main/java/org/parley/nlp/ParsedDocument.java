package org.parley.nlp;

import java.util.List;

/**
 * A document's text with its parsed sentences.
 *
 * @param text the text the offsets refer to
 * @param sentences the sentences in order
 */
public record ParsedDocument(String text, List<ParsedSentence> sentences) {
  public ParsedDocument {
    sentences = List.copyOf(sentences);
  }
}
