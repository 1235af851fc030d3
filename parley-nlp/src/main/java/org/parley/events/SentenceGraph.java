package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * The dependency parse of one sentence as the event rules read it: each token's head relation, its dependents and
 * the actor mention covering it, with the lexical tests every rule family shares (lemma, word, case marker, negation,
 * modal). Built once per sentence and read-only afterwards, so the rule classes can share it freely.
 */
final class SentenceGraph {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> MODALS = Set.of("will", "would", "shall", "'ll", "wo", "could", "can", "may", "might",
      "should", "must", "ca");
  /** How far the rules walk through embedding clauses before they stop: deeper links are parse noise. */
  static final int MAX_DEPTH = 6;

  private final List<Token> toks;
  private final List<List<Dependency>> kids;
  private final @Nullable Dependency[] head;
  private final @Nullable Mention[] mentionAt;

  SentenceGraph(ParsedSentence s, List<Mention> mentions) {
    int n = s.tokens().size();
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(3));
    }
    head = new Dependency[n];
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d;
        if (d.governor() >= 0 && d.governor() < n) {
          kids.get(d.governor()).add(d);
        }
      }
    }
    this.toks = verbsTakenForAdjectives(s.tokens());
    mentionAt = new Mention[n];
    for (Mention m : mentions) {
      for (int i = 0; i < n; i++) {
        Token t = toks.get(i);
        if (t.start() >= m.span().start() && t.end() <= m.span().end() && mentionAt[i] == null) {
          mentionAt[i] = m;
        }
      }
    }
  }

  /**
   * "Washington has also voiced concern …": the tagger reads some participles as adjectives, but an adjective takes no
   * direct object, so a past-tense-looking adjective with one is a verb, typed and lemmatised as one.
   */
  private List<Token> verbsTakenForAdjectives(List<Token> tokens) {
    List<Token> out = tokens;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("JJ") && t.word().endsWith("ed") && hasKid(i, "obj")) {
        if (out == tokens) {
          out = new ArrayList<>(tokens);
        }
        String pos = hasKid(i, "aux") ? "VBN" : "VBD";
        out.set(i, new Token(t.index(), t.start(), t.end(), t.word(), NlpPipeline.verbLemma(t.word()), pos, t.ner()));
      }
    }
    return out;
  }

  int size() {
    return toks.size();
  }

  Token token(int i) {
    return toks.get(i);
  }

  List<Dependency> kids(int i) {
    return kids.get(i);
  }

  @Nullable Dependency head(int i) {
    return head[i];
  }

  /** The first mention (in the order given) whose span covers the token. */
  @Nullable Mention mentionAt(int i) {
    return mentionAt[i];
  }

  boolean isNegated(int p) {
    for (Dependency d : kids.get(p)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  boolean hasNegDet(int noun) {
    for (Dependency d : kids.get(noun)) {
      if (d.relation().equals("det") && lower(d.dependent()).equals("no")) {
        return true;
      }
    }
    return false;
  }

  @Nullable String modalOf(int p) {
    for (Dependency d : kids.get(p)) {
      if (d.relation().equals("aux") && MODALS.contains(lower(d.dependent()))) {
        String w = lower(d.dependent());
        return w.equals("wo") || w.equals("'ll") ? "will" : w.equals("ca") ? "can" : w;
      }
    }
    // "is going to attack"
    Dependency h = head[p];
    if (h != null && h.relation().equals("xcomp") && h.governor() >= 0 && lemma(h.governor()).equals("go")
        && toks.get(h.governor()).pos().equals("VBG")) {
      return "will";
    }
    return null;
  }

  /** Whether the predicate is a "to" infinitive ("to help", "plans to oppose"). */
  boolean isInfinitive(int i) {
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals("mark") && lower(d.dependent()).equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** The agent of a passive ("held by the US": the token of "US"), or -1 when the predicate names none. */
  int passiveAgent(int v) {
    for (Dependency d : kids.get(v)) {
      if (d.relation().equals("obl:agent") || d.baseRelation().equals("obl") && "by".equals(caseOf(d.dependent()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  boolean hasKid(int i, String rel) {
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals(rel)) {
        return true;
      }
    }
    return false;
  }

  @Nullable String caseOf(int i) {
    for (Dependency d : kids.get(i)) {
      if (d.relation().equals("case") || d.relation().equals("mark")) {
        return lower(d.dependent());
      }
    }
    return null;
  }

  String lemma(int i) {
    return toks.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  String lower(int i) {
    return toks.get(i).word().toLowerCase(Locale.ROOT);
  }
}
