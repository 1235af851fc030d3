package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.parley.actors.ActorResolver;
import org.parley.actors.TokenInfo;
import org.parley.model.Analysis;
import org.parley.model.Mention;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Runs the analysis stages over one article: CoreNLP parse, actor mentions, quotes, events.
 * Thread-safe: each thread uses its own CoreNLP pipeline.
 */
public final class ArticleAnalyzer {
  private final ActorResolver actors;

  /** An analyser with the built-in actor dictionary. */
  public ArticleAnalyzer() {
    this(ActorResolver.builtIn());
  }

  /** An analyser resolving actors with the given resolver (e.g. one extended with the user's dictionaries). */
  public ArticleAnalyzer(ActorResolver actors) {
    this.actors = actors;
  }

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
    String clean = TextSanitizer.withoutControlCharacters(text);
    ParsedDocument doc = NlpPipeline.forThisThread().parse(clean);
    List<Span> sentences = new ArrayList<>();
    List<List<TokenInfo>> tokens = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      sentences.add(s.span());
      List<TokenInfo> ts = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        ts.add(new TokenInfo(t.start(), t.end(), clean.substring(t.start(), t.end()), t.pos(), t.ner()));
      }
      tokens.add(ts);
    }
    LocalDate day = article.published() == null ? null : article.published().day();
    List<Mention> mentions = actors.resolve(clean, sentences, tokens, day);
    return new Analysis(article, sentences, mentions, List.of(), List.of(), warnings);
  }
}
