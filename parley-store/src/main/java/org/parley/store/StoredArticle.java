package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.tables.ArticleRow;

/**
 * An article as the store holds it. Syndicated copies are folded in: {@code urls} and {@code sites} list them all.
 *
 * @param id the article id
 * @param urls every URL (or origin) the story was read from, first one first
 * @param sites the sites that ran it
 * @param title the headline
 * @param standfirst the summary line
 * @param published the publication date as extracted (ISO 8601), when known
 * @param day the publication day, when known
 * @param authors the bylines
 * @param language ISO 639-1 code
 * @param text the body
 * @param highlight a fragment of the text with query matches marked by {@code [[…]]}, for search results
 */
public record StoredArticle(String id, List<String> urls, List<String> sites, @Nullable String title,
                            @Nullable String standfirst, @Nullable String published, @Nullable LocalDate day,
                            List<String> authors, @Nullable String language, String text,
                            @Nullable String highlight) {
  public StoredArticle {
    urls = List.copyOf(urls);
    sites = List.copyOf(sites);
    authors = List.copyOf(authors);
  }

  /** Its row of the published {@code articles} table. */
  public ArticleRow row() {
    return new ArticleRow(id, day, published, title, standfirst, authors, language, urls.isEmpty() ? null : urls.get(0),
        sites.isEmpty() ? null : sites.get(0), urls, sites, text);
  }
}
