package org.parley.quotes;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Speakers the parser attached wrongly or not at all, read from the words around the cue: the noun phrase beside it,
 * the subject of a verb inverted after a quotation ("“…,” said one senator"), a name set off by an appositive after
 * a quotation, and the subject written after a dateline.
 */
final class MisparsedSpeakers {
  /** Relations the parser gives the subject of an inverted speech verb ("…,” said one senator"). */
  private static final Set<String> INVERTED_SUBJECT = Set.of("obj", "xcomp", "iobj", "dep", "appos");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private static final Set<String> DASHES = Set.of("—", "–", "-", "--");

  private MisparsedSpeakers() {}

  /** The noun phrase right before the cue verb, or right after it ("said the minister"), outside quote marks. */
  static @Nullable Mention adjacentSpeaker(ParsedSentence s, String text, int verb, CueFinder.Marks marks) {
    List<Token> toks = s.tokens();
    for (int dir : new int[] {-1, 1}) {
      int i = verb + dir;
      int first = -1;
      int last = -1;
      while (i >= 0 && i < toks.size() && isNominal(toks.get(i)) && !marks.inside(toks.get(i).start())) {
        first = first < 0 ? i : first;
        last = i;
        i += dir;
      }
      if (first >= 0) {
        int a = Math.min(first, last);
        int b = Math.max(first, last);
        return new Mention(new Span(toks.get(a).start(), toks.get(b).end()),
            text.substring(toks.get(a).start(), toks.get(b).end()), null);
      }
    }
    return null;
  }

  /**
   * The subject of a verb inverted after a quotation or comma ("“…,” said one Republican strategist", "“…,” wrote
   * Mr. Burr"), which the parser takes for an object: the noun phrase that starts right after the verb, when the verb
   * itself comes right after a closing quotation mark or a comma and has no subject of its own.
   */
  static @Nullable Mention invertedSubject(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    if (verb + 1 >= toks.size() || !FINITE.contains(toks.get(verb).pos())) {
      return null;
    }
    // After a closing mark ("…,” wrote X"), or for "say" after a comma ("The plan, said the minister, …") or at the
    // start of the sentence ("Said the minister: “…”"); a comma before other verbs is mostly a list of verbs sharing
    // one subject ("praises, laments Clinton's legacy").
    boolean say = toks.get(verb).lemma().equalsIgnoreCase("say");
    if (verb == 0 ? !say
        : !(isClosingMark(toks.get(verb - 1)) || toks.get(verb - 1).pos().equals(",") && say)) {
      return null;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() <= verb || !INVERTED_SUBJECT.contains(d.relation())) {
        continue;
      }
      Token head = toks.get(d.dependent());
      List<Integer> sub = s.subtree(d.dependent());
      boolean named = head.isNoun() || head.ner().equals("PERSON") || head.ner().equals("ORGANIZATION");
      if (named && sub.get(0) == verb + 1) {
        return NounPhrases.headedBy(s, text, d.dependent());
      }
    }
    return null;
  }

  /**
   * The name between a closing quotation mark and its speech verb when an appositive separates them ("“…,” Dana
   * Ruiz, 33, said", "“…,” the economist Lee Park, a former adviser, wrote"), which the parser often fails to
   * attach: the words from the mark to the first comma, when the stretch up to the verb holds no verb of its own.
   */
  static @Nullable Mention nameAfterQuote(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    if (verb < 3 || !FINITE.contains(toks.get(verb).pos()) || !toks.get(verb - 1).pos().equals(",")) {
      return null;
    }
    int mark = -1;
    for (int i = verb - 2; i >= 0 && verb - i <= 30; i--) {
      Token t = toks.get(i);
      if (isClosingMark(t)) {
        mark = i;
        break;
      }
      if (t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W") || t.pos().equals("``")) {
        return null;
      }
    }
    if (mark < 0) {
      return null;
    }
    int from = mark + 1;
    int to = from;
    while (to + 1 < verb && !toks.get(to + 1).pos().equals(",")) {
      to++;
    }
    if (to + 1 >= verb) {
      return null; // no appositive: the plain "“…,” Ruiz said" is the parser's to attach
    }
    for (int i = from; i <= to; i++) {
      if (!(isNominal(toks.get(i)) || toks.get(i).pos().equals("CD") || toks.get(i).pos().equals("HYPH"))) {
        return null;
      }
    }
    if (!Words.hasLetter(toks.get(to).word())) {
      return null;
    }
    return new Mention(new Span(toks.get(from).start(), toks.get(to).end()),
        text.substring(toks.get(from).start(), toks.get(to).end()), null);
  }

  /**
   * The subject written after a dateline that the parser took for the subject ("Washington (AFP) – Democrat Hillary
   * Clinton has taken …", "MYRTLE BEACH, S.C. - Sen. Ted Cruz (R-Tex.) continued …"): when the subject opens the
   * sentence and its phrase runs on past a dash up to the verb, the words after the last such dash, without a
   * parenthesis at their end. Null when there is no dateline.
   */
  static @Nullable Mention afterDateline(ParsedSentence s, String text, int subject, int verb) {
    List<Integer> sub = s.subtree(subject);
    if (sub.get(0) != 0 || subject > verb) {
      return null;
    }
    List<Token> toks = s.tokens();
    Set<Integer> in = new java.util.HashSet<>(sub);
    int dash = -1;
    int dashes = 0;
    for (int i = 0; i < verb && in.contains(i); i++) {
      Token t = toks.get(i);
      if (t.pos().equals("``") || t.pos().equals("''") || t.isVerb()) {
        return null; // a quotation or a clause, not a dateline
      }
      // a spaced hyphen ("S.C. - Sen. Ted Cruz"), not one inside a word ("front-runner")
      boolean spaced = i > 0 && toks.get(i - 1).end() < t.start();
      if (DASHES.contains(t.word()) && (!t.word().equals("-") || spaced)) {
        dash = i;
        dashes++;
      }
    }
    if (dashes != 1) {
      return null; // none, or an aside between two dashes ("A coalition - including … - sent")
    }
    int from = dash + 1;
    int to = from - 1;
    for (int i = from; i < verb && in.contains(i); i++) {
      if (toks.get(i).pos().equals("-LRB-") || toks.get(i).pos().equals(",")) {
        break;
      }
      to = i;
    }
    if (to < from || !toks.get(to).isNoun()) {
      return null;
    }
    return new Mention(new Span(toks.get(from).start(), toks.get(to).end()),
        text.substring(toks.get(from).start(), toks.get(to).end()), null);
  }

  private static boolean isNominal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("PRP") || p.equals("DT") || p.startsWith("JJ") || p.equals("POS")
        || p.equals("NNPS");
  }

  /** A closing quotation mark, however tagged (typewriter ’’ comes out as NFP). */
  private static boolean isClosingMark(Token t) {
    return t.pos().equals("''") || t.word().equals("’’") || t.word().equals("”") || t.word().equals("''");
  }
}
