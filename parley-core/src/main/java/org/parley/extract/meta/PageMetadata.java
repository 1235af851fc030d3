package org.parley.extract.meta;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.PublishedDate;

/**
 * Metadata read from a page; every field absent rather than wrong.
 *
 * @param title the headline, without the site name suffix
 * @param standfirst the summary under the headline
 * @param published the publication date with its evidence
 * @param authors person names from the byline
 * @param siteName the publication's name
 * @param canonicalUrl the page's canonical URL
 * @param declaredLanguage the language the page declares ({@code <html lang>}, og:locale), ISO 639-1
 * @param warnings what could not be read (e.g. a malformed JSON-LD block), for the article's warnings
 */
public record PageMetadata(@Nullable String title, @Nullable String standfirst, @Nullable PublishedDate published,
                           List<String> authors, @Nullable String siteName, @Nullable String canonicalUrl,
                           @Nullable String declaredLanguage, List<String> warnings) {
  public PageMetadata {
    authors = List.copyOf(authors);
    warnings = List.copyOf(warnings);
  }
}
