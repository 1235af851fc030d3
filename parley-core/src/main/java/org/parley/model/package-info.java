/** Immutable values that flow between Parley's stages: pages, articles and their analysis. */
@NullMarked
package org.parley.model;

import org.jspecify.annotations.NullMarked;
