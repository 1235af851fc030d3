package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.export.ExportFormat;
import org.parley.store.export.Exporter;
import org.parley.store.export.ParquetCompression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley export}: the whole store, or a filtered part, as CSV, JSON lines or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export events, quotes or articles, oldest first, as CSV, JSON lines or Parquet.",
        "Events get GDELT-style CSV columns and PLOVER JSON fields. Records stream,",
        "so any store fits in memory. Columns and schemas: docs/export.md."})
final class ExportCommand implements Callable<Integer> {
  enum Kind { events, quotes, articles }

  @Parameters(index = "0", paramLabel = "WHAT", description = "events, quotes or articles")
  Kind kind;

  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl or parquet (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write here (default: stdout; parquet needs a file)")
  @Nullable Path out;

  @Option(names = "--compression", defaultValue = "snappy",
      description = "Parquet page compression: snappy, gzip or none (default: ${DEFAULT-VALUE})")
  String compression;

  @Option(names = "--source", description = "events: source actor code (RUS matches RUSGOV, RUSMIL…)")
  @Nullable String source;

  @Option(names = "--target", description = "events: target actor code")
  @Nullable String target;

  @Option(names = "--type", completionCandidates = EventTypes.class,
      description = "events: PLOVER type, in any case: ${COMPLETION-CANDIDATES}")
  @Nullable String type;

  @Option(names = "--speaker", description = "quotes: a name or an actor code")
  @Nullable String speaker;

  @Option(names = "--about", description = "quotes: words the quote should contain")
  @Nullable String about;

  @Option(names = "--site", description = "articles: the site")
  @Nullable String site;

  @Option(names = "--text", description = "events: words in the evidence sentence; articles: words in the text")
  @Nullable String text;

  @Option(names = "--from", description = "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
  @Nullable String from;

  @Option(names = "--to", description = "on or before")
  @Nullable String to;

  @Override
  public Integer call() {
    PrintStream err = Console.err();
    ExportFormat fmt;
    ParquetCompression comp;
    @Nullable LocalDate fromDay;
    @Nullable LocalDate toDay;
    try {
      fmt = ExportFormat.parse(format);
      comp = ParquetCompression.parse(compression);
      fromDay = StoreOptions.parseDate(from, false, "--from");
      toDay = StoreOptions.parseDate(to, true, "--to");
      checkFilters();
      type = EventTypes.check(type);
      if (fmt == ExportFormat.PARQUET && out == null) {
        throw new IllegalArgumentException("--format parquet needs --out FILE (Parquet is not written to a terminal)");
      }
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return 2;
    }
    Path tmp = null;
    try (ParleyStore s = ParleyStore.openReadOnly(data); StoreReader r = s.reader()) {
      long n;
      if (out == null) {
        OutputStream stdout = new BufferedOutputStream(Console.outBytes(), 1 << 16);
        n = export(Exporter.of(fmt, comp), r, stdout, fromDay, toDay);
        stdout.flush();
      } else {
        // Written beside the target and moved into place at the end: a failed export never leaves half a file.
        Path target = out.toAbsolutePath();
        // (Not Files.createTempFile: its owner-only permissions would stay on the finished file.)
        tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE), 1 << 16)) {
          n = export(Exporter.of(fmt, comp), r, o, fromDay, toDay);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
      err.println("parley: exported " + n + " " + (n == 1 ? kind.name().replaceAll("s$", "") : kind.name())
          + (out == null ? "" : " to " + out));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return 2;
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return 1;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("parley: cannot write " + out + ": its directory does not exist");
      return 1;
    } catch (IOException e) {
      err.println("parley: cannot write " + (out == null ? "to stdout" : out) + ": " + e.getMessage());
      return 1;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The export already failed and said so; a leftover .part file is all that remains.
        }
      }
    }
  }

  private long export(Exporter x, StoreReader r, OutputStream o, @Nullable LocalDate fromDay,
                      @Nullable LocalDate toDay) throws StoreException, IOException {
    // The query limit is a page size for searches; exports stream everything that matches.
    int any = Queries.MAX_LIMIT;
    return switch (kind) {
      case events -> x.events(r, new Queries.EventQuery(source, target, type, fromDay, toDay, text, any), o);
      case quotes -> x.quotes(r, new Queries.QuoteQuery(speaker, about, fromDay, toDay, any), o);
      case articles -> x.articles(r, new Queries.ArticleQuery(text, site, fromDay, toDay, any), o);
    };
  }

  /** Refuses a filter that does not apply to the kind exported, rather than silently exporting everything. */
  private void checkFilters() {
    List<String> wrong = new ArrayList<>();
    if (kind != Kind.events) {
      addIf(wrong, source, "--source");
      addIf(wrong, target, "--target");
      addIf(wrong, type, "--type");
    }
    if (kind != Kind.quotes) {
      addIf(wrong, speaker, "--speaker");
      addIf(wrong, about, "--about");
    }
    if (kind != Kind.articles) {
      addIf(wrong, site, "--site");
    }
    if (kind == Kind.quotes) {
      addIf(wrong, text, "--text");
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", wrong) + " cannot filter " + kind
          + " (see 'parley export --help')");
    }
  }

  private static void addIf(List<String> wrong, @Nullable String value, String option) {
    if (value != null) {
      wrong.add(option);
    }
  }
}
