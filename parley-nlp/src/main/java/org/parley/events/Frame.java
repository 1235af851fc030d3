package org.parley.events;

import org.jspecify.annotations.Nullable;

/**
 * A predicate with its base code: the trigger token, the CAMEO code and PLOVER type its entry gives, the clause whose
 * subject is its source (-1 for an event noun that names its own actor), the event noun it codes if any, whether it
 * is only intended, and the rule that typed it. Found by {@link FrameFinder}, turned into events by
 * {@link SentenceCoder}.
 */
record Frame(int trigger, String code, @Nullable String ploverType, int subjectHost, @Nullable Integer noun,
             boolean intent, String rule) {}
