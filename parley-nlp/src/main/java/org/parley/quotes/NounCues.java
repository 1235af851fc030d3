package org.parley.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.words.WordLists;

/** Nouns of saying and believing as cues, with their "that" clause and who holds them. */
final class NounCues {
  private static final WordLists WORDS = WordLists.of(NounCues.class, "cue-words.txt");

  /** Verbs whose object noun cue belongs to their subject: "Trump made the claim that …". */
  private static final Set<String> NOUN_CUE_VERBS = WORDS.set("noun-cue-verbs");
  /** Nouns of saying and believing that take a "that" clause: "her claim that the vote was rigged". */
  private static final Set<String> NOUN_CUES = WORDS.set("noun-cues");

  private NounCues() {}

  /** Whether the token is a noun this class may make a cue of. */
  static boolean isCueWord(Token t) {
    return t.isNoun() && NOUN_CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A noun of saying or believing with its "that" clause: "her claim that the vote was rigged", "Trump made the
   * argument that …". The speaker is the noun's possessor, or the subject of a verb such as "make" or "repeat" whose
   * object it is; otherwise none is named.
   */
  static Optional<Cue> cue(ParsedSentence s, String text, Token noun) {
    int clause = -1;
    for (Dependency d : s.childrenOf(noun.index())) {
      if (d.dependent() > noun.index() && (d.relation().equals("acl") || d.relation().equals("ccomp"))
          && "that".equals(Clauses.prepositionOf(s, d.dependent())) && Clauses.hasSubject(s, d.dependent())) {
        clause = d.dependent();
        break;
      }
    }
    if (clause < 0) {
      return Optional.empty();
    }
    Span content = ContentSpans.of(s, s.subtree(clause), Set.of());
    if (content == null) {
      return Optional.empty();
    }
    Mention speaker = null;
    for (Dependency d : s.childrenOf(noun.index())) {
      if (d.relation().equals("nmod:poss")) {
        speaker = NounPhrases.headedBy(s, text, d.dependent());
      }
    }
    Optional<Dependency> h = s.headOf(noun.index());
    if (speaker == null && h.isPresent() && h.get().relation().equals("obj") && h.get().governor() >= 0
        && NOUN_CUE_VERBS.contains(s.tokens().get(h.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
      speaker = CueSpeakers.speakerOf(s, text, h.get().governor());
    }
    return Optional.of(new Cue(s, noun.index(), noun.word(), new Span(noun.start(), noun.end()), speaker, content,
        CueClass.COGNITION));
  }

  /**
   * Who holds a noun cue named in a prepositional phrase on it ("the suggestion by a senator that …", "warnings from
   * his lawyer that …", "the feeling among many voters that …", "the contention of Hillary Clinton that …"), before
   * its content; "of" only with a name. Null when there is none.
   */
  static @Nullable Mention holderOf(ParsedSentence s, String text, int noun, int contentStart) {
    List<Token> toks = s.tokens();
    if (!toks.get(noun).isNoun()) {
      return null;
    }
    for (Dependency d : s.childrenOf(noun)) {
      int i = d.dependent();
      if (i < noun || !d.baseRelation().equals("nmod") || toks.get(i).end() > contentStart) {
        continue;
      }
      String p = Clauses.prepositionOf(s, i);
      Token t = toks.get(i);
      boolean named = t.isProperNoun() || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
      if (p.equals("by") || p.equals("from") || p.equals("among") || p.equals("of") && named) {
        return NounPhrases.headedBy(s, text, i);
      }
    }
    return null;
  }
}
