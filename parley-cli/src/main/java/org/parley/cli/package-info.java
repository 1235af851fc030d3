/** The {@code parley} command line: picocli commands over the pipeline stages. */
@NullMarked
package org.parley.cli;

import org.jspecify.annotations.NullMarked;
