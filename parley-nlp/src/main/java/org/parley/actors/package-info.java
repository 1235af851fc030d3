/** Actor dictionary and resolution of mentions to CAMEO-style actor codes. */
@NullMarked
package org.parley.actors;

import org.jspecify.annotations.NullMarked;
