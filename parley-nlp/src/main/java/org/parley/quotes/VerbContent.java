package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.words.WordLists;

/**
 * What a cue verb reports when no "that" clause says it: its object ("endorsed Ted Cruz"), a raised subject with its
 * infinitive, an object with its complement, a small clause, a passive subject, or the clause it interrupts as a
 * parenthetical.
 */
final class VerbContent {
  private static final WordLists WORDS = WordLists.of(VerbContent.class, "cue-words.txt");

  /** Relative pronouns standing as a subject, whose antecedent is the one who speaks ("Sanders, who said …"). */
  private static final Set<String> RELATIVE_PRONOUNS = WORDS.set("relative-pronouns");

  /** Prepositions that attach what a stance verb is about ("warned about", "voted against"). */
  private static final Set<String> OBJECT_PREPOSITIONS = WORDS.set("object-prepositions");
  private static final Set<String> TIME_NOUNS = WORDS.set("time-nouns");

  /** Speech verbs whose named object is the person spoken to. */
  private static final Set<String> ADDRESSEE_VERBS_OF_SPEECH = WORDS.set("addressee-verbs");
  /** Speech verbs whose "to" phrase is what they answer or admit to. */
  private static final Set<String> ANSWER_VERBS = WORDS.set("answer-verbs");

  /** Stance verbs whose passive subject is the person addressed, not what the stance is about ("was urged to"). */
  private static final Set<String> ADDRESSEE_VERBS = WORDS.set("passive-addressee-verbs");

  private VerbContent() {}

