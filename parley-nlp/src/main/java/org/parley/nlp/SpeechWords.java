package org.parley.nlp;

import java.util.Set;
import org.parley.words.WordLists;

/** The speech verbs shared by the actor, quote and event rules, read once from {@code speech-words.txt}. */
public final class SpeechWords {
  private static final WordLists WORDS = WordLists.of(SpeechWords.class, "speech-words.txt");

  /** Forms of reporting verbs ("said", "told") that mark the words before them as someone speaking. */
  public static final Set<String> SAID_FORMS = WORDS.set("said-forms");

  private SpeechWords() {}
}
