/** Turning a raw page into an article: body text, metadata, language (copy fingerprints: {@code org.parley.dedup}). */
@NullMarked
package org.parley.extract;

import org.jspecify.annotations.NullMarked;
