package org.parley.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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
 */
public record StoredEvent(String id, String articleId, String type, String cameoCode, int quadClass,
                          double goldstein, String source, @Nullable String sourceName, @Nullable String target,
                          @Nullable String targetName, @Nullable LocalDate day, String precision, boolean negated,
                          String sentence, @Nullable String url, @Nullable String site, @Nullable String highlight,
                          @Nullable String rule) {

  /** The CAMEO root: the first two digits of the code. */
  public String cameoRoot() {
    return cameoCode.length() >= 2 ? cameoCode.substring(0, 2) : cameoCode;
  }
}
