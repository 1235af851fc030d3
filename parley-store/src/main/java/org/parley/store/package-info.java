/** The embedded Lucene store of articles, quotes and events, with queries, timelines and exports. */
@NullMarked
package org.parley.store;

import org.jspecify.annotations.NullMarked;
