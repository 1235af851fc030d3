package org.parley.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.words.WordLists;

/**
 * The speaker of a cue verb as the parse gives it: its subject or "by" agent, borrowed up the chain of heads for
 * participles and coordinated verbs, the antecedent of a relative pronoun, with the misreadings that still leave the
 * speaker in the tree set right (a fronted phrase, a reduced relative, a conjunct hung on the wrong clause). Where
 * word order says more than the tree, {@link MisparsedSpeakers} reads the name.
 */
final class CueSpeakers {
  private static final WordLists WORDS = WordLists.of(CueSpeakers.class, "cue-words.txt");

  /** Relations through which a participle or coordinated verb borrows the subject of its head ("…, adding that"). */
  private static final Set<String> SUBJECT_FROM_HEAD = Set.of("conj", "xcomp", "advcl", "acl", "ccomp", "parataxis", "dep");

  /** Relative pronouns standing as a subject, whose antecedent is the one who speaks ("Sanders, who said …"). */
  private static final Set<String> RELATIVE_PRONOUNS = WORDS.set("relative-pronouns");

  /** Relations of a clause embedded in a verb's clause. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl", "acl");

  /** Nouns of time that a participle follows without being said by them ("months of refusing to …"). */
  private static final Set<String> TIME_NOUNS = WORDS.set("time-nouns");

  private CueSpeakers() {}

  /** The subject of the cue verb, borrowed from its head for participles and coordinated verbs. */
  static @Nullable Mention speakerOf(ParsedSentence s, String text, int verb) {
    Mention m = structuralSpeaker(s, text, verb);
    if (m == null) {
      Optional<Dependency> h = s.headOf(verb);
      if (h.isPresent() && h.get().baseRelation().equals("conj") && s.tokens().get(verb).isVerb()) {
        m = mainSubjectBefore(s, text, verb);
      }
    }
    return m;
  }

