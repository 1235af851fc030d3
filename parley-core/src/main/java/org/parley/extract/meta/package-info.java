/** Reading title, date, authors and site from an HTML page. */
@NullMarked
package org.parley.extract.meta;

import org.jspecify.annotations.NullMarked;
