/** Polite fetching of live pages and feeds: robots.txt, per-host delays, limits. The only network code in Parley. */
@NullMarked
package org.parley.ingest.web;

import org.jspecify.annotations.NullMarked;
