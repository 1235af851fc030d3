package org.parley.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Identifies the language of article text with character n-gram profiles (optimaize language-detector). */
public final class LanguageIdentifier {
  private static final int SAMPLE_CHARS = 3000;
  private static final double MIN_PROBABILITY = 0.80;
  private static volatile LanguageDetector detector;

  private static LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (LanguageIdentifier.class) {
        d = detector;
        if (d == null) {
          try {
            d = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                .build();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
          }
          detector = d;
        }
      }
    }
    return d;
  }

  /**
   * Returns the ISO 639-1 code (or the profile's own code, e.g. {@code zh-CN}) when the text is long
   * enough and one language clearly dominates.
   */
  public Optional<String> identify(String text) {
    if (text.codePoints().filter(Character::isLetter).limit(20).count() < 20) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    List<DetectedLanguage> probs = detector().getProbabilities(sample);
    if (probs.isEmpty() || probs.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    return Optional.of(probs.get(0).getLocale().getLanguage());
  }
}
