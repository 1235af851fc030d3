package org.parley.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name normalisation and the small regex tokenizer used by the fast path and for dictionary keys. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Abbreviations with inner dots (U.S., U.K.) first, then words with inner hyphens/apostrophes, numbers, any symbol.
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*\\.?"
              + "|\\p{N}+(?:[.,:]\\p{N}+)*|\\S");

  private Names() {}

  /** A token of text: offsets and the word. */
  record Tok(int start, int end, String word) {}

  /**
   * Splits text into tokens; a possessive {@code 's} becomes its own token, and a trailing dot stays on a word only
   * for short abbreviations (Gen., No.) so that sentence-final dots stay separate.
   */
  static List<Tok> tokenize(CharSequence text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String w = text.subSequence(s, e).toString();
      if (w.length() > 1 && w.endsWith(".") && !keepsDot(w)) {
        out.add(new Tok(s, e - 1, w.substring(0, w.length() - 1)));
        out.add(new Tok(e - 1, e, "."));
        continue;
      }
      int len = w.length();
      if (len > 2
          && (w.charAt(len - 1) == 's' || w.charAt(len - 1) == 'S')
          && (w.charAt(len - 2) == '\'' || w.charAt(len - 2) == '’')) {
        out.add(new Tok(s, e - 2, w.substring(0, len - 2)));
        out.add(new Tok(e - 2, e, w.substring(len - 2)));
      } else {
        out.add(new Tok(s, e, w));
      }
    }
    return out;
  }

  private static boolean keepsDot(String w) {
    // "U.S." and other dotted abbreviations, and short title abbreviations like "Gen." or "Mr.".
    return w.indexOf('.') < w.length() - 1 || w.length() <= 4 && Character.isUpperCase(w.charAt(0));
  }

  /** The lookup key of one token: no accents, lower case, no dots, curly apostrophes made straight. */
  static String tokenKey(String word) {
    String s = word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT);
    return s.indexOf('.') >= 0 ? s.replace(".", "") : s;
  }

  /** The lookup key of a whole name: token keys joined by spaces, without a leading "the" or a final "'s". */
  static String key(String name) {
    List<Tok> toks = tokenize(name, 0, name.length());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      String k = tokenKey(toks.get(i).word());
      if (k.isEmpty() || i == 0 && k.equals("the") && toks.size() > 1) {
        continue;
      }
      if (k.equals("'s") && i == toks.size() - 1) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(k);
    }
    return sb.toString();
  }

  /** Token keys of a name, in order, as {@link #key} joins them. */
  static List<String> keyTokens(String name) {
    String k = key(name);
    return k.isEmpty() ? List.of() : List.of(k.split(" "));
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word starts with a capital letter or a digit (proper-noun evidence). */
  static boolean isCapitalised(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0)));
  }

  /**
   * Whether a dictionary surface is an acronym that must stay in capitals in the text ("US" but not "us", "WHO" but
   * not "who"): at least two capitals and no lower-case letter except a final plural s.
   */
  static boolean isAcronym(String surface) {
    int upper = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c) && !(c == 's' && i == surface.length() - 1)) {
        return false;
      }
    }
    return upper >= 2;
  }

  /** Whether a text token is written in capitals the way an acronym must be. */
  static boolean looksLikeAcronym(String word) {
    return isAcronym(word);
  }
}
