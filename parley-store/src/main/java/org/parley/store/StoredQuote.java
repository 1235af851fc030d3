package org.parley.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A quote as the store holds it, with the article's provenance.
 *
 * @param id {@code <article id>#q<n>}
 * @param articleId the article it is from
 * @param text the quoted content
 * @param kind direct, indirect or mixed
 * @param attribution speech or belief ({@link org.parley.model.Attribution#label()})
 * @param speaker the speaker's name as resolved (or as written when unresolved)
 * @param speakerCode the speaker's actor code, when resolved
 * @param cue the speech verb
 * @param sentence the evidence sentence
 * @param day the article's publication day
 * @param url the article's URL or origin
 * @param site the site
 * @param highlight the quote with query matches marked by {@code [[…]]}
 */
public record StoredQuote(String id, String articleId, String text, String kind, String attribution,
                          @Nullable String speaker,
                          @Nullable String speakerCode, @Nullable String cue, String sentence,
                          @Nullable LocalDate day, @Nullable String url, @Nullable String site,
                          @Nullable String highlight) {}
