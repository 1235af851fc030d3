/** Reading articles out of pages saved as plain text, chrome and all. */
@NullMarked
package org.parley.extract.text;

import org.jspecify.annotations.NullMarked;
