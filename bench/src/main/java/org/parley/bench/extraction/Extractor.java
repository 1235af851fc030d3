package org.parley.bench.extraction;

import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parley.extract.content.MainContentExtractor;

/** A system under test: turns raw HTML into article-body text (parse included, so timings compare). */
interface Extractor {
  String name();

  String extract(BenchPage page) throws Exception;

  static List<Extractor> all() {
    return List.of(parley(), readability4j(), boilerpipe());
  }

  static Extractor parley() {
    MainContentExtractor content = new MainContentExtractor();
    return new Extractor() {
      @Override
      public String name() {
        return "parley";
      }

      @Override
      public String extract(BenchPage page) {
        Document doc = Jsoup.parse(page.html(), page.url());
        return String.join("\n", content.extract(doc));
      }
    };
  }

  static Extractor readability4j() {
    return new Extractor() {
      @Override
      public String name() {
        return "readability4j";
      }

      @Override
      public String extract(BenchPage page) {
        String text = new Readability4J(page.url(), page.html()).parse().getTextContent();
        return text == null ? "" : text;
      }
    };
  }

  static Extractor boilerpipe() {
    return new Extractor() {
      @Override
      public String name() {
        return "boilerpipe";
      }

      @Override
      public String extract(BenchPage page) throws Exception {
        String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(page.html());
        return text == null ? "" : text;
      }
    };
  }
}
