package org.parley.tables;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;

/**
 * A row of {@code events}. Spans are UTF-16 offsets into the article's text; they are null in rows read from tables
 * or stores written before they were kept.
 *
 * @param eventId {@code <article id>#e<n>}
 * @param articleId the article
 * @param date the event day, else the publication day
 * @param datePrecision {@code day}, {@code week}, {@code month}, {@code year} or {@code article}
 * @param sourceCode the source's actor code, {@code ---} when unresolved
 * @param sourceName the source actor's own name when resolved ("Estonia", "Kaja Kallas"), else the words found
 * @param targetCode the target's actor code, when there is a target
 * @param targetName the target's name, as the source's
 * @param ploverType the event type's name ({@link org.parley.model.EventType})
 * @param cameoCode the CAMEO code
 * @param cameoRoot its first two digits
 * @param quadClass GDELT's quad class of the CAMEO code
 * @param goldstein the Goldstein score of the CAMEO code
 * @param negated whether the text says it did not happen
 * @param sentence the evidence sentence
 * @param url the article's URL, or its origin
 * @param site the site
 * @param rule the coding rule that produced it, when known
 * @param sentenceSpan where the sentence is
 * @param triggerSpan where the predicate is
 * @param sourceSpan where the source's mention is
 * @param targetSpan where the target's mention is, when there is a target
 */
public record EventRow(String eventId, String articleId, @Nullable LocalDate date, String datePrecision,
                       String sourceCode, @Nullable String sourceName, @Nullable String targetCode,
                       @Nullable String targetName, String ploverType, String cameoCode, String cameoRoot,
                       int quadClass, double goldstein, boolean negated, String sentence, @Nullable String url,
                       @Nullable String site, @Nullable String rule, @Nullable Span sentenceSpan,
                       @Nullable Span triggerSpan, @Nullable Span sourceSpan, @Nullable Span targetSpan)
    implements Serializable {}
