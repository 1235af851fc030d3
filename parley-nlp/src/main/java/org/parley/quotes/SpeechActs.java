package org.parley.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.words.WordFiles;
import org.parley.words.WordLists;

/**
 * Tells speech acts ("said that …", "according to …", "her claim that …") from beliefs, plans, perceptions and
 * positions ("believes that …", "plans to …", "is seen as …", "rejected the offer"). Both are attributions and
 * PolNeAR annotates both, but a reader asking what someone said wants the first only, so every quote is labelled.
 */
final class SpeechActs {
  private static final String RESOURCE = "speech-acts.txt";

  private final Set<String> judgementVerbs;
  private final Set<String> speechNouns;
  private final Set<String> verbalStances;
  private final Set<String> utterVerbs;

  private SpeechActs(Set<String> judgementVerbs, Set<String> speechNouns, Set<String> verbalStances,
                     Set<String> utterVerbs) {
    this.judgementVerbs = Set.copyOf(judgementVerbs);
    this.speechNouns = Set.copyOf(speechNouns);
    this.verbalStances = Set.copyOf(verbalStances);
    this.utterVerbs = Set.copyOf(utterVerbs);
  }

  static SpeechActs load() {
    Map<String, List<String>> kinds =
        WordFiles.kindWords(SpeechActs.class, RESOURCE, Set.of("judgement", "noun", "verbal", "utter"));
    return new SpeechActs(words(kinds, "judgement"), words(kinds, "noun"), words(kinds, "verbal"),
        words(kinds, "utter"));
  }

  private static Set<String> words(Map<String, List<String>> kinds, String kind) {
    return Set.copyOf(kinds.getOrDefault(kind, List.of()));
  }


  /**
   * The attribution of a quote found through a cue.
   *
   * @param c the cue, or null for a quotation no cue governs (taken as speech: it is in quotation marks)
   * @param kind the quote's kind
   * @param text the document text
   * @param nested whether the cue stands inside the content of another quote
   * @param noAgent whether the cue's subject cannot speak ("the timing suggests", "the bill proposes")
   */
  Attribution of(@Nullable Cue c, QuoteKind kind, String text, boolean nested, boolean noAgent) {
    if (c == null) {
      return Attribution.SPEECH;
    }
    if (noAgent && kind != QuoteKind.DIRECT) {
      return Attribution.BELIEF; // nobody is said to speak: a reading of things, not a report of words
    }
    Token cue = c.sentence().tokens().get(c.verb());
    String lemma = cue.lemma().toLowerCase(Locale.ROOT);
    if (kind == QuoteKind.DIRECT) {
      return Attribution.SPEECH;
    }
    if (kind == QuoteKind.MIXED) {
      // Quoted words inside a position or belief are what the holder said ("called the plan “reckless”"), unless the
      // cue is a belief nested in the speaker's own words ("said he was seeking “…”"), which the outer quote holds.
      return c.cueClass() == CueClass.SPEECH || !nested ? Attribution.SPEECH : Attribution.BELIEF;
    }
    if (topicOrPlan(c, text)) {
      return Attribution.BELIEF;
    }
    if (cue.isNoun()) {
      boolean uttered = c.sentence().headOf(c.verb()).filter(h -> h.governor() >= 0)
          .map(h -> utterVerbs.contains(c.sentence().tokens().get(h.governor()).lemma().toLowerCase(Locale.ROOT)))
          .orElse(false);
      return uttered || speechNouns.contains(cue.word().toLowerCase(Locale.ROOT)) || speechNouns.contains(lemma)
          ? Attribution.SPEECH : Attribution.BELIEF;
    }
    if (c.cueClass() != CueClass.SPEECH) {
      boolean verbal = verbalStances.contains(lemma) || utterVerbs.contains(lemma);
      return verbal && moreThanNounPhrase(c) && !objectOnly(c) ? Attribution.SPEECH : Attribution.BELIEF;
    }
    if (judgementVerbs.contains(lemma)) {
      return Attribution.BELIEF;
    }
    // "denied the claims", "proposed a ceasefire", "called for calm": a speech verb with only a noun phrase reports a
    // position taken, not words a reader could quote.
    return !hasClause(c) || objectOnly(c) ? Attribution.BELIEF : Attribution.SPEECH;
  }

