package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.InputFailure;
import org.parley.model.Analysis;
import org.parley.pipeline.OrderedWorkers;
import org.parley.pipeline.PageAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley analyze}: pages (or clean-text records) in, sentences, actors, quotes and events out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Find actors, quotes with their speakers, and political events in articles.",
        "Inputs as for 'extract', or JSON lines {\"id\",\"text\",\"date\"?,\"title\"?,\"url\"?} with --input-format jsonl.",
        "Writes one JSON object per document to stdout (offsets are UTF-16 code units)."})
final class AnalyzeCommand implements Callable<Integer> {
  enum InputFormat { pages, jsonl }

  @Option(names = "--input-format", defaultValue = "pages", description = "pages (HTML, text, WARC…) or jsonl (default: ${DEFAULT-VALUE})")
  InputFormat inputFormat;

  @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (default)")
  String format;

  @Option(names = "--threads", description = "worker threads, one CoreNLP pipeline each (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "inputs, or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    if (!format.equals("jsonl")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--format must be jsonl");
    }
    PrintStream err = Console.err();
    PrintWriter out = Console.out();
    ObjectMapper mapper = TerminalSafeEscapes.apply(new ObjectMapper());
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    String skippedNote = "";
    java.util.function.Function<Analysis, InputFailure> sink = an -> {
      try {
        out.println(mapper.writeValueAsString(AnalysisJson.toJson(mapper, an)));
      } catch (JsonProcessingException e) {
        return new InputFailure(an.article().origin(), "cannot serialise: " + e.getMessage());
      }
      return null;
    };
    if (inputFormat == InputFormat.jsonl) {
      java.util.function.Consumer<InputFailure> onFailure = f -> {
        failed.incrementAndGet();
        err.println("parley analyze: " + f);
      };
      Progress progress = new Progress("analyze", -1, err, Integer.MAX_VALUE);
      try (OrderedWorkers<Analysis> workers = new OrderedWorkers<>(Math.max(1, threads), "analyze", o -> {
        if (o.failure() != null) {
          onFailure.accept(o.failure());
        } else {
          InputFailure f = sink.apply(o.value());
          if (f != null) {
            onFailure.accept(f);
          } else {
            ok.incrementAndGet();
          }
        }
        progress.step();
      })) {
        JsonlArticles reader = new JsonlArticles();
        for (String p : paths) {
          reader.read(p, a -> workers.submit(a.origin(), () -> analyzer.analyze(a)), onFailure);
        }
        workers.finish();
      }
    } else {
      PageAnalysis pages = new PageAnalysis(new ArticleExtractor(), analyzer::analyze);
      PagePipeline<PageAnalysis.Result> pipeline = new PagePipeline<>(Math.max(1, threads), pages::analyze, true);
      PagePipeline.Summary s = pipeline.run(paths, "analyze", err, result -> {
        if (result instanceof PageAnalysis.Failed f) {
          return new InputFailure(f.failure().input(), f.failure().reason());
        }
        return sink.apply(((PageAnalysis.Analysed) result).analysis());
      }, f -> { });
      ok.addAndGet(s.ok());
      failed.addAndGet(s.failed());
      skippedNote = s.skippedNote();
    }
    out.flush();
    err.printf(Locale.ROOT, "analyze: %s, %d failed%s%n", IngestCommand.counted(ok.get(), "document"), failed.get(),
        skippedNote);
    return failed.get() > 0 ? 1 : 0;
  }
}
