package org.parley.quotes;

import java.util.List;
import java.util.Set;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/** The noun phrase a token heads, as the mention of a speaker or source. */
final class NounPhrases {
  /** Left dependents that are not part of a speaker's noun phrase. */
  private static final Set<String> NP_SKIP = Set.of("case", "punct", "cc", "mark", "advmod", "acl", "dep", "cop", "nsubj",
      "nsubj:pass", "csubj", "aux", "aux:pass", "expl", "obl", "obj", "iobj", "advcl", "ccomp", "xcomp", "parataxis",
      "discourse");

  private NounPhrases() {}

  /** The name or noun phrase headed by a token: its left modifiers and name parts, without clauses after it. */
  static Mention headedBy(ParsedSentence s, String text, int head) {
    int from = head;
    int to = head;
    for (Dependency d : s.childrenOf(head)) {
      String r = d.relation();
      if (d.dependent() < head && !NP_SKIP.contains(d.baseRelation())) {
        for (int i : s.subtree(d.dependent())) {
          from = Math.min(from, i);
        }
      } else if (d.dependent() > head && (r.equals("flat") || r.startsWith("compound") || r.equals("flat:name"))) {
        to = Math.max(to, d.dependent());
      }
    }
    // Left modifiers may include a leading comma or conjunction ("and Trump"): trim them.
    List<Token> toks = s.tokens();
    while (from < head && !isNpToken(toks.get(from))) {
      from++;
    }
    Token a = toks.get(from);
    Token b = toks.get(to);
    return new Mention(new Span(a.start(), b.end()), text.substring(a.start(), b.end()), null);
  }

  private static boolean isNpToken(Token t) {
    String w = t.word();
    return !(t.pos().equals(",") || t.pos().equals(":") || t.pos().equals("CC") || t.pos().equals("``")
        || t.pos().equals("''") || t.pos().equals("-LRB-") || w.equals("—"));
  }
}
