package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis found in one article. All spans are UTF-16 offsets into {@code article.text()}.
 *
 * @param article the article analysed
 * @param sentences the sentence spans
 * @param mentions actor mentions
 * @param quotes quotes with speakers
 * @param events coded events
 * @param warnings why parts were skipped (e.g. not English)
 */
public record Analysis(Article article, List<Span> sentences, List<Mention> mentions, List<Quote> quotes,
                       List<Event> events, List<String> warnings) {
  public Analysis {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }
}
