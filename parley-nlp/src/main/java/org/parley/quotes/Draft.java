package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.quotes.CueFinder.Cue;

/** A quote under construction: what the extractor knows of it before it becomes a {@link Quote}. */
final class Draft {
  Span span;
  QuoteKind kind;
  @Nullable Mention speaker;
  @Nullable String cue;
  @Nullable Span cueSpan;
  /** The cue the quote was found through, for telling speech from belief. */
  @Nullable Cue source;
  /** For direct quotes: the closing mark was missing, so the next paragraph may carry the quote on. */
  boolean open;
  /** An item of a list the cue's colon introduces: said, whatever its form. */
  boolean listItem;
  /** For a direct quote joined across its attribution: the quoted stretches, in order. */
  final List<Span> parts = new ArrayList<>();

  Draft(Span span, QuoteKind kind, @Nullable Cue c) {
    this.span = span;
    this.kind = kind;
    if (c != null) {
      speaker = c.speaker();
      cue = c.cue();
      cueSpan = c.cueSpan();
      source = c;
    }
  }
}
