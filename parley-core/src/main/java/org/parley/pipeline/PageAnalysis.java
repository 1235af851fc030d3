package org.parley.pipeline;

import java.util.Objects;
import java.util.function.Predicate;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.UnreadablePageException;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.RawPage;

/**
 * One raw page through extraction and analysis: an {@link Analysis}, or a {@link Failure} saying at which stage and
 * why. A bug or a page too large for memory costs only that page. The analyser is passed in (CoreNLP lives in
 * {@code parley-nlp}), so this class and its users outside the CLI need no NLP dependency. Thread-safe when the
 * analyser is.
 */
public final class PageAnalysis {
  /** The analysis step: {@code ArticleAnalyzer::analyze} in production. */
  @FunctionalInterface
  public interface Analyzer {
    Analysis analyze(Article article);
  }

  /** What became of one page. */
  public sealed interface Result permits Analysed, NotWanted, Failed {}

  /** The page's analysis. */
  public record Analysed(Analysis analysis) implements Result {}

  /** The page's article, which the caller did not want analysed (e.g. it is already stored). */
  public record NotWanted(Article article) implements Result {}

  /** The page failed. */
  public record Failed(Failure failure) implements Result {}

  private final ArticleExtractor extractor;
  private final Analyzer analyzer;

  public PageAnalysis(ArticleExtractor extractor, Analyzer analyzer) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Extracts and analyses the page. */
  public Result analyze(RawPage page) {
    return analyze(page, a -> true);
  }

  /** Extracts the page, and analyses its article only if {@code wanted} accepts it. */
  public Result analyze(RawPage page, Predicate<Article> wanted) {
    Article article;
    try {
      article = extractor.extract(page);
    } catch (UnreadablePageException e) {
      return failed(e.input(), Stage.EXTRACT, e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(page.origin(), Stage.EXTRACT, "extractor failed: " + e);
    } catch (OutOfMemoryError e) {
      return failed(page.origin(), Stage.EXTRACT, OUT_OF_MEMORY);
    }
    if (!wanted.test(article)) {
      return new NotWanted(article);
    }
    try {
      return new Analysed(analyzer.analyze(article));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(page.origin(), Stage.ANALYZE, "analyzer failed: " + e);
    } catch (OutOfMemoryError e) {
      return failed(page.origin(), Stage.ANALYZE, OUT_OF_MEMORY);
    }
  }

  private static final String OUT_OF_MEMORY = "out of memory while processing (page too large?)";

  private static Result failed(String input, Stage stage, String reason) {
    return new Failed(new Failure(input, stage, reason));
  }
}
