package org.parley.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.words.WordFiles;
import org.parley.words.WordLists;

/**
 * Decides whether a cue's subject can be a speaker: a person, a group of people or a body ("the minister",
 * "residents", "the council", a name, a pronoun), or a document when a verb of saying or writing says it states
 * something ("the report said"). Also replaces a description by the name set beside it ("the shadow home secretary,
 * Dana Ruiz, said" speaks as Dana Ruiz) and a quantifier by the group it counts ("several of the activists").
 */
final class Speakers {
  private static final String RESOURCE = "speaker-nouns.txt";
  /** Suffixes of nouns of people not worth listing one by one ("an economist", "a Belgian", "an applicant"). */
  private static final List<String> PERSON_SUFFIXES = List.of("ist", "ian", "ant", "ee", "er", "or");
  private static final WordLists WORDS = WordLists.of(Speakers.class, "cue-words.txt");

  /** Pronouns and demonstratives: a speaker, never a noun of a kind to look up. */
  private static final Set<String> PRONOUNS = WORDS.set("pronouns");

  private static final Set<String> KINDS = Set.of("person", "body", "document", "quantity", "saying", "thing");

  private final Map<String, Set<String>> kinds;

  private Speakers(Map<String, Set<String>> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  static Speakers load() {
    Map<String, Set<String>> kinds = new HashMap<>();
    WordFiles.kindWords(Speakers.class, RESOURCE, KINDS).forEach((kind, words) ->
        words.forEach(w -> kinds.computeIfAbsent(w, k -> new HashSet<>()).add(kind)));
    return new Speakers(kinds);
  }

  /** What became of a cue's subject. */
  record Verdict(@Nullable Mention speaker, boolean rejected) {}

  /**
   * The speaker to give a cue.
   *
   * @param s the sentence
   * @param text the document text
   * @param speaker the subject the cue finder found, or null
   * @param verb index of the cue token
   * @param speech whether the cue is a verb of saying, whose lost subject may be looked for before it
   * @return the speaker to use (the same, a name beside it, the group a quantifier counts) or, when the subject
   *     cannot speak ("the timing", "the bill proposes"), a verdict marked rejected
   */
  Verdict judge(ParsedSentence s, String text, @Nullable Mention speaker, int verb, boolean speech) {
    if (speaker == null) {
      return new Verdict(speech ? personBefore(s, text, verb) : null, false);
    }
    int head = headOf(s, speaker);
    if (head < 0) {
      return new Verdict(speaker, false);
    }
    List<Token> toks = s.tokens();
    Token h = toks.get(head);
    String word = h.word().toLowerCase(Locale.ROOT);
    Set<String> k = kindsOf(word, h.lemma().toLowerCase(Locale.ROOT));
    if (k.contains("quantity") || h.pos().equals("CD")) {
      int group = partitiveGroup(s, head);
      if (group >= 0) {
        return judge(s, text, NounPhrases.headedBy(s, text, group), verb, speech);
      }
    }
    if (!h.isProperNoun()) {
      int name = appositiveName(s, head);
      if (name >= 0) {
        return new Verdict(NounPhrases.headedBy(s, text, name), false);
      }
    }
    if (PRONOUNS.contains(word) || h.pos().startsWith("PRP") || h.isProperNoun() || h.ner().equals("PERSON")
        || h.ner().equals("ORGANIZATION") || h.ner().equals("LOCATION") || k.contains("person") || k.contains("body")
        || k.contains("quantity") || h.pos().equals("CD") || personSuffix(word) && !k.contains("thing")) {
      return new Verdict(speaker, false);
    }
    if (!k.contains("thing")
        && kinds.getOrDefault(toks.get(verb).lemma().toLowerCase(Locale.ROOT), Set.of()).contains("saying")) {
      return new Verdict(speaker, false); // the text says it states something: "the memo says", "the harbour master said"
    }
    return new Verdict(null, true);
  }

  private Set<String> kindsOf(String word, String lemma) {
    Set<String> k = kinds.get(lemma);
    if (k == null) {
      k = kinds.get(word);
    }
    if (k == null && word.endsWith("ies")) {
      k = kinds.get(word.substring(0, word.length() - 3) + "y");
    }
    if (k == null && word.endsWith("s")) {
      k = kinds.get(word.substring(0, word.length() - 1));
    }
    if (k == null && word.endsWith("men")) {
      k = kinds.get(word.substring(0, word.length() - 3) + "man");
    }
    return k == null ? Set.of() : k;
  }

  private static boolean personSuffix(String word) {
    for (String suffix : PERSON_SUFFIXES) {
      if (word.length() > suffix.length() + 3 && (word.endsWith(suffix) || word.endsWith(suffix + "s"))) {
        return true;
      }
    }
    return false;
  }

  /** The token of the mention whose head lies outside it: the phrase's head word. */
  private static int headOf(ParsedSentence s, Mention m) {
    int best = -1;
    for (Token t : s.tokens()) {
      if (t.start() < m.span().start() || t.end() > m.span().end()) {
        continue;
      }
      var h = s.headOf(t.index());
      if (h.isEmpty() || h.get().governor() < 0) {
        return t.index();
      }
      Token g = s.tokens().get(h.get().governor());
      if (g.start() < m.span().start() || g.end() > m.span().end()) {
        best = t.index();
      }
    }
    return best;
  }

  /** The noun after "of" in a partitive ("several of the activists", "66 percent of those surveyed"), or -1. */
  private static int partitiveGroup(ParsedSentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.dependent() > head && d.baseRelation().equals("nmod")) {
        for (Dependency c : s.childrenOf(d.dependent())) {
          if (c.relation().equals("case") && s.tokens().get(c.dependent()).word().equalsIgnoreCase("of")) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }

  /**
   * For a finite verb of saying whose subject the parse lost ("After the ruling Lee Park, director of …, said:"): the
   * person named nearest before it in the same clause, with no verb or quotation mark between; null when none is.
   */
  private static @Nullable Mention personBefore(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    String pos = toks.get(verb).pos();
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
      return null;
    }
    for (int i = verb - 1; i >= 0 && verb - i <= MAX_NAME_DISTANCE; i--) {
      Token t = toks.get(i);
      if (t.isVerb() || t.pos().equals("MD") || t.pos().equals("``") || t.pos().equals("''")) {
        return null;
      }
      if (t.ner().equals("PERSON")) {
        int from = i;
        while (from > 0 && toks.get(from - 1).ner().equals("PERSON")) {
          from--;
        }
        return new Mention(new org.parley.model.Span(toks.get(from).start(), t.end()),
            text.substring(toks.get(from).start(), t.end()), null);
      }
    }
    return null;
  }

  /** How many tokens back from its verb a lost subject's name may stand. */
  private static final int MAX_NAME_DISTANCE = 16;

  /** A name set after a description ("the party's spokesman, Lee Park,", "his lawyer Lee Park"), or -1. */
  private static int appositiveName(ParsedSentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      Token t = s.tokens().get(d.dependent());
      String r = d.baseRelation();
      if (d.dependent() > head && (r.equals("appos") || r.equals("dep") || r.equals("flat"))
          && (t.isProperNoun() || t.ner().equals("PERSON"))) {
        return d.dependent();
      }
    }
    return -1;
  }
}
