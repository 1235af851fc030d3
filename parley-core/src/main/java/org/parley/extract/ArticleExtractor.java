package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.extract.content.MainContentExtractor;
import org.parley.extract.meta.MetadataExtractor;
import org.parley.extract.meta.PageMetadata;
import org.parley.extract.text.ScrapedText;
import org.parley.extract.text.ScrapedTextExtractor;
import org.parley.ingest.DecodedPage;
import org.parley.ingest.PageDecoder;
import org.parley.ingest.UnreadablePageException;
import org.parley.model.Article;
import org.parley.model.RawPage;

/**
 * Turns a raw page into an article: decodes it, then reads body and metadata from HTML or from scraped text.
 * Thread-safe; one instance serves a whole run.
 */
public final class ArticleExtractor {
  private final MainContentExtractor content = new MainContentExtractor();
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final ScrapedTextExtractor scraped = new ScrapedTextExtractor();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final PageLimits limits;
  private final java.util.function.LongSupplier nanoTime;

  public ArticleExtractor() {
    this(PageLimits.DEFAULT);
  }

  public ArticleExtractor(PageLimits limits) {
    this(limits, System::nanoTime);
  }

  ArticleExtractor(PageLimits limits, java.util.function.LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /**
   * Extracts the article; doubts become warnings on the result.
   *
   * @throws UnreadablePageException when the page is empty, not text at all, over its {@link PageLimits}, or holds
   *     no article body
   */
  public Article extract(RawPage page) throws UnreadablePageException {
    MarkupBudget budget = new MarkupBudget(limits, nanoTime, page.origin());
    DecodedPage decoded = PageDecoder.decode(page);
    budget.checkTime("decoding");
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String url = page.url() == null ? null : page.url().toString();
    Article article;
    if (decoded.html()) {
      budget.checkElements(decoded.text());
      Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url,
          Parser.htmlParser().setMaxDepth(limits.maxDepth()));
      budget.checkTime("parsing");
      PageMetadata meta = metadata.extract(doc, url);
      warnings.addAll(meta.warnings());
      budget.checkTime("reading metadata");
      List<String> paragraphs = content.extract(doc);
      budget.checkTime("finding the article body");
      String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
      String text = String.join("\n\n", paragraphs);
      String language = languages.identify(text).orElse(meta.declaredLanguage());
      String site = meta.siteName() != null ? meta.siteName() : Sites.hostOf(canonical);
      article = new Article(ArticleIds.of(page.origin(), canonical, text), page.origin(), canonical, site,
          meta.title(), meta.standfirst(), meta.published(), meta.authors(), language, paragraphs, warnings);
    } else {
      ScrapedText st = scraped.extract(decoded.text());
      budget.checkTime("reading scraped text");
      warnings.addAll(st.warnings());
      String text = String.join("\n\n", st.paragraphs());
      article = new Article(ArticleIds.of(page.origin(), url, text), page.origin(), url, Sites.hostOf(url),
          st.title(), st.standfirst(), st.published(), st.authors(), languages.identify(text).orElse(null),
          st.paragraphs(), warnings);
    }
    if (article.paragraphs().isEmpty()) {
      // an article without text is no evidence: extract, analyze and ingest all refuse it the same way
      throw new UnreadablePageException(page.origin(), "no article body found"
          + (article.title() == null ? "" : " (title: " + shorten(article.title()) + ")"));
    }
    return FieldCaps.apply(article);
  }

  private static String shorten(String title) {
    return title.length() <= 80 ? title : title.substring(0, 79) + "…";
  }
}
