package org.parley.nlp;

/**
 * One token of a parsed sentence.
 *
 * @param index 0-based position in its sentence
 * @param start UTF-16 offset of its first character in the document text
 * @param end UTF-16 offset after its last character
 * @param word the token as written
 * @param lemma its lemma, lower case for ordinary words
 * @param pos its Penn Treebank tag
 * @param ner its named-entity class: PERSON, ORGANIZATION, LOCATION, MISC or O
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
