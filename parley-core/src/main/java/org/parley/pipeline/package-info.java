/**
 * The page pipeline as a library: a raw page to an analysis or a typed failure ({@link PageAnalysis}), shared by
 * the CLI, the Spark job and the store's ingester, so that none of them wires extraction, analysis and failure
 * handling again.
 */
@NullMarked
package org.parley.pipeline;

import org.jspecify.annotations.NullMarked;
