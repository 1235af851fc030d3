/**
 * Recognising syndicated copies: an article's fingerprints (exact hash, SimHashes of the whole text and of its lead,
 * paragraph hashes) and the index that says which kept article a new one copies. The store and the Spark job's
 * collapse stage share it, so both keep the same originals.
 */
@NullMarked
package org.parley.dedup;

import org.jspecify.annotations.NullMarked;
