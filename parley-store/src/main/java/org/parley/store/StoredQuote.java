package org.parley.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;
import org.parley.tables.QuoteRow;

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
 * @param quoteSpan where the quote is in the article's text (UTF-16 offsets); null in stores written before offsets
 *     were kept, as are the other spans
 * @param sentenceSpan where the sentence is
 * @param speakerSpan where the speaker's mention is, when there is one
 * @param cueSpan where the cue is, when there is one
 */
public record StoredQuote(String id, String articleId, String text, String kind, String attribution,
                          @Nullable String speaker,
                          @Nullable String speakerCode, @Nullable String cue, String sentence,
                          @Nullable LocalDate day, @Nullable String url, @Nullable String site,
                          @Nullable String highlight, @Nullable Span quoteSpan, @Nullable Span sentenceSpan,
                          @Nullable Span speakerSpan, @Nullable Span cueSpan) {

  /** A quote without offsets, as stores written before they were kept hold it. */
  public StoredQuote(String id, String articleId, String text, String kind, String attribution,
                     @Nullable String speaker, @Nullable String speakerCode, @Nullable String cue, String sentence,
                     @Nullable LocalDate day, @Nullable String url, @Nullable String site, @Nullable String highlight) {
    this(id, articleId, text, kind, attribution, speaker, speakerCode, cue, sentence, day, url, site, highlight, null,
        null, null, null);
  }

  /** Its row of the published {@code quotes} table. */
  public QuoteRow row() {
    return new QuoteRow(id, articleId, day, speaker, speakerCode, kind, attribution, cue, text, sentence, url, site,
        quoteSpan, sentenceSpan, speakerSpan, cueSpan);
  }
}
