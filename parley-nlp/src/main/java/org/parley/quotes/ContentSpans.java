package org.parley.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.words.WordLists;

/**
 * The character span of reported content: the tokens a cue takes in, less those it leaves out, trimmed of edge
 * punctuation and of a writer's aside at the end.
 */
final class ContentSpans {
  private static final WordLists WORDS = WordLists.of(ContentSpans.class, "cue-words.txt");

  /**
   * Relations of a trailing stretch that, set off by a separator, is the writer's comment. Adverbial clauses are not
   * among them: on PolNeAR cutting them ("…, as he stopped by …") lost as many spans as it won.
   */
  private static final Set<String> TRAILING_ASIDES = Set.of("acl:relcl", "appos", "parataxis");
  private static final Set<String> SEPARATORS = Set.of(",", "—", "–", ";", "--", "-");
  /** Words that open a writer's aside after a separator (", which …"). */
  private static final Set<String> ASIDE_RELATIVES = WORDS.set("aside-relatives");

  private ContentSpans() {}

  /** The character span of the given tokens minus the excluded ones, trimmed of edge punctuation. */
  static @Nullable Span of(ParsedSentence s, List<Integer> tokens, Set<Integer> excluded) {
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int i : tokens) {
      if (excluded.contains(i)) {
        continue;
      }
      from = Math.min(from, i);
      to = Math.max(to, i);
    }
    if (to < 0) {
      return null;
    }
    List<Token> toks = s.tokens();
    while (from <= to && (excluded.contains(from) || isEdgePunct(toks.get(from)))) {
      from++;
    }
    to = Math.min(to, trailingCut(s, tokens, excluded, to));
    while (to >= from && (excluded.contains(to) || isEdgePunct(toks.get(to)))) {
      to--;
    }
    if (to < from) {
      return null;
    }
    return new Span(toks.get(from).start(), toks.get(to).end());
  }

  /**
   * Where the content should end when its last stretch is a comment of the writer's rather than part of what was
   * reported: a relative clause, an appositive or an aside set off by a comma or dash ("… a hydrogen bomb, which in
   * theory would …", "… Franklin Graham, who has vowed …"). The parser attaches a trailing "which" clause in several
   * ways, so the relative pronoun after the separator is read as well as the relation. An aside in the middle of the
   * content stays. Returns the last token index to keep, or {@code to}.
   */
  private static int trailingCut(ParsedSentence s, List<Integer> tokens, Set<Integer> excluded, int to) {
    Set<Integer> in = new java.util.HashSet<>(tokens);
    in.removeAll(excluded);
    List<Token> toks = s.tokens();
    int from = in.stream().mapToInt(Integer::intValue).min().orElse(to);
    for (int k = from + 1; k < to; k++) {
      if (!in.contains(k) || !SEPARATORS.contains(toks.get(k).word())) {
        continue;
      }
      for (Dependency d : s.dependencies()) {
        int i = d.dependent();
        if (i <= k || !in.contains(i) || d.governor() < 0 || !in.contains(d.governor())) {
          continue;
        }
        List<Integer> sub = s.subtree(i);
        if (sub.get(0) != k + 1 || sub.get(sub.size() - 1) < to) {
          continue; // not a stretch that runs from the separator to the end
        }
        boolean relative = ASIDE_RELATIVES.contains(toks.get(k + 1).word().toLowerCase(Locale.ROOT));
        if (relative || TRAILING_ASIDES.contains(d.relation())) {
          return k - 1;
        }
      }
    }
    return to;
  }

  private static boolean isEdgePunct(Token t) {
    return t.pos().equals(",") || t.pos().equals(":") || t.pos().equals(".") || t.pos().equals("HYPH")
        || t.word().equals("—") || t.word().equals("–");
  }
}
