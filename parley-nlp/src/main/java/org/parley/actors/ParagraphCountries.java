package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.actors.Chunker.Chunk;
import org.parley.model.Span;

/**
 * The first country each sentence names, and which paragraph it is in: what an institution named by its kind alone
 * ("The ministry said") refers to when the article has no home country.
 */
final class ParagraphCountries {
  private final int[] paragraph;
  private final List<@Nullable String> first = new ArrayList<>();

  ParagraphCountries(String text, List<Span> sentences, List<List<Chunk>> chunks) {
    paragraph = new int[sentences.size()];
    int breaks = 0;
    int pos = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int start = Math.min(sentences.get(s).start(), text.length());
      for (; pos < start; pos++) {
        if (text.charAt(pos) == '\n') {
          breaks++;
        }
      }
      paragraph[s] = breaks;
      String country = null;
      for (Chunk c : chunks.get(s)) {
        // "US-backed rebels" are not American rebels: hyphenated modifiers give no context.
        if (c.isPlaceEntry() && c.entry().country() != null && !c.hyphenPart()) {
          country = c.entry().country();
          break;
        }
      }
      first.add(country);
    }
  }

  /** In an earlier sentence of the paragraph, then a later one, then earlier in the article: the first country. */
  @Nullable String near(int s) {
    // In an earlier sentence the first country is usually its subject and the topic ("Poland summoned the
    // Belarusian ambassador. The ministry said ..."), so it wins over later ones.
    for (int t = s - 1; t >= 0 && paragraph[t] == paragraph[s]; t--) {
      if (first.get(t) != null) {
        return first.get(t);
      }
    }
    for (int t = s + 1; t < first.size() && paragraph[t] == paragraph[s]; t++) {
      if (first.get(t) != null) {
        return first.get(t);
      }
    }
    for (int t = s - 1; t >= 0; t--) {
      if (first.get(t) != null) {
        return first.get(t);
      }
    }
    return null;
  }
}
