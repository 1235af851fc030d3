package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The article read out of one page: clean text plus metadata, each field empty rather than wrong.
 *
 * @param id stable id: the file name without extensions for files, else a hash of the canonical URL or text
 * @param origin the input the article came from (file path, WARC record)
 * @param url the canonical URL when known
 * @param site the site's name or host
 * @param title the headline
 * @param standfirst the summary line under the headline
 * @param published the publication date with its evidence
 * @param authors the bylines' person names, never section or site names
 * @param language ISO 639-1 code, or {@code null} when the text is too short or mixed to tell
 * @param paragraphs the body, one entry per paragraph
 * @param warnings what went wrong or looks doubtful (empty body, paywall, charset guess…)
 */
public record Article(String id, String origin, @Nullable String url, @Nullable String site,
                      @Nullable String title, @Nullable String standfirst, @Nullable PublishedDate published,
                      List<String> authors, @Nullable String language, List<String> paragraphs,
                      List<String> warnings) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The body text: paragraphs separated by blank lines. Offsets in later stages refer to this string. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
