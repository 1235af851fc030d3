package org.parley.tables;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code articles}.
 *
 * @param articleId the article id
 * @param date the publication day
 * @param published the publication date-time as extracted (ISO 8601)
 * @param title the headline
 * @param standfirst the summary line
 * @param authors the bylines
 * @param language ISO 639-1 code
 * @param url the first of {@code urls}
 * @param site the first of {@code sites}
 * @param urls every URL (or origin) the story was read from: syndicated copies fold theirs in
 * @param sites every site that ran it
 * @param text the body, paragraphs separated by blank lines
 */
public record ArticleRow(String articleId, @Nullable LocalDate date, @Nullable String published,
                         @Nullable String title, @Nullable String standfirst, List<String> authors,
                         @Nullable String language, @Nullable String url, @Nullable String site, List<String> urls,
                         List<String> sites, String text) implements Serializable {
  public ArticleRow {
    authors = List.copyOf(authors);
    urls = List.copyOf(urls);
    sites = List.copyOf(sites);
  }

  /** The same story read from more places: syndicated copies fold their URL and site into the first one. */
  public ArticleRow withProvenance(List<String> allUrls, List<String> allSites) {
    return new ArticleRow(articleId, date, published, title, standfirst, authors, language,
        allUrls.isEmpty() ? null : allUrls.get(0), allSites.isEmpty() ? null : allSites.get(0), allUrls, allSites,
        text);
  }
}