  /**
   * Whether a stance verb reports a predication rather than just what it is about: a clause, a complement of the
   * verb ("called the change pragmatic"), or an "as"/"of" phrase ("described it as a trap", "accused him of lying").
   */
  private static boolean moreThanNounPhrase(Cue c) {
    if (hasClause(c)) {
      return true;
    }
    for (org.parley.nlp.Dependency d : c.sentence().childrenOf(c.verb())) {
      if (d.relation().equals("xcomp")) {
        return true;
      }
    }
    for (org.parley.nlp.Dependency d : c.sentence().childrenOf(c.verb())) {
      if (d.dependent() < c.verb() || !(d.baseRelation().equals("obl") || d.baseRelation().equals("advcl"))) {
        continue;
      }
      for (org.parley.nlp.Dependency m : c.sentence().childrenOf(d.dependent())) {
        String w = c.sentence().tokens().get(m.dependent()).word().toLowerCase(Locale.ROOT);
        if ((m.relation().equals("case") || m.relation().equals("mark")) && (w.equals("as") || w.equals("of"))) {
          return true; // on the verb itself, not inside its object ("the killings of two officers")
        }
      }
    }
    return false;
  }

  /**
   * Whether indirect content is only a topic or an undertaking rather than something said: it opens with a
   * preposition ("talked about the economy", "called for calm") or with an infinitive ("pledged to cut taxes",
   * "agreed to begin talks"), which report what was spoken of or promised, not a proposition a reader could quote.
   */
  private static boolean topicOrPlan(Cue c, String text) {
    Span content = c.content();
    if (content == null) {
      return false;
    }
    for (Token t : c.sentence().tokens()) {
      if (t.end() <= content.start()) {
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      return t.start() >= content.start() && (TOPIC_PREPOSITIONS.contains(w) || w.equals("to") && t.pos().equals("TO"));
    }
    return false;
  }

  /** Words opening content that is only what was spoken of (cue-words.txt). */
  private static final Set<String> TOPIC_PREPOSITIONS =
      WordLists.of(SpeechActs.class, "cue-words.txt").set("topic-prepositions");

  /**
   * Whether the content is the verb's noun-phrase object and nothing more ("repeating the mistakes that cost her the
   * nomination", "mentioned the suicides", "accused Lee" cut from "of lying"): a clause inside the object does not
   * make it a report of words, a predication after it ("called the plan reckless") does.
   */
  private static boolean objectOnly(Cue c) {
    Span content = c.content();
    if (content == null) {
      return false;
    }
    List<Token> toks = c.sentence().tokens();
    boolean object = false;
    for (org.parley.nlp.Dependency d : c.sentence().childrenOf(c.verb())) {
      String r = d.baseRelation();
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis")) {
        return false;
      }
      if (r.equals("obj") && toks.get(d.dependent()).isNoun()) {
        List<Integer> sub = c.sentence().subtree(d.dependent());
        int last = sub.get(sub.size() - 1);
        boolean clauseAfter = last + 1 < toks.size() && (toks.get(last + 1).isVerb() || toks.get(last + 1).pos().equals("MD"));
        object |= toks.get(sub.get(0)).start() == content.start() && toks.get(last).end() >= content.end()
            && !clauseAfter && verbsOnlyInRelatives(c, sub, d.dependent());
      }
    }
    return object;
  }

  /** Whether every verb of the object's words sits in a clause modifying a noun ("the mistakes that cost her"). */
  private static boolean verbsOnlyInRelatives(Cue c, List<Integer> object, int head) {
    List<Token> toks = c.sentence().tokens();
    for (int i : object) {
      if (!(toks.get(i).isVerb() || toks.get(i).pos().equals("MD"))) {
        continue;
      }
      boolean relative = false;
      for (int k = i; k != head && k >= 0; ) {
        var h = c.sentence().headOf(k);
        if (h.isEmpty()) {
          break;
        }
        relative |= h.get().baseRelation().equals("acl");
        k = h.get().governor();
      }
      if (!relative) {
        return false;
      }
    }
    return true;
  }

  /** Whether the cue's content holds a verb (a clause), as "said the talks had failed" does. */
  static boolean hasClause(Cue c) {
    Span content = c.content();
    if (content == null) {
      return false;
    }
    for (Token t : c.sentence().tokens()) {
      if (t.start() >= content.start() && t.end() <= content.end() && (t.isVerb() || t.pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }
}
