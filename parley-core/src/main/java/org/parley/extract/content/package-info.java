/** Finding the main article body in an HTML page. */
@NullMarked
package org.parley.extract.content;

import org.jspecify.annotations.NullMarked;
