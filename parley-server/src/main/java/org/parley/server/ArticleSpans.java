package org.parley.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

/**
 * Places an article's quotes, speakers, events and actor names in its text, at the offsets the store keeps with each
 * record. Records of stores written before offsets were kept have only their evidence sentence: for them (and only
 * them) the spans are found again by looking for that sentence in the text, and for the quote, speaker or actor name
 * inside the sentence.
 */
final class ArticleSpans {
  private ArticleSpans() {}

  /**
   * A highlighted stretch of the article text, in UTF-16 offsets (as JavaScript strings count).
   *
   * @param start first char
   * @param end one past the last char
   * @param kind quote, speaker, event or actor
   * @param ref the id of the quote or event it belongs to
   * @param label what a tooltip says (speaker name, event type and actors)
   */
  record Span(int start, int end, String kind, String ref, String label) {}

  static List<Span> of(String text, List<StoredQuote> quotes, List<StoredEvent> events) {
    List<Span> out = new ArrayList<>();
    for (StoredQuote q : quotes) {
      String who = q.speaker() == null ? "unknown speaker" : q.speaker();
      if (fits(q.quoteSpan(), text)) {
        out.add(new Span(q.quoteSpan().start(), q.quoteSpan().end(), "quote", q.id(), "quote of " + who));
        if (fits(q.speakerSpan(), text) && !q.speakerSpan().overlaps(q.quoteSpan())) {
          out.add(new Span(q.speakerSpan().start(), q.speakerSpan().end(), "speaker", q.id(), "speaker: " + who));
        }
      } else {
        foundAgain(text, q, out);
      }
    }
    for (StoredEvent e : events) {
      String label = e.type() + ": " + e.source() + (e.target() == null ? "" : " → " + e.target());
      org.parley.model.Span sentence = e.sentenceSpan();
      if (!fits(sentence, text)) {
        foundAgain(text, e, label, out);
        continue;
      }
      out.add(new Span(sentence.start(), sentence.end(), "event", e.id(), label));
      actor(e.sourceSpan(), e.sourceName(), sentence, e.id(), out);
      actor(e.targetSpan(), e.targetName(), sentence, e.id(), out);
    }
    out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    return out;
  }

  private static boolean fits(org.parley.model.@Nullable Span span, String text) {
    return span != null && span.end() <= text.length();
  }

  /** An event's actor where its mention is, when that is in the event's sentence (an inferred target may not be). */
  private static void actor(org.parley.model.@Nullable Span at, @Nullable String name, org.parley.model.Span sentence,
                            String ref, List<Span> out) {
    if (at != null && name != null && sentence.contains(at) && at.length() > 0) {
      out.add(new Span(at.start(), at.end(), "actor", ref, name));
    }
  }

  /** A quote of an older store, placed by searching its sentence for its words and speaker. */
  private static void foundAgain(String text, StoredQuote q, List<Span> out) {
    int[] sentence = find(text, q.sentence(), 0, text.length());
    int lo = sentence == null ? 0 : sentence[0];
    int hi = sentence == null ? text.length() : sentence[1];
    int[] quote = find(text, q.text(), lo, hi);
    if (quote == null) {
      quote = joined(text, q.text(), lo, hi);
    }
    String who = q.speaker() == null ? "unknown speaker" : q.speaker();
    if (quote != null) {
      out.add(new Span(quote[0], quote[1], "quote", q.id(), "quote of " + who));
    }
    int[] speaker = q.speaker() == null ? null : findOutside(text, q.speaker(), lo, hi, quote);
    if (speaker == null && q.speaker() != null && q.speaker().strip().indexOf(' ') > 0) {
      // The store keeps a person's full name; later mentions in a story often use the surname alone.
      String surname = q.speaker().strip().substring(q.speaker().strip().lastIndexOf(' ') + 1);
      speaker = findOutside(text, surname, lo, hi, quote);
    }
    if (speaker != null) {
      out.add(new Span(speaker[0], speaker[1], "speaker", q.id(), "speaker: " + who));
    }
  }

  /** An event of an older store, placed by searching for its sentence, and for its actors' names inside it. */
  private static void foundAgain(String text, StoredEvent e, String label, List<Span> out) {
    int[] sentence = find(text, e.sentence(), 0, text.length());
    if (sentence == null) {
      return;
    }
    out.add(new Span(sentence[0], sentence[1], "event", e.id(), label));
    for (String name : new String[] {e.sourceName(), e.targetName()}) {
      int[] at = name == null ? null : find(text, name, sentence[0], sentence[1]);
      if (at != null) {
        out.add(new Span(at[0], at[1], "actor", e.id(), name));
      }
    }
  }

  /**
   * The first place {@code needle} occurs in text[lo, hi); failing that, without the trailing comma or full stop a
   * quote may carry that the text puts outside the quotation marks.
   */
  private static int @Nullable [] find(String text, @Nullable String needle, int lo, int hi) {
    if (needle == null || needle.isBlank()) {
      return null;
    }
    String n = needle.strip();
    int[] at = findExact(text, n, lo, hi);
    if (at != null) {
      return at;
    }
    while (n.length() > 1 && ",.;:".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1);
    }
    return findExact(text, n, lo, hi);
  }

  /** Words of a joined quote's start and end looked for, when the whole text is not in the article. */
  private static final int EDGE_WORDS = 4;

  /**
   * A quotation interrupted by its attribution is stored as its parts joined by a space, which the article does not
   * hold as such: the stretch from its first words to its last, within the sentence, is highlighted instead.
   */
  private static int @Nullable [] joined(String text, @Nullable String quote, int lo, int hi) {
    if (quote == null) {
      return null;
    }
    String[] words = quote.strip().split("\\s+");
    if (words.length < 2 * EDGE_WORDS) {
      return null;
    }
    int[] head = find(text, String.join(" ", java.util.Arrays.copyOf(words, EDGE_WORDS)), lo, hi);
    if (head == null) {
      return null;
    }
    int[] tail = find(text, String.join(" ", java.util.Arrays.copyOfRange(words, words.length - EDGE_WORDS,
        words.length)), head[1], hi);
    return tail == null ? null : new int[] {head[0], tail[1]};
  }

  private static int @Nullable [] findExact(String text, String needle, int lo, int hi) {
    int at = text.indexOf(needle, lo);
    return at < 0 || at + needle.length() > hi ? null : new int[] {at, at + needle.length()};
  }

  /** Like {@link #find} but skips a hit inside the quote, so a name quoted in the speech is not taken as the speaker. */
  private static int @Nullable [] findOutside(String text, String needle, int lo, int hi, int @Nullable [] quote) {
    int from = lo;
    while (from < hi) {
      int[] at = find(text, needle, from, hi);
      if (at == null) {
        return null;
      }
      if (quote == null || at[1] <= quote[0] || at[0] >= quote[1]) {
        return at;
      }
      from = at[1];
    }
    return null;
  }
}
