package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.ArticleExtractor;
import org.parley.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley extract}: pages in, one article per page out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract article text and metadata from HTML, scraped text, gzip and WARC inputs.",
        "Writes one article per page to stdout; progress and errors go to stderr.",
        "Exit code: 0 all read, 1 some inputs failed (each named on stderr), 2 bad usage."})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, text or markdown (default: ${DEFAULT-VALUE})")
  ArticleFormat format;

  @Option(names = "--threads", description = "worker threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "file (.html .htm .txt, optionally .gz), directory (recursive), .warc/.warc.gz, or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    PrintStream err = Console.err();
    PrintWriter out = Console.out();
    ArticleExtractor extractor = new ArticleExtractor();
    PagePipeline<Article> pipeline = new PagePipeline<>(Math.max(1, threads), extractor::extract, false);
    PagePipeline.Summary summary = pipeline.run(paths, "extract", err,
        article -> {
          out.println(format.render(article));
          return null;
        }, f -> { });
    out.flush();
    err.printf(Locale.ROOT, "extract: %d article%s, %d failed%s%n", summary.ok(), summary.ok() == 1 ? "" : "s",
        summary.failed(), summary.skippedNote());
    return summary.failed() > 0 ? 1 : 0;
  }
}
