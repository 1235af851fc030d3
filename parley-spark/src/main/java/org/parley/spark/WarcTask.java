package org.parley.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.ArticleAnalyzer;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.model.Analysis;
import org.parley.model.Article;
import org.parley.model.RawPage;
import org.parley.pipeline.Failure;
import org.parley.pipeline.PageAnalysis;
import org.parley.pipeline.Stage;
import org.parley.spark.PageOutcome.Analysed;
import org.parley.spark.PageOutcome.Fingerprint;
import org.parley.tables.Tables;
import org.parley.tables.ArticleRow;

/**
 * The first stage for one WARC file: every record read, extracted and analysed in turn, a bad one becoming a failure
 * row while the rest carry on. Used by the Spark tasks and, unchanged, by the in-process run they are checked against.
 */
final class WarcTask {
  /** One analyser per JVM: CoreNLP takes seconds and a gigabyte to load, and the analyser is thread-safe. */
  private static volatile @Nullable ArticleAnalyzer shared;

  private final InputReader reader;
  private final ArticleAnalyzer analyzer;
  private final PageAnalysis pages;

  WarcTask(long maxPageBytes, ArticleAnalyzer analyzer) {
    this.reader = new InputReader(maxPageBytes);
    this.analyzer = analyzer;
    this.pages = new PageAnalysis(new ArticleExtractor(), analyzer::analyze);
  }

  /** A task using this JVM's shared analyser, created on first use. */
  static WarcTask onThisJvm(long maxPageBytes) {
    ArticleAnalyzer a = shared;
    if (a == null) {
      synchronized (WarcTask.class) {
        a = shared;
        if (a == null) {
          a = new ArticleAnalyzer();
          shared = a;
        }
      }
    }
    return new WarcTask(maxPageBytes, a);
  }

  ArticleAnalyzer analyzer() {
    return analyzer;
  }

  /** Reads a local file by its path. */
  List<PageOutcome> run(int fileIndex, String path) {
    Collector c = new Collector(fileIndex);
    reader.reportingSkipped(c::skipped).read(path, c::page, c::failure);
    return c.out;
  }

  /**
   * Reads a WARC from a stream (a Hadoop file system's: HDFS, S3A…). The stream must hold a WARC file, gzipped or
   * not: anything else is one failure, as a local file with a WARC name would be.
   */
  List<PageOutcome> run(int fileIndex, String name, InputStream stream) throws IOException {
    Collector c = new Collector(fileIndex);
    BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
    in.mark(8);
    byte[] head = in.readNBytes(5);
    in.reset();
    boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    boolean warc = head.length == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    if (head.length == 0) {
      c.failure(new InputFailure(name, "empty file"));
    } else if (!gzip && !warc) {
      c.failure(new InputFailure(name + "#0", "not a WARC file: it starts with neither 'WARC/' nor a gzip header"));
    } else {
      reader.reportingSkipped(c::skipped).read(in, name, c::page, c::failure);
    }
    return c.out;
  }

  /** Whether a file name is one of a WARC file, gzipped or not. */
  static boolean isWarcName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  private final class Collector {
    final List<PageOutcome> out = new ArrayList<>();
    final long base;
    int seq;

    Collector(int fileIndex) {
      this.base = (long) fileIndex << 32;
    }

    void failure(InputFailure f) {
      out.add(PageOutcome.failed(base + seq++, new FailureRow(f.input(), Stage.READ.label(), f.reason())));
    }

    /** A record that holds no page (an image, a redirect): not an error, but not dropped unseen either. */
    void skipped(InputFailure f) {
      out.add(PageOutcome.failed(base + seq++, new FailureRow(f.input(), Stage.SKIP.label(), f.reason())));
    }

    void page(RawPage page) {
      long order = base + seq++;
      PageAnalysis.Result result = pages.analyze(page);
      if (result instanceof PageAnalysis.Failed f) {
        // A bug on one page must not cost the other pages of the file, nor fail the task four times.
        Failure failure = f.failure();
        out.add(PageOutcome.failed(order, new FailureRow(failure.input(), failure.stage().label(), failure.reason())));
        return;
      }
      Analysis analysis = ((PageAnalysis.Analysed) result).analysis();
      Article article = analysis.article();
      ArticleRow row = Tables.article(article);
      out.add(new PageOutcome(order, new Analysed(row, Tables.quotes(analysis), Tables.events(analysis),
          Fingerprint.of(order, row)), null));
    }
  }
}
