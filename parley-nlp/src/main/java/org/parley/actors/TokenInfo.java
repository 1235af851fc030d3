package org.parley.actors;

import java.util.Objects;

/**
 * One token of an article as the resolver needs it; the NLP pipeline fills these from CoreNLP.
 *
 * @param start UTF-16 offset of the token's first char in the article text
 * @param end UTF-16 offset just past the token
 * @param word the token as written
 * @param pos the Penn Treebank tag, or {@code ""} when unknown
 * @param ner {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code O}, or {@code ""} when no NER was run
 *     (then person names are found by capitalisation)
 */
public record TokenInfo(int start, int end, String word, String pos, String ner) {
  public TokenInfo {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }
}
