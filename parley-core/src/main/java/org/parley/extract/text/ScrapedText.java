package org.parley.extract.text;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.PublishedDate;

/**
 * An article read from scraped plain text.
 *
 * @param title the headline
 * @param standfirst the summary line
 * @param published the dateline's date
 * @param authors the byline's person names, empty when there is no byline
 * @param paragraphs the body paragraphs
 * @param warnings doubts met
 */
public record ScrapedText(@Nullable String title, @Nullable String standfirst, @Nullable PublishedDate published,
                          List<String> authors, List<String> paragraphs, List<String> warnings) {
  public ScrapedText {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }
}