  private static @Nullable Mention structuralSpeaker(ParsedSentence s, String text, int verb) {
    int v = verb;
    hop:
    for (int hops = 0; hops < 4 && v >= 0; hops++) {
      for (Dependency d : s.childrenOf(v)) {
        if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")
            || d.relation().equals("obl") && d.dependent() > v && Clauses.isPassive(s, v)
                && Clauses.prepositionOf(s, d.dependent()).equals("by")) {
          int subj = d.dependent();
          if (d.relation().equals("nsubj") && laterSubject(s, v, subj)) {
            continue; // "As the centerpiece of his term, he proposed …": the fronted phrase is no subject
          }
          Token st = s.tokens().get(subj);
          if (st.isVerb()) {
            v = subj; // a misparse made a verb the subject ("Lewandowski continued to assert"): look at its subject
            continue hop;
          }
          if (RELATIVE_PRONOUNS.contains(st.word().toLowerCase(Locale.ROOT))) {
            Optional<Dependency> rel = s.headOf(v);
            if (rel.isPresent() && rel.get().relation().equals("acl:relcl")) {
              return NounPhrases.headedBy(s, text, rel.get().governor());
            }
          }
          if (d.relation().equals("nsubj") && reducedRelativeHead(s, subj)) {
            return null; // "…, a step Estonia and NATO had demanded": the step was demanded, no words were reported
          }
          if (d.relation().equals("nsubj") && subj < v && v > 0 && s.tokens().get(v - 1).pos().equals(",")) {
            // "Transparency, says Shala: …": the words before the comma are what was said, the name after the verb
            // is who said it, though the parser made the first the subject
            Mention inverted = MisparsedSpeakers.invertedSubject(s, text, v);
            if (inverted != null) {
              return inverted;
            }
          }
          Mention dated = MisparsedSpeakers.afterDateline(s, text, subj, v);
          return dated != null ? dated : NounPhrases.headedBy(s, text, subj);
        }
        if (d.relation().equals("csubj") && s.tokens().get(d.dependent()).pos().equals("VBN")) {
          // "Surveys of voters taken as they left showed …", "A letter obtained by the paper warns …": a reduced
          // relative read as a clausal subject; the noun it modifies, parsed as its subject, is the source.
          for (Dependency c : s.childrenOf(d.dependent())) {
            if (c.relation().startsWith("nsubj") && c.dependent() < d.dependent()
                && !s.tokens().get(c.dependent()).isVerb()) {
              return NounPhrases.headedBy(s, text, c.dependent());
            }
          }
          v = d.dependent();
          continue hop;
        }
      }
      Mention inverted = MisparsedSpeakers.invertedSubject(s, text, v);
      if (inverted != null) {
        return inverted;
      }
      Mention apposed = MisparsedSpeakers.nameAfterQuote(s, text, v);
      if (apposed != null) {
        return apposed;
      }
      Optional<Dependency> h = s.headOf(v);
      if (h.isEmpty() || h.get().governor() < 0 || !SUBJECT_FROM_HEAD.contains(h.get().baseRelation())) {
        return null;
      }
      Mention modified = modifiedNoun(s, text, v, h.get());
      if (modified != null) {
        return modified;
      }
      int above = clauseAboveConjunct(s, v, h.get());
      if (above >= 0) {
        v = above;
        continue;
      }
      v = h.get().governor();
      if (h.get().baseRelation().equals("acl") && !s.tokens().get(v).isVerb()) {
        // "issued a statement saying …": from the noun up to the verb it belongs to.
        Optional<Dependency> nh = s.headOf(v);
        if (nh.isEmpty() || nh.get().governor() < 0) {
          return null;
        }
        v = nh.get().governor();
      }
    }
    return null;
  }

  /**
   * The subject of the nearest clause above a participle cue, whatever the attachment ("Kasich cautioned patience
   * before predicting that …", where the parse may hang the participle on an object or a phrase).
   */
  static @Nullable Mention participleSpeaker(ParsedSentence s, String text, int verb) {
    int v = verb;
    for (int hops = 0; hops < 5; hops++) {
      Optional<Dependency> h = s.headOf(v);
      if (h.isEmpty() || h.get().governor() < 0) {
        return null;
      }
      v = h.get().governor();
      Token head = s.tokens().get(v);
      if (head.isVerb()) {
        for (Dependency d : s.childrenOf(v)) {
          if (d.relation().equals("nsubj") && !s.tokens().get(d.dependent()).isVerb()
              && !RELATIVE_PRONOUNS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
            return NounPhrases.headedBy(s, text, d.dependent());
          }
        }
      }
    }
    return null;
  }

  /**
   * For a coordinated verb whose chain of heads names no subject ("Palmieri acknowledged that the candidate misspoke
   * but noted …" with "misspoke" read as a noun): the nearest subject to its left of a main-clause verb (the root, or
   * a verb coordinated with it or set beside it), so not the subject of a clause embedded in another.
   */
  private static @Nullable Mention mainSubjectBefore(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    for (int i = verb - 1; i >= 0; i--) {
      Optional<Dependency> h = s.headOf(i);
      if (h.isEmpty() || !h.get().relation().equals("nsubj") || h.get().governor() < 0) {
        continue;
      }
      Token t = toks.get(i);
      if (t.isVerb() || RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> clause = s.headOf(h.get().governor());
      String r = clause.isEmpty() ? "root" : clause.get().baseRelation();
      if (r.equals("root") || r.equals("conj") || r.equals("parataxis")) {
        return NounPhrases.headedBy(s, text, i);
      }
    }
    return null;
  }

  /**
   * Whether a proper-noun subject carries a determiner and a common noun before it ("a step Estonia"): the parser's
   * reading of a reduced relative clause ("a step [that] Estonia had demanded"), whose noun is what the verb acts on.
   */
  private static boolean reducedRelativeHead(ParsedSentence s, int subj) {
    Token t = s.tokens().get(subj);
    if (!t.pos().startsWith("NNP")) {
      return false;
    }
    boolean det = false;
    boolean common = false;
    for (Dependency c : s.childrenOf(subj)) {
      Token k = s.tokens().get(c.dependent());
      det |= c.relation().equals("det") && c.dependent() < subj && !k.word().equalsIgnoreCase("the");
      common |= c.relation().equals("compound") && c.dependent() < subj && (k.pos().equals("NN")
          || k.pos().equals("NNS"));
    }
    return det && common;
  }

  /**
   * The verb a conjunct really goes with when the parser coordinated it with the head of an embedded clause of another
   * form ("He announced that he was undergoing therapy and vowed to …", "She told CNN that Trump is a faker and
   * questioning …"): a conjunct whose form differs from its head's belongs to the clause above, whose verb is
   * returned; -1 when the coordination stands.
   */
  private static int clauseAboveConjunct(ParsedSentence s, int verb, Dependency head) {
    if (!head.baseRelation().equals("conj")) {
      return -1;
    }
    Token v = s.tokens().get(verb);
    Token h = s.tokens().get(head.governor());
    if (!v.isVerb() || h.isVerb() && h.pos().equals(v.pos())) {
      return -1;
    }
    Optional<Dependency> up = s.headOf(head.governor());
    if (up.isEmpty() || up.get().governor() < 0 || !EMBEDDED.contains(up.get().baseRelation())
        || !s.tokens().get(up.get().governor()).isVerb()) {
      return -1;
    }
    return up.get().governor();
  }

  /** Whether the verb has another nominal subject between this one and the verb. */
  private static boolean laterSubject(ParsedSentence s, int verb, int subject) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("nsubj") && d.dependent() > subject && d.dependent() < verb) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun a participle modifies with nothing between them ("a group backing Rubio", "staff members suggesting …",
   * "footage of Trump saying …"): the participle is what that noun says or does, whatever the parser hung it on. Not
   * after a comma or dash, where the participle goes with the clause ("Trump spoke, saying …"), nor when the noun is
   * an object.
   */
  private static @Nullable Mention modifiedNoun(ParsedSentence s, String text, int verb, Dependency head) {
    List<Token> toks = s.tokens();
    if (!head.baseRelation().equals("acl") || !toks.get(verb).pos().equals("VBG") || verb < 1) {
      return null;
    }
    Token before = toks.get(verb - 1);
    boolean nominal = before.isNoun() || before.pos().equals("PRP") || before.pos().equals("DT")
        || before.pos().equals("CD");
    if (!nominal || TIME_NOUNS.contains(before.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Optional<Dependency> nounHead = s.headOf(head.governor());
    if (nounHead.isPresent() && nounHead.get().baseRelation().equals("obj")) {
      // "Clinton issued a statement saying …", "They sent a letter opposing …": the subject of the verb speaks
      // through the document; left to the verb's subject.
      return null;
    }
    return NounPhrases.headedBy(s, text, verb - 1);
  }
}