  /**
   * What a stance or speech verb takes as its object: "endorsed Ted Cruz for president", "urged him to resign",
   * "warned against hackers". PolNeAR counts these as attributed content.
   */
  /** "apologised on Monday": a date is when the words were said, never what they were about. */
  private static boolean isTime(ParsedSentence s, Dependency d) {
    return d.relation().startsWith("obl")
        && TIME_NOUNS.contains(s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT));
  }

  static @Nullable Span objectContent(ParsedSentence s, Token verb, boolean speech) {
    List<Integer> parts = new ArrayList<>();
    int objEnd = -1;
    for (Dependency d : s.childrenOf(verb.index())) {
      if (d.dependent() < verb.index()) {
        continue;
      }
      String r = d.relation();
      if (speech && isAddressee(s, verb.index(), d) || isTime(s, d)) {
        continue;
      }
      if (r.equals("obj") || r.equals("xcomp") || r.equals("obl:tmod") && !parts.isEmpty()
          || ((r.equals("obl") || r.equals("advcl"))
              && OBJECT_PREPOSITIONS.contains(Clauses.prepositionOf(s, d.dependent())))
          // after the object, any prepositional phrase of the predicate: "reported its smallest profit in 17 years"
          || r.equals("obl") && !parts.isEmpty()) {
        List<Integer> sub = s.subtree(d.dependent());
        parts.addAll(sub);
        if (r.equals("obj")) {
          objEnd = sub.get(sub.size() - 1);
        }
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    List<Token> toks = s.tokens();
    if (speech && objEnd >= 0 && objEnd + 1 < toks.size()
        && (toks.get(objEnd + 1).isVerb() || toks.get(objEnd + 1).pos().equals("MD"))) {
      // "says Obama is flouting the process": a misparsed clause whose subject became the object. Take the clause.
      List<Integer> all = s.subtree(verb.index());
      for (int i : all) {
        if (i > objEnd) {
          parts.add(i);
        }
      }
    }
    return ContentSpans.of(s, parts, Set.of());
  }

  /**
   * Whether a dependent of a speech verb names whom it was said to, or who said it, rather than what: the person
   * told ("told POLITICO", "asked him"), a name after a verb with no subject before it ("…,” wrote Nordstrom.") or a
   * "to" phrase ("explained to CBS"), except for verbs that answer something ("responded to the remarks").
   */
  private static boolean isAddressee(ParsedSentence s, int verb, Dependency d) {
    Token head = s.tokens().get(d.dependent());
    String lemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
    if (d.relation().equals("obj") || d.relation().equals("iobj")) {
      boolean told = ADDRESSEE_VERBS_OF_SPEECH.contains(lemma) && !lemma.equals("write") && !lemma.equals("tweet");
      if (told && d.relation().equals("obj") && s.childrenOf(verb).stream().noneMatch(c -> c.relation().equals("iobj"))
          && !head.isProperNoun() && !head.pos().equals("PRP")) {
        // "told reporters", "asked the panel": the people spoken to, unless a second object is what was asked
        return s.childrenOf(verb).stream().noneMatch(c -> c.relation().equals("xcomp") || c.relation().equals("ccomp"));
      }
      if (!(head.isProperNoun() || head.pos().equals("PRP"))) {
        return false;
      }
      for (Dependency c : s.childrenOf(verb)) {
        if (c.relation().equals("xcomp") || c.relation().equals("ccomp")) {
          return false; // "asked him to resign", "urged Obama to act": the object belongs to the request
        }
      }
      List<Integer> sub = s.subtree(d.dependent());
      int after = sub.get(sub.size() - 1) + 1;
      if (after < s.tokens().size() && (s.tokens().get(after).isVerb() || s.tokens().get(after).pos().equals("MD"))) {
        return false; // "says Cruz is standing tall": a clause whose subject the parser made the object
      }
      return ADDRESSEE_VERBS_OF_SPEECH.contains(lemma) || !Clauses.hasSubject(s, verb);
    }
    if (d.relation().equals("obl") && lemma.equals("say")) {
      return true; // "said on CNBC", "said of the episode": where and of what, never what was said
    }
    return d.relation().equals("obl") && Clauses.prepositionOf(s, d.dependent()).equals("to") && !head.isVerb()
        && !ANSWER_VERBS.contains(lemma);
  }

  /**
   * The content of a raising verb: its subject and infinitive ("Trump appears to be gaining", "The deal is expected to
   * pass"), or null when it has no infinitive or predicate.
   */
  static @Nullable Span raisedContent(ParsedSentence s, int verb) {
    List<Integer> parts = new ArrayList<>();
    boolean complement = false;
    for (Dependency d : s.childrenOf(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        parts.addAll(s.subtree(d.dependent()));
      } else if (d.dependent() > verb && (r.equals("xcomp") || r.equals("ccomp"))) {
        parts.addAll(s.subtree(d.dependent()));
        complement = true;
      }
    }
    return complement ? ContentSpans.of(s, parts, Set.of()) : null;
  }

  /**
   * An object with the complement that makes it content: an infinitive ("expects him to win", "plans to run") or an
   * "as" phrase ("sees the deal as a trap"); null without that complement. {@code wanted} holds "xcomp" and/or the
   * prepositions accepted.
   */
  static @Nullable Span complementContent(ParsedSentence s, int verb, Set<String> wanted) {
    List<Integer> parts = new ArrayList<>();
    boolean complement = false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb) {
        continue;
      }
      String r = d.relation();
      if (r.equals("obj")) {
        parts.addAll(s.subtree(d.dependent()));
      } else if (r.equals("xcomp") && wanted.contains("xcomp")
          || (r.equals("obl") || r.equals("advcl") || r.equals("xcomp"))
              && wanted.contains(Clauses.prepositionOf(s, d.dependent()))) {
        parts.addAll(s.subtree(d.dependent()));
        complement = true;
      }
    }
    return complement ? ContentSpans.of(s, parts, Set.of()) : null;
  }

  /**
   * The object of an evidence verb when it is a clause without a finite verb: "a poll showed Clinton leading Trump",
   * "the video shows her clutching her phone", "polls show a tight race in Ohio" is not one (a bare object).
   */
  static @Nullable Span smallClause(ParsedSentence s, int verb) {
    List<Integer> parts = new ArrayList<>();
    boolean predicate = false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb) {
        continue;
      }
      String r = d.relation();
      if (r.equals("obj") || r.equals("dep") || r.equals("xcomp")) {
        List<Integer> sub = s.subtree(d.dependent());
        parts.addAll(sub);
        for (int i : sub) {
          Token tk = s.tokens().get(i);
          predicate |= i != d.dependent() && (tk.pos().equals("VBG") || tk.pos().equals("VBN"))
              || r.equals("xcomp") || r.equals("dep") && tk.isVerb();
        }
      } else if (r.equals("obl") && !parts.isEmpty()) {
        parts.addAll(s.subtree(d.dependent()));
        predicate |= "with".equals(Clauses.prepositionOf(s, d.dependent()));
      }
    }
    return predicate ? ContentSpans.of(s, parts, Set.of()) : null;
  }

  /**
   * What a stance verb in the passive is about: its subject ("The plan was rejected by the council"), unless that is
   * the person addressed ("was urged to") or a relative pronoun; null when the verb is not passive.
   */
  static @Nullable Span passiveSubject(ParsedSentence s, int verb) {
    String lemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
    if (!Clauses.isPassive(s, verb) || ADDRESSEE_VERBS.contains(lemma)) {
      return null;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("nsubj:pass") && d.dependent() < verb) {
        Token st = s.tokens().get(d.dependent());
        if (RELATIVE_PRONOUNS.contains(st.word().toLowerCase(Locale.ROOT))) {
          return null;
        }
        return ContentSpans.of(s, s.subtree(d.dependent()), Set.of());
      }
    }
    return null;
  }

  /** "The talks failed, the minister said." / "The talks, he said, failed.": the clause around the cue. */
  static @Nullable Span parentheticalContent(ParsedSentence s, Token verb) {
    Optional<Dependency> head = s.headOf(verb.index());
    if (head.isEmpty() || head.get().governor() < 0) {
      // "He said: we will…" parses the content as a parataxis child of the cue.
      for (Dependency d : s.childrenOf(verb.index())) {
        if (d.relation().equals("parataxis") && d.dependent() > verb.index()) {
          return ContentSpans.of(s, s.subtree(d.dependent()), Set.of());
        }
      }
      return null;
    }
    if (!head.get().relation().equals("parataxis")) {
      return null;
    }
    int gov = head.get().governor();
    return ContentSpans.of(s, s.subtree(gov), Set.copyOf(s.subtree(verb.index())));
  }
}
