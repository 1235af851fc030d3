package org.parley.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;

/**
 * Tells speech acts ("said that …", "according to …", "her claim that …") from beliefs, plans, perceptions and
 * positions ("believes that …", "plans to …", "is seen as …", "rejected the offer"). Both are attributions and
 * PolNeAR annotates both, but a reader asking what someone said wants the first only, so every quote is labelled.
 */
final class SpeechActs {
  private static final String RESOURCE = "speech-acts.txt";

  private final Set<String> judgementVerbs;
  private final Set<String> speechNouns;

  private SpeechActs(Set<String> judgementVerbs, Set<String> speechNouns) {
    this.judgementVerbs = Set.copyOf(judgementVerbs);
    this.speechNouns = Set.copyOf(speechNouns);
  }

  static SpeechActs load() {
    Set<String> judgement = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    try (InputStream in = SpeechActs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
          throw new IllegalStateException(RESOURCE + ": expected 'judgement|noun WORD': " + l);
        }
        switch (parts[0]) {
          case "judgement" -> judgement.add(parts[1]);
          case "noun" -> nouns.add(parts[1]);
          default -> throw new IllegalStateException(RESOURCE + ": unknown entry kind: " + l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new SpeechActs(judgement, nouns);
  }

  /**
   * The attribution of a quote found through a cue.
   *
   * @param c the cue, or null for a quotation no cue governs (taken as speech: it is in quotation marks)
   * @param kind the quote's kind
   * @param text the document text
   */
  Attribution of(@Nullable Cue c, QuoteKind kind, String text) {
    if (c == null) {
      return Attribution.SPEECH;
    }
    Token cue = c.sentence().tokens().get(c.verb());
    String lemma = cue.lemma().toLowerCase(Locale.ROOT);
    if (cue.isNoun()) {
      return speechNouns.contains(cue.word().toLowerCase(Locale.ROOT)) || speechNouns.contains(lemma)
          ? Attribution.SPEECH : Attribution.BELIEF;
    }
    if (c.cueClass() != CueClass.SPEECH) {
      // A whole quotation beside a verb of stance or belief ("“…,” he insisted, rejecting …") is still words said.
      return kind == QuoteKind.DIRECT ? Attribution.SPEECH : Attribution.BELIEF;
    }
    if (kind == QuoteKind.DIRECT) {
      return Attribution.SPEECH;
    }
    if (judgementVerbs.contains(lemma)) {
      return Attribution.BELIEF;
    }
    // "denied the claims", "proposed a ceasefire", "called for calm": a speech verb with only a noun phrase reports a
    // position taken, not words a reader could quote.
    return kind == QuoteKind.INDIRECT && !hasClause(c) ? Attribution.BELIEF : Attribution.SPEECH;
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
