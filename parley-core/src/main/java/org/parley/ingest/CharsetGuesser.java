package org.parley.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the charset of legacy bytes with ICU's {@link CharsetDetector}, which weighs byte statistics against
 * language profiles. It is asked only for a script other than Latin: a windows-1251 page read as windows-1252 is
 * mojibake ("Ðîññèÿ"), while ICU's choices among the Latin charsets (1250, 1252, 1254) are unreliable on short
 * texts, and windows-1252, the browsers' default, reads them all nearly right.
 */
final class CharsetGuesser {
  private CharsetGuesser() {}

  /** Enough text for the statistics; the head of a page is its markup, so this is larger than the sniffing window. */
  static final int SAMPLE = 256 * 1024;

  /**
   * ICU's confidence (0–100) from which a guess is used where nothing was declared. Three sentences of Russian in
   * windows-1251 or KOI8-R score 58; Latin pages score 50–90 for a Latin charset, far above any other guess.
   */
  static final int TO_GUESS = 40;
  /** The confidence from which a guess overrules a declared Latin charset, which may well be right... */
  static final int TO_OVERRULE = 50;
  /** ...provided that ICU gives no Latin charset more than this: a Latin page never scores this low as Latin. */
  static final int LATIN_AT_MOST = 20;

  private static final Set<String> LATIN = Set.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-9", "ISO-8859-15",
      "windows-1250", "windows-1252", "windows-1254");

  /** A charset, ICU's name for the language it saw, and its confidence. */
  record Guess(Charset charset, String language, int confidence) {
    String describe() {
      return charset.name() + (language.isEmpty() ? "" : ", language " + language) + ", confidence " + confidence;
    }
  }

  /** For bytes without a usable declaration: the detector's best guess when it is a non-Latin charset. */
  static @Nullable Guess undeclared(byte[] b) {
    return nonLatin(b, TO_GUESS);
  }

  /** For bytes declared Latin-1: a non-Latin charset when the detector is sure and finds them unlike Latin text. */
  static @Nullable Guess overruling(byte[] b) {
    return nonLatin(b, TO_OVERRULE);
  }

  private static @Nullable Guess nonLatin(byte[] b, int minConfidence) {
    int n = Math.min(b.length, SAMPLE);
    int high = 0;
    for (int i = 0; i < n; i++) {
      high += b[i] < 0 ? 1 : 0;
    }
    if (high == 0) {
      return null; // ASCII reads the same in every candidate: no need to ask
    }
    CharsetDetector d = new CharsetDetector();
    d.enableInputFilter(true); // judge the text, not the tags
    d.setText(b.length > SAMPLE ? Arrays.copyOf(b, SAMPLE) : b);
    CharsetMatch[] all = d.detectAll();
    if (all.length == 0 || all[0].getConfidence() < minConfidence) {
      return null;
    }
    CharsetMatch m = all[0];
    int latin = Arrays.stream(all).filter(x -> LATIN.contains(x.getName())).mapToInt(CharsetMatch::getConfidence)
        .max().orElse(0);
    if (latin > LATIN_AT_MOST) {
      return null;
    }
    String name = m.getName();
    if (LATIN.contains(name) || name.startsWith("UTF-")) {
      return null;
    }
    Charset cs = PageDecoder.charsetFor(name);
    if (cs == null) {
      return null; // IBM420_rtl and friends: no Java decoder
    }
    String lang = m.getLanguage();
    return new Guess(cs, lang == null ? "" : lang, m.getConfidence());
  }
}
