/** Turning a raw page into an article: body text, metadata, language, fingerprint. */
@NullMarked
package org.parley.extract;

import org.jspecify.annotations.NullMarked;
