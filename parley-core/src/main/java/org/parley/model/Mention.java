package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of text that refers to an actor.
 *
 * @param span where the mention is in the article text
 * @param text the mention's words as written ("the prime minister", "he", "Beijing")
 * @param actor the actor it resolves to, or null when unresolved
 */
public record Mention(Span span, String text, @Nullable Actor actor) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
