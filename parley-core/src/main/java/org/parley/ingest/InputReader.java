package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.RawPage;

/** Reads inputs into raw pages. FIRST VERSION; the ingest work hardens it (limits, truncation, charsets). */
public final class InputReader {
  /** The name by which standard input is given on the command line. */
  public static final String STDIN = "-";

  /** Expands directories (recursively, sorted) into the files Parley reads; other inputs pass through. */
  public List<String> expand(List<String> inputs, Consumer<InputFailure> failures) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals(STDIN)) {
        out.add(in);
        continue;
      }
      Path p = Path.of(in);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(InputReader::isReadable).sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          failures.accept(new InputFailure(in, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(in);
      } else {
        failures.accept(new InputFailure(in, "no such file or directory"));
      }
    }
    return out;
  }

  static boolean isReadable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".warc");
  }

  /** Reads one input (file or stdin), handing each page to {@code pages} and each problem to {@code failures}. */
  public void read(String input, Consumer<RawPage> pages, Consumer<InputFailure> failures) {
    String lower = input.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        readWarc(Path.of(input), pages, failures);
      } else if (input.equals(STDIN)) {
        pages.accept(RawPage.of(System.in.readAllBytes(), "<stdin>"));
      } else {
        try (InputStream in = open(Path.of(input))) {
          pages.accept(new RawPage(null, in.readAllBytes(),
              lower.endsWith(".txt") || lower.endsWith(".txt.gz") ? "text/plain" : null, null, input));
        }
      }
    } catch (IOException e) {
      failures.accept(new InputFailure(input, e.getMessage() == null ? e.toString() : e.getMessage()));
    }
  }

  private static InputStream open(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    return p.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  private static void readWarc(Path p, Consumer<RawPage> pages, Consumer<InputFailure> failures) throws IOException {
    try (WarcReader reader = new WarcReader(p)) {
      for (WarcRecord rec : reader) {
        if (rec instanceof WarcResponse resp) {
          MediaType type = resp.http().contentType();
          if (!type.base().equals(MediaType.HTML) && !type.base().toString().equals("application/xhtml+xml")) {
            continue;
          }
          byte[] body = resp.http().body().stream().readAllBytes();
          pages.accept(new RawPage(resp.targetURI(), body, type.toString(), resp.date(),
              p + "#" + reader.position()));
        }
      }
    }
  }
}
