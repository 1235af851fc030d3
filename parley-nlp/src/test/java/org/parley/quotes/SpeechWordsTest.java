package org.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.SpeechWords;
import org.parley.quotes.SpeechLexicon.CueClass;

/** The shared speech-verb lists say the same thing as the quote finder's cue lexicon. */
class SpeechWordsTest {
  private static final Map<String, String> IRREGULAR = Map.of("said", "say", "told", "tell", "wrote", "write");

  @Test
  void everySaidFormIsASpeechVerbOfTheCueLexicon() {
    SpeechLexicon lexicon = SpeechLexicon.load();
    assertFalse(SpeechWords.SAID_FORMS.isEmpty());
    for (String form : SpeechWords.SAID_FORMS) {
      boolean speech = lemmas(form).stream()
          .map(l -> lexicon.classOf(l, null))
          .anyMatch(c -> c.equals(Optional.of(CueClass.SPEECH)));
      assertTrue(speech, () -> "'" + form + "' in speech-words.txt is no speech verb of speech-verbs.txt");
    }
  }

  /** The lemmas a regular past or third-person form may come from ("announced": announce, announc). */
  private static List<String> lemmas(String form) {
    if (IRREGULAR.containsKey(form)) {
      return List.of(IRREGULAR.get(form));
    }
    if (form.endsWith("ied")) {
      return List.of(form.substring(0, form.length() - 3) + "y");
    }
    if (form.endsWith("ed")) {
      return List.of(form.substring(0, form.length() - 1), form.substring(0, form.length() - 2));
    }
    return form.endsWith("s") ? List.of(form.substring(0, form.length() - 1)) : List.of(form);
  }
}
