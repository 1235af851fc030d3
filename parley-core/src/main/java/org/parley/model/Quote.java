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
 */
public record Quote(Span span, String text, QuoteKind kind, @Nullable Mention speaker, @Nullable String cue,
                    @Nullable Span cueSpan, Span sentence) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
  }
}
