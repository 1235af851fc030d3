/** Political event coding: PLOVER type, CAMEO code, Goldstein score, source and target. */
@NullMarked
package org.parley.events;

import org.jspecify.annotations.NullMarked;
