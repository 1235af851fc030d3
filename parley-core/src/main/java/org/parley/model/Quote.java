package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something someone said, tied to its text.
 *
 * @param span the quoted content in the article text
 * @param text the quoted content
 * @param kind direct, indirect or mixed
 * @param speaker the mention of who said it, when found
 * @param cue the speech verb or phrase ("said", "according to"), when found
 * @param cueSpan where the cue is
 * @param sentence the span of the sentence (or sentences) carrying the quote
 * @param attribution speech (said, wrote, according to) or belief (believes, wants, plans, is seen as)
 */
public record Quote(Span span, String text, QuoteKind kind, @Nullable Mention speaker, @Nullable String cue,
                    @Nullable Span cueSpan, Span sentence, Attribution attribution) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(attribution, "attribution");
  }

  /** A quote of speech: what callers that know nothing of beliefs (fixtures, older stores) build. */
  public Quote(Span span, String text, QuoteKind kind, @Nullable Mention speaker, @Nullable String cue,
               @Nullable Span cueSpan, Span sentence) {
    this(span, text, kind, speaker, cue, cueSpan, sentence, Attribution.SPEECH);
  }

  /** The same quote with another speaker. */
  public Quote withSpeaker(@Nullable Mention other) {
    return new Quote(span, text, kind, other, cue, cueSpan, sentence, attribution);
  }

  /** Whether the quote is a speech act rather than a belief. */
  public boolean isSpeech() {
    return attribution == Attribution.SPEECH;
  }
}
