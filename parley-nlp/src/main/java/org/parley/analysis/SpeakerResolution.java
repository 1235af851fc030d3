package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.quotes.QuoteExtractor;
import org.parley.words.WordLists;

/**
 * Gives each quote's speaker the actor the actor resolver found for the same words: "he" becomes the person he
 * refers to, "the ministry" its government. The speaker keeps its own span and words as written.
 */
public final class SpeakerResolution {
  private SpeakerResolution() {}

  /**
   * @param quotes the extracted quotes
   * @param mentions the resolved actor mentions of the same text, in text order
   * @return the quotes, each speaker carrying the actor of the mention it overlaps most (if it had none); a relative
   *     pronoun left as speaker ("who") carries the actor of the mention right before it
   */
  public static List<Quote> resolve(List<Quote> quotes, List<Mention> mentions) {
    return resolve(quotes, mentions, null);
  }

  /**
   * As {@link #resolve(List, List)}, with "he" and "she" resolved to a person the article has just let speak (see
   * {@link PronounSpeakers}), the paragraphs read from the text.
   *
   * @param text the analysed text, or null to look back a fixed distance instead of by paragraphs
   */
  public static List<Quote> resolve(List<Quote> quotes, List<Mention> mentions, @Nullable String text) {
    PronounSpeakers pronouns = new PronounSpeakers(quotes, mentions, text);
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Mention sp = q.speaker();
      if (sp != null && PronounSpeakers.pronounGender(sp) != '-') {
        org.parley.model.Actor a = pronouns.resolve(i, out);
        if (a != null) {
          pronouns.learn(a, PronounSpeakers.pronounGender(sp));
        }
        out.add(q.withSpeaker(new Mention(sp.span(), sp.text(), a)));
        continue;
      }
      if (sp == null || sp.actor() != null) {
        out.add(q);
        continue;
      }
      Mention m = bestOverlap(sp.span(), mentions);
      if (m == null && RELATIVE.contains(sp.text().toLowerCase(Locale.ROOT))) {
        m = rightBefore(sp.span(), mentions);
      }
      if (m == null && isHonorific(sp.text())) {
        m = rightAfter(sp.span(), mentions); // "Lord Bingham said": the parser made the title the subject
      }
      if ((m == null || m.actor().kind() != org.parley.model.ActorKind.PERSON) && text != null) {
        org.parley.model.Actor named = DescribedSpeakers.resolve(sp, mentions, text);
        if (named != null) {
          out.add(q.withSpeaker(new Mention(sp.span(), sp.text(), named)));
          continue;
        }
      }
      if (m == null && UNRESOLVED_PRONOUNS.contains(sp.text().toLowerCase(Locale.ROOT))) {
        out.add(q.withSpeaker(null)); // "it said": a reader is not helped by "it" as a speaker; unknown is honest
        continue;
      }
      Mention resolved = m == null ? sp : new Mention(sp.span(), sp.text(), m.actor());
      out.add(q.withSpeaker(resolved));
    }
    return out;
  }

  /** Pronouns that name no speaker when no actor stands behind them. */
  private static final Set<String> UNRESOLVED_PRONOUNS =
      WordLists.of(SpeakerResolution.class, "speaker-words.txt").set("unresolved-pronouns");

  /** Courtesy titles a parse may leave as the whole subject, the name beside them. */
  private static final Set<String> HONORIFICS =
      WordLists.of(SpeakerResolution.class, "speaker-words.txt").set("honorifics");

  /** Whether the words are one courtesy title ("Lord", "Mr."), as a parse may leave one for the whole subject. */
  static boolean isHonorific(String words) {
    return HONORIFICS.contains(words.strip().toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The person mention starting right after a title ("Lord" + "Bingham"), nothing but a space between. */
  private static @Nullable Mention rightAfter(Span span, List<Mention> mentions) {
    for (Mention m : mentions) {
      int gap = m.span().start() - span.end();
      if (gap > 1) {
        break;
      }
      if (gap >= 0 && m.actor() != null && m.actor().kind() == org.parley.model.ActorKind.PERSON) {
        return m;
      }
    }
    return null;
  }

  /**
   * Relative pronouns, which the extractor leaves as the speaker when the parse hides their antecedent: the quote
   * finder's own list, so that what it leaves and what is resolved here cannot drift apart.
   */
  private static final Set<String> RELATIVE =
      WordLists.of(QuoteExtractor.class, "cue-words.txt").set("relative-pronouns");

  /**
   * The resolved mention ending right before a relative pronoun ("Sanders, who said …", "a charity that …"): its
   * antecedent, when nothing but a comma and spaces can stand between them.
   */
  private static @Nullable Mention rightBefore(Span span, List<Mention> mentions) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() >= span.start()) {
        break;
      }
      int gap = span.start() - m.span().end();
      if (m.actor() != null && gap >= 0 && gap <= 2) {
        best = m;
      }
    }
    return best;
  }

  /** The resolved mention sharing most characters with the span; mentions are sorted, so the scan stops early. */
  private static @Nullable Mention bestOverlap(Span span, List<Mention> mentions) {
    Mention best = null;
    int bestShared = 0;
    for (Mention m : mentions) {
      if (m.span().start() >= span.end()) {
        break;
      }
      int shared = Math.min(span.end(), m.span().end()) - Math.max(span.start(), m.span().start());
      if (m.actor() != null && shared > 0 && m.span().end() == span.end()
          && m.actor().kind() == org.parley.model.ActorKind.PERSON) {
        // "Democratic National Committee Chairman Tim Kaine": the phrase names the man at its end, not his party
        return m;
      }
      if (m.actor() != null && shared > bestShared) {
        best = m;
        bestShared = shared;
      }
    }
    return best;
  }
}
