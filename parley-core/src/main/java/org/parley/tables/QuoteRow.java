package org.parley.tables;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;

/**
 * A row of {@code quotes}. Spans are UTF-16 offsets into the article's text; they are null in rows read from tables
 * or stores written before they were kept.
 *
 * @param quoteId {@code <article id>#q<n>}
 * @param articleId the article
 * @param date the article's publication day
 * @param speaker the speaker's name as resolved (a person's name from the dictionary), else as written
 * @param speakerCode the speaker's actor code, when resolved
 * @param kind {@code direct}, {@code indirect} or {@code mixed}
 * @param attribution {@code speech} or {@code belief}
 * @param cue the speech verb
 * @param quote the quoted content
 * @param sentence the evidence sentence
 * @param url the article's URL, or its origin
 * @param site the site
 * @param quoteSpan where the quote is
 * @param sentenceSpan where the sentence is
 * @param speakerSpan where the speaker's mention is, when there is one
 * @param cueSpan where the cue is, when there is one
 */
public record QuoteRow(String quoteId, String articleId, @Nullable LocalDate date, @Nullable String speaker,
                       @Nullable String speakerCode, String kind, String attribution, @Nullable String cue,
                       String quote, String sentence, @Nullable String url, @Nullable String site,
                       @Nullable Span quoteSpan, @Nullable Span sentenceSpan, @Nullable Span speakerSpan,
                       @Nullable Span cueSpan) implements Serializable {}
