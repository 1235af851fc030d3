package org.parley.store;

import org.jspecify.annotations.Nullable;

/**
 * What happened to an analysis handed to the store.
 *
 * @param outcome added, already present, or folded into an earlier copy
 * @param articleId the id under which the story is stored
 * @param duplicateOf for duplicates, the stored article it matched
 */
public record AddResult(Outcome outcome, String articleId, @Nullable String duplicateOf) {
  /** The possible outcomes. */
  public enum Outcome {
    ADDED,
    /** The same article id was stored before (re-ingest): nothing changed. */
    ALREADY_STORED,
    /** The same text under another id: its URL and site were added to the stored copy. */
    DUPLICATE,
    /** A near-duplicate (syndicated copy): its URL and site were added to the stored copy. */
    NEAR_DUPLICATE
  }
}
