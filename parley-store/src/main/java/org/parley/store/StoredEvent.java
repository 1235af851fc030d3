package org.parley.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.Span;
import org.parley.tables.EventRow;
import org.parley.tables.Tables;

/**
 * An event as the store holds it, with its evidence.
 *
 * @param id {@code <article id>#e<n>}
 * @param articleId the article it is from
 * @param type the PLOVER type
 * @param cameoCode the CAMEO code
 * @param quadClass the CAMEO quad class (1 verbal cooperation … 4 material conflict)
 * @param goldstein the Goldstein score
 * @param source the source actor code
 * @param sourceName the source as named in the text or dictionary
 * @param target the target actor code, when any
 * @param targetName the target's name
 * @param day the event day (the start of the week or month for coarser precision)
 * @param precision day, week, month, year or article
 * @param negated whether the text says it did not happen
 * @param sentence the evidence sentence
 * @param url the article's URL or origin
 * @param site the site
 * @param highlight the sentence with query matches marked by {@code [[…]]}
 * @param rule the coding rule that produced the event, when known
 * @param sentenceSpan where the sentence is in the article's text (UTF-16 offsets); null in stores written before
 *     offsets were kept, as are the other spans
 * @param triggerSpan where the predicate is
 * @param sourceSpan where the source's mention is
 * @param targetSpan where the target's mention is, when there is a target
 */
public record StoredEvent(String id, String articleId, String type, String cameoCode, int quadClass,
                          double goldstein, String source, @Nullable String sourceName, @Nullable String target,
                          @Nullable String targetName, @Nullable LocalDate day, String precision, boolean negated,
                          String sentence, @Nullable String url, @Nullable String site, @Nullable String highlight,
                          @Nullable String rule, @Nullable Span sentenceSpan, @Nullable Span triggerSpan,
                          @Nullable Span sourceSpan, @Nullable Span targetSpan) {

  /** An event without offsets, as stores written before they were kept hold it. */
  public StoredEvent(String id, String articleId, String type, String cameoCode, int quadClass, double goldstein,
                     String source, @Nullable String sourceName, @Nullable String target, @Nullable String targetName,
                     @Nullable LocalDate day, String precision, boolean negated, String sentence, @Nullable String url,
                     @Nullable String site, @Nullable String highlight, @Nullable String rule) {
    this(id, articleId, type, cameoCode, quadClass, goldstein, source, sourceName, target, targetName, day, precision,
        negated, sentence, url, site, highlight, rule, null, null, null, null);
  }

  /** Its row of the published {@code events} table. */
  public EventRow row() {
    return new EventRow(id, articleId, day, precision, source, sourceName, target, targetName, type, cameoCode,
        cameoRoot(), quadClass, goldstein, negated, sentence, url, site, rule, sentenceSpan, triggerSpan, sourceSpan,
        targetSpan);
  }

  /** The CAMEO root: the first two digits of the code. */
  public String cameoRoot() {
    return Tables.cameoRoot(cameoCode);
  }
}
