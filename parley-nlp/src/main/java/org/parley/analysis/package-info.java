/** The whole analysis of an article: parsing, actors, quotes and events, in one call. */
@NullMarked
package org.parley.analysis;

import org.jspecify.annotations.NullMarked;
