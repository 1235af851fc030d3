package org.parley.store.ingest;

import org.parley.store.StoreCounts;

/**
 * What one ingest run did, each count in its own unit.
 *
 * @param articlesAdded new articles stored
 * @param copiesFolded articles found to copy a stored one, folded into it
 * @param failures pages or inputs that could not be stored
 * @param addedWithWarnings of the new articles, those stored with a warning
 * @param inputsAlreadyDone inputs (files, URLs, table directories) finished by an earlier run, not read again
 * @param pagesAlreadyStored pages of unfinished inputs whose article was already stored
 * @param recordsSkipped WARC records that hold no page (images, redirects)
 * @param store what the store holds afterwards
 */
public record IngestSummary(int articlesAdded, int copiesFolded, int failures, int addedWithWarnings,
                            int inputsAlreadyDone, int pagesAlreadyStored, int recordsSkipped, StoreCounts store) {}
