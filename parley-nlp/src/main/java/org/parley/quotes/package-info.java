/** Direct, mixed and reported quotes attributed to their speakers. */
@NullMarked
package org.parley.quotes;

import org.jspecify.annotations.NullMarked;
