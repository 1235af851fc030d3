package org.parley.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.words.WordLists;

/**
 * Cues in a phrase that names the source: "according to X" with the clause it attaches to, and a survey or document
 * introduced by "in" with the clause it modifies ("In a new poll, Clinton leads …").
 */
final class SourcePhraseCues {
  private static final WordLists WORDS = WordLists.of(SourcePhraseCues.class, "cue-words.txt");

  /** Documents and surveys that report content: "In a new poll, Clinton leads by five points". */
  private static final Set<String> SOURCE_NOUNS = WORDS.set("source-nouns");

  private final SpeechLexicon lexicon;

  SourcePhraseCues(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the token is "according" followed by "to". */
  static boolean opensAccordingTo(ParsedSentence s, Token t) {
    List<Token> toks = s.tokens();
    return t.word().equalsIgnoreCase("according") && t.index() + 1 < toks.size()
        && toks.get(t.index() + 1).word().equalsIgnoreCase("to");
  }

  /** Whether the token is one survey or document, a noun a source phrase with "in" can name ("in a new poll"). */
  static boolean isSourceNoun(Token t) {
    return t.pos().equals("NN") && SOURCE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** "According to X, …": X is the source of the clause the phrase attaches to (the main clause, failing that). */
  Optional<Cue> accordingTo(ParsedSentence s, String text, Token according) {
    Optional<Dependency> h = s.headOf(according.index());
    if (h.isEmpty() || h.get().governor() < 0) {
      return Optional.empty();
    }
    int source = h.get().governor();
    Optional<Dependency> sh = s.headOf(source);
    int clause = -1;
    if (sh.isPresent() && sh.get().governor() >= 0) {
      clause = sh.get().governor();
    }
    if (clause < 0 || clause == source) {
      clause = Clauses.rootOf(s);
    }
    if (clause < 0 || clause == source) {
      return Optional.empty();
    }
    Set<Integer> excluded = Set.copyOf(s.subtree(source));
    Span content = ContentSpans.of(s, s.subtree(clause), excluded);
    if (content == null) {
      return Optional.empty();
    }
    Token to = s.tokens().get(according.index() + 1);
    Mention speaker = NounPhrases.headedBy(s, text, source);
    return Optional.of(new Cue(s, according.index(), "according to", new Span(according.start(), to.end()), speaker,
        content, CueClass.SPEECH));
  }

  /**
   * "In a new poll released Thursday, Clinton leads by five points": a survey or document introduced by "in" is the
   * source of the clause it modifies. Not when that clause has a cue verb of its own ("In an interview, she said …"),
   * which reports it.
   */
  Optional<Cue> sourceDocument(ParsedSentence s, String text, Token in) {
    Optional<Dependency> h = s.headOf(in.index());
    if (h.isEmpty() || !h.get().relation().equals("case") || h.get().governor() < 0) {
      return Optional.empty();
    }
    int source = h.get().governor();
    Token src = s.tokens().get(source);
    // One poll or report, not "in polls" (where a candidate leads) or "in interviews" (where many things are said).
    if (!isSourceNoun(src)) {
      return Optional.empty();
    }
    Optional<Dependency> sh = s.headOf(source);
    if (sh.isEmpty() || !sh.get().relation().equals("obl") || sh.get().governor() < 0) {
      return Optional.empty();
    }
    int clause = sh.get().governor();
    Token verb = s.tokens().get(clause);
    if (lexicon.classOf(verb.lemma(), null).isPresent() || !Clauses.hasSubject(s, clause)) {
      return Optional.empty();
    }
    Span content = ContentSpans.of(s, s.subtree(clause), Set.copyOf(s.subtree(source)));
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(new Cue(s, in.index(), "in", new Span(in.start(), in.end()),
        NounPhrases.headedBy(s, text, source), content, CueClass.EVIDENCE));
  }
}
