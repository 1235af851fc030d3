package org.parley.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.words.WordFiles;

/** The cue verbs, read from {@code speech-verbs.txt}: lemma (plus an optional particle) to its class. */
final class SpeechLexicon {
  /** How a verb attributes content. */
  enum CueClass {
    /** Saying and writing: a cue with a clause, a quote or a parenthetical position. */
    SPEECH,
    /** Belief and intention: a cue only with a clausal complement. */
    COGNITION,
    /** Documents and data that show something: a cue only with a clausal complement. */
    EVIDENCE,
    /** Taking a position on something ("endorsed", "criticized"): a cue with a clause or an object. */
    STANCE,
    /** Intention and expectation ("plans to run", "expects him to win"): a cue with a clause or an infinitive. */
    INTENTION,
    /** Seeing something as something ("sees the deal as a trap"): a cue with a clause or an "as" complement. */
    PORTRAYAL,
    /**
     * Raising verbs of appearance ("Trump appears to be gaining"): the writer's or nobody's judgement on the subject, a
     * cue with its infinitive; the content is the subject and the infinitive, and there is no speaker.
     */
    RAISING
  }

  private static final String RESOURCE = "speech-verbs.txt";
  private final Map<String, CueClass> byLemma;
  /** The first word of every entry: a verb not in here is no cue with any particle or preposition. */
  private final java.util.Set<String> heads;

  private SpeechLexicon(Map<String, CueClass> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
    this.heads = byLemma.keySet().stream().map(k -> k.split(" ", 2)[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether a verb lemma is a cue alone or with some particle or preposition. */
  boolean mayCue(String lemma) {
    return heads.contains(lemma.toLowerCase(Locale.ROOT));
  }

  static SpeechLexicon load() {
    Map<String, CueClass> map = new HashMap<>();
    for (String line : WordFiles.lines(SpeechLexicon.class, RESOURCE)) {
      String[] parts = line.strip().split("\\s+");
      CueClass cls = CueClass.valueOf(parts[parts.length - 1].toUpperCase(Locale.ROOT));
      String key = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)).toLowerCase(Locale.ROOT);
      // A verb listed in two classes keeps the stronger (earlier-declared) one.
      map.putIfAbsent(key, cls);
    }
    return new SpeechLexicon(map);
  }


  /**
   * The class of a verb that is a cue only with a given preposition ("talk about", "point to"), read from entries
   * written LEMMA PREPOSITION CLASS; empty when there is no such entry.
   */
  Optional<CueClass> withPreposition(String lemma, String preposition) {
    if (preposition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byLemma.get(lemma.toLowerCase(Locale.ROOT) + " " + preposition));
  }

  /** The class of a verb lemma with an optional particle ("point" + "out"); empty when it is no cue. */
  Optional<CueClass> classOf(String lemma, String particle) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (particle != null) {
      CueClass withParticle = byLemma.get(l + " " + particle.toLowerCase(Locale.ROOT));
      if (withParticle != null) {
        return Optional.of(withParticle);
      }
    }
    return Optional.ofNullable(byLemma.get(l));
  }
}
