package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Span;

/** Sentence splitting for the fast path: ends at . ! ? before a capital or quote, and at line breaks. */
final class SimpleSplitter {
  private static final Set<String> END = Set.of(".", "!", "?");
  private static final Set<String> CLOSERS = Set.of("\"", "”", "’", "'", ")", "»");

  private SimpleSplitter() {}

  static void split(String text, List<Span> sentences, List<List<TokenInfo>> tokens) {
    List<Names.Tok> all = Names.tokenize(text, 0, text.length());
    List<TokenInfo> cur = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Names.Tok t = all.get(i);
      if (!cur.isEmpty() && hasNewline(text, cur.get(cur.size() - 1).end(), t.start())) {
        flush(cur, sentences, tokens);
      }
      cur.add(new TokenInfo(t.start(), t.end(), t.word(), "", ""));
      if (END.contains(t.word())) {
        // Closing quotes and brackets stay with the sentence they end.
        while (i + 1 < all.size() && CLOSERS.contains(all.get(i + 1).word())
            && !hasNewline(text, t.end(), all.get(i + 1).start())) {
          i++;
          Names.Tok c = all.get(i);
          cur.add(new TokenInfo(c.start(), c.end(), c.word(), "", ""));
        }
        if (i + 1 >= all.size() || startsSentence(all.get(i + 1).word())) {
          flush(cur, sentences, tokens);
        }
      }
    }
    flush(cur, sentences, tokens);
  }

  private static boolean startsSentence(String w) {
    char c = w.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘';
  }

  private static boolean hasNewline(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static void flush(List<TokenInfo> cur, List<Span> sentences, List<List<TokenInfo>> tokens) {
    if (cur.isEmpty()) {
      return;
    }
    sentences.add(new Span(cur.get(0).start(), cur.get(cur.size() - 1).end()));
    tokens.add(List.copyOf(cur));
    cur.clear();
  }
}
