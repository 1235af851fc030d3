package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.words.WordLists;

/** Adjectives of stance and belief as cues: "Sanders is opposed to the deal", "she is certain that …". */
final class AdjectiveCues {
  private static final WordLists WORDS = WordLists.of(AdjectiveCues.class, "cue-words.txt");

  /** Adjectives of stance and belief predicated of a source: "Sanders is opposed to the deal", "she is certain that …". */
  private static final Set<String> ADJECTIVE_CUES = WORDS.set("adjective-cues");
  /** Prepositions that attach what a stance adjective is about ("opposed to the deal", "certain of victory"). */
  private static final Set<String> ADJECTIVE_PREPOSITIONS = WORDS.set("adjective-prepositions");

  private AdjectiveCues() {}

  /** Whether the token is an adjective (or participle) this class may make a cue of. */
  static boolean isCueWord(Token t) {
    return (t.pos().startsWith("JJ") || t.pos().equals("VBN"))
        && ADJECTIVE_CUES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * An adjective of stance or belief with a copula, a subject and a complement: "Sanders is opposed to the trade
   * deal", "The mayor is confident that the bond will pass", "Voters are eager to move on".
   */
  static Optional<Cue> cue(ParsedSentence s, String text, Token adj) {
    boolean copula = false;
    Integer subject = null;
    List<Integer> parts = new ArrayList<>();
    for (Dependency d : s.childrenOf(adj.index())) {
      String r = d.relation();
      if (r.equals("cop")) {
        copula = true;
      } else if (r.equals("nsubj")) {
        subject = d.dependent();
      } else if (d.dependent() > adj.index() && (r.equals("ccomp") || r.equals("xcomp")
          || (r.equals("obl") || r.equals("advcl"))
              && ADJECTIVE_PREPOSITIONS.contains(Clauses.prepositionOf(s, d.dependent())))) {
        parts.addAll(s.subtree(d.dependent()));
      }
    }
    if (!copula || subject == null || parts.isEmpty() || s.tokens().get(subject).isVerb()
        || s.tokens().get(subject).word().equalsIgnoreCase("it")) {
      return Optional.empty();
    }
    Span content = ContentSpans.of(s, parts, Set.of());
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(new Cue(s, adj.index(), adj.word(), new Span(adj.start(), adj.end()),
        NounPhrases.headedBy(s, text, subject), content, CueClass.COGNITION));
  }
}
