/** The CoreNLP pipeline: sentences, tokens, named entities, dependencies, time expressions. */
@NullMarked
package org.parley.nlp;

import org.jspecify.annotations.NullMarked;
