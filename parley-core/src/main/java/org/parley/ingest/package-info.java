/** Reading inputs (files, gzip, WARC, stdin) into raw pages, and decoding their bytes. */
@NullMarked
package org.parley.ingest;

import org.jspecify.annotations.NullMarked;
