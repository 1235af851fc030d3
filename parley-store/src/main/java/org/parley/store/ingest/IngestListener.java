package org.parley.store.ingest;

import org.parley.pipeline.Failure;

/**
 * What an {@link Ingester} tells as it goes. Called from the ingesting thread, one call at a time. Failures and
 * warnings are also written to {@code DIR/failures.jsonl} by the ingester; the listener only shows them.
 */
public interface IngestListener {
  /**
   * A phase begins: reading the inputs ({@code inputs} files and URLs holding {@code bytes} bytes on disk), or
   * loading one directory of tables ({@code inputs} article rows, no bytes).
   */
  default void phaseStarted(String name, long inputs, long bytes) {}

  /** One input of the phase is done (or was found done by an earlier run). */
  default void inputDone() {}

  /**
   * One page went through extraction and analysis (or was found already stored).
   *
   * @param bytesDone how many bytes of the phase's inputs lie before the end of this page
   */
  default void pageDone(long bytesDone) {}

  /** The phase is over. */
  default void phaseFinished() {}

  /** A page or input that could not be stored. */
  default void failed(Failure failure) {}

  /** A WARC record that holds a response but no page: set aside, not a failure. */
  default void skipped(Failure skipped) {}

  /** An article was stored, but extraction or analysis had a doubt about it (a guessed charset, a cut text). */
  default void storedWithWarning(Failure warning) {}

  /** Listens to nothing. */
  IngestListener NONE = new IngestListener() {};
}
