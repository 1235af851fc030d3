/** The HTTP side of Parley: a read-only JSON API over the store and the web UI that uses it. */
@NullMarked
package org.parley.server;

import org.jspecify.annotations.NullMarked;
