package org.parley.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.words.WordLists;

/**
 * Resolves a speaker given by description ("the families' lawyer said", "the future president said") to the person
 * the article introduced with that description: a name set right beside the same noun earlier on ("Lee Park, the
 * families' lawyer,", "lawyer Lee Park"). News names a speaker once and describes them after; readers want the name.
 */
final class DescribedSpeakers {
  /**
   * Words a description may open with; a speaker text starting otherwise is taken as a name. Definite only: "a
   * spokeswoman" brings in someone new.
   */
  private static final Set<String> DETERMINERS =
      WordLists.of(DescribedSpeakers.class, "speaker-words.txt").set("determiners");
  /** How many words may stand between a name and its description ("Lee Park, a senior counsel for the families"). */
  private static final int MAX_WORDS_AFTER_NAME = 7;
  /** How many words may stand between a description and the name after it ("deputy mayor Lee Park"). */
  private static final int MAX_WORDS_BEFORE_NAME = 2;

  private DescribedSpeakers() {}

  /**
   * The person a described speaker is, or null.
   *
   * @param speaker the speaker mention as written
   * @param mentions the article's resolved mentions, in text order
   * @param text the article text
   */
  static @Nullable Actor resolve(Mention speaker, List<Mention> mentions, String text) {
    String words = speaker.text().strip();
    String[] parts = words.toLowerCase(Locale.ROOT).split("\\s+");
    if (parts.length < 2 || !DETERMINERS.contains(parts[0])) {
      return null;
    }
    String noun = parts[parts.length - 1].replaceAll("[^\\p{L}-]", "");
    if (noun.length() < 3 || noun.endsWith("s") && !noun.endsWith("ss")) {
      return null; // one person is described, not a group ("the activists")
    }
    Actor best = null;
    for (Mention m : mentions) {
      if (m.span().start() >= speaker.span().start()) {
        break;
      }
      Actor a = m.actor();
      if (a == null || a.kind() != ActorKind.PERSON) {
        continue;
      }
      if (describedAfter(text, m.span().end(), noun) || describedBefore(text, m.span().start(), noun)) {
        best = a; // the nearest before the speaker wins
      }
    }
    return best;
  }

  /** Whether the noun is in an apposition right after the name ("Lee Park, the families' lawyer,"). */
  private static boolean describedAfter(String text, int from, String noun) {
    int words = 0;
    int i = from;
    if (i >= text.length() || text.charAt(i) != ',') {
      return false;
    }
    i++;
    while (i < text.length() && words <= MAX_WORDS_AFTER_NAME) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '"'
            || c == '“' || c == '”' || c == '(') {
          return false;
        }
        i++;
      }
      int start = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
          || text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '.'
          && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (start == i) {
        return false;
      }
      String w = text.substring(start, i).toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
      if (w.equals(noun)) {
        return true;
      }
      words++;
    }
    return false;
  }

  /** Whether the noun comes right before the name ("deputy mayor Lee Park", "lawyer Lee Park"). */
  private static boolean describedBefore(String text, int to, String noun) {
    int i = to;
    for (int words = 0; words <= MAX_WORDS_BEFORE_NAME; words++) {
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
      int end = i;
      while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
        i--;
      }
      if (i == end) {
        return false;
      }
      if (text.substring(i, end).toLowerCase(Locale.ROOT).equals(noun)) {
        return true;
      }
    }
    return false;
  }
}
