package org.parley.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;

/**
 * Resolves "he" and "she" as speakers ("He added: …", "“…,” she said") to a person the article has just let speak,
 * not to the last name written: people named inside someone's quoted words ("“… Congressman Lee …,” he said") are no
 * antecedents. The speakers of the preceding quotes come first, then people named outside quotations, nearest first,
 * within the paragraph and the two before it; a person whose gender is known must agree with the pronoun. When no
 * one fits, the speaker is left unresolved rather than guessed.
 */
final class PronounSpeakers {
  /** Paragraphs looked back over, beyond the pronoun's own. */
  private static final int PARAGRAPHS_BACK = 2;
  /** Without the text, how far back (in characters) a candidate may stand. */
  private static final int CHARS_BACK = 1500;
  private static final Map<String, Character> GIVEN_NAMES = givenNames();

  private final List<Quote> quotes;
  private final List<Mention> mentions;
  private final @Nullable String text;
  private final Map<String, Character> genders = new HashMap<>();

  PronounSpeakers(List<Quote> quotes, List<Mention> mentions, @Nullable String text) {
    this.quotes = quotes;
    this.mentions = mentions;
    this.text = text;
    for (Mention m : mentions) {
      // Titles only: the resolver's own pronouns would make the guesses this class corrects into evidence.
      if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
        char g = titleGender(m.text());
        if (g != '-') {
          genders.putIfAbsent(m.actor().name(), g);
        }
      }
    }
  }

  /** 'M' for "he", 'F' for "she", '-' for any other speaker. */
  static char pronounGender(Mention speaker) {
    return switch (speaker.text().toLowerCase(Locale.ROOT)) {
      case "he" -> 'M';
      case "she" -> 'F';
      default -> '-';
    };
  }

  /**
   * The person a he/she speaker of quote {@code index} refers to, or null.
   *
   * @param resolved the quotes before {@code index}, speakers already resolved
   */
  @Nullable Actor resolve(int index, List<Quote> resolved) {
    Quote q = quotes.get(index);
    Mention sp = q.speaker();
    char g = pronounGender(sp);
    int at = sp.span().start();
    int from = windowStart(at);
    Actor opener = previousSentenceSubject(at, g);
    if (opener != null) {
      return opener;
    }
    for (boolean exact : new boolean[] {true, false}) {
      for (int i = resolved.size() - 1; i >= 0; i--) {
        Mention other = resolved.get(i).speaker();
        if (other == null || other.span().start() >= at) {
          continue;
        }
        if (other.span().start() < from) {
          break;
        }
        if (fits(other.actor(), g, exact)) {
          return other.actor();
        }
      }
    }
    for (boolean exact : new boolean[] {true, false}) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention m = mentions.get(i);
        if (m.span().start() >= at || m.span().start() < from || insideQuote(m)) {
          continue;
        }
        if (fits(m.actor(), g, exact)) {
          return m.actor();
        }
      }
    }
    return null;
  }

  /**
   * "Mr Mubanga is the first of the four detainees to give an interview. He told the Observer …": a person who opens
   * the sentence before, with no quotation in it, is who "he" continues with, whoever spoke earlier.
   */
  private @Nullable Actor previousSentenceSubject(int at, char g) {
    if (text == null) {
      return null;
    }
    int start = sentenceStart(at);
    int prev = start <= 1 ? -1 : sentenceStart(start - 1);
    if (prev < 0 || prev >= start) {
      return null;
    }
    for (Quote q : quotes) {
      if (q.span().start() < start && q.span().end() > prev) {
        return null;
      }
    }
    for (Mention m : mentions) {
      if (m.span().start() >= prev && m.span().start() < start) {
        // nothing, or only a courtesy title, before the sentence's first name ("Mr Mubanga is …")
        String before = text.substring(prev, m.span().start());
        boolean opens = before.isBlank() || SpeakerResolution.isHonorific(before);
        return opens && fits(m.actor(), g, true) ? m.actor() : null;
      }
    }
    return null;
  }

  /** The offset where the sentence holding {@code at} begins: after the last ". " or line break before it. */
  private int sentenceStart(int at) {
    int i = Math.min(at, text.length()) - 1;
    while (i > 0) {
      char c = text.charAt(i);
      if (c == '\n' || (c == ' ' && ".!?\"”".indexOf(text.charAt(i - 1)) >= 0 && i - 1 > 0
          && (text.charAt(i - 1) != '"' && text.charAt(i - 1) != '”' || ".!?".indexOf(text.charAt(i - 2)) >= 0))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  private boolean fits(@Nullable Actor a, char g, boolean exact) {
    if (a == null || a.kind() != ActorKind.PERSON) {
      return false;
    }
    char known = genders.getOrDefault(a.name(), GIVEN_NAMES.getOrDefault(firstWord(a.name()), '-'));
    return exact ? known == g : known == '-';
  }

  /** Records the gender a resolved pronoun gives its person, for the quotes after it. */
  void learn(Actor a, char g) {
    genders.putIfAbsent(a.name(), g);
  }

  private boolean insideQuote(Mention m) {
    for (Quote q : quotes) {
      if (q.span().start() <= m.span().start() && m.span().end() <= q.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** The start of the paragraph {@link #PARAGRAPHS_BACK} before the one holding the offset. */
  private int windowStart(int at) {
    if (text == null) {
      return Math.max(0, at - CHARS_BACK);
    }
    int i = at;
    for (int breaks = 0; breaks <= PARAGRAPHS_BACK; breaks++) {
      int nl = text.lastIndexOf('\n', i - 1);
      if (nl < 0) {
        return 0;
      }
      i = nl;
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  private static char titleGender(String words) {
    String w = firstWord(words).replace(".", "");
    return switch (w) {
      case "mr", "sir", "lord" -> 'M';
      case "mrs", "ms", "miss", "lady", "dame" -> 'F';
      default -> '-';
    };
  }

  private static String firstWord(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    int sp = t.indexOf(' ');
    return sp < 0 ? t : t.substring(0, sp);
  }

  /**
   * The given names the actor tables list with their usual gender. Read, not owned, here: a missing table only
   * leaves more people of unknown gender.
   */
  private static Map<String, Character> givenNames() {
    Map<String, Character> out = new HashMap<>();
    try (InputStream in = PronounSpeakers.class.getResourceAsStream("/org/parley/actors/given-names.tsv")) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length >= 2 && !line.startsWith("#") && (f[1].equals("M") || f[1].equals("F"))) {
          out.put(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }
}
