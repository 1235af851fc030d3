package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.parley.model.RawPage;

/**
 * Reads inputs into raw pages: files ({@code .html .htm .txt}, each optionally {@code .gz}), directories
 * (recursively), WARC files ({@code .warc}, {@code .warc.gz}) and standard input ({@code -}).
 *
 * <p>Every problem becomes exactly one {@link InputFailure} naming the input (a path, or {@code file#offset}
 * for a WARC record) and the run goes on with the rest. Reading streams: WARC files are read one record at
 * a time, and no page is ever held beyond {@link #maxPageBytes()} bytes.
 *
 * <p><b>Page size cap.</b> A page whose (decompressed) body exceeds the cap is <em>refused</em>, not
 * truncated: it yields one failure "page larger than the N MB limit" and no page. Cutting an HTML page at
 * an arbitrary byte would silently drop the end of the article (and can cut a multi-byte character), so a
 * clear refusal is the honest outcome; raise the cap with {@link #InputReader(long)} when needed.
 *
 * <p>Gzip is recognised by its magic bytes, whatever the file name, and a truncated or corrupt gzip stream
 * fails the whole input (nothing decoded from it is delivered). An empty file is a failure. Deciding
 * whether bytes are text at all is left to {@link PageDecoder}.
 */
public final class InputReader {
  /** The name by which standard input is given on the command line. */
  public static final String STDIN = "-";

  /** The default per-page cap: 50 MB. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 50L * 1024 * 1024;

  private final long maxPageBytes;
  private final Consumer<InputFailure> skipped;
  private final java.util.function.LongConsumer position;

  /** A reader with the default 50 MB page cap. */
  public InputReader() {
    this(DEFAULT_MAX_PAGE_BYTES);
  }

  /**
   * A reader with the given page cap.
   *
   * @param maxPageBytes the largest page body, in bytes, that is accepted (at least 1)
   */
  public InputReader(long maxPageBytes) {
    this(maxPageBytes, skip -> { }, at -> { });
  }

  private InputReader(long maxPageBytes, Consumer<InputFailure> skipped, java.util.function.LongConsumer position) {
    if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxPageBytes out of range: " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
    this.skipped = skipped;
    this.position = position;
  }

  /**
   * The same reader, telling {@code skipped} of every WARC record that holds a response but not a page: a non-HTML
   * payload (image, PDF, feed), or an HTTP status other than 2xx (redirect, error page). Such records are not
   * failures and are not delivered as pages; by default they pass unreported. Requests, metadata, revisits and
   * warcinfo records hold no response and are never reported.
   */
  public InputReader reportingSkipped(Consumer<InputFailure> skipped) {
    return new InputReader(maxPageBytes, java.util.Objects.requireNonNull(skipped, "skipped"), position);
  }

  /**
   * The same reader, telling {@code position} how far into a WARC file it has read (the file offset of each record,
   * compressed or not), so that progress over one large file can be shown against its size ({@link #totalBytes}).
   */
  public InputReader reportingPosition(java.util.function.LongConsumer position) {
    return new InputReader(maxPageBytes, skipped, java.util.Objects.requireNonNull(position, "position"));
  }

  /** The per-page cap in bytes. */
  public long maxPageBytes() {
    return maxPageBytes;
  }

  /**
   * Expands directories (recursively, sorted, skipping hidden entries) into the files Parley reads; other
   * inputs pass through. The size of the returned list is the number of inputs a progress display counts
   * down; {@link #totalBytes(List)} gives the matching byte total.
   */
  public List<String> expand(List<String> inputs, Consumer<InputFailure> failures) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals(STDIN)) {
        out.add(in);
        continue;
      }
      Path p = Path.of(in);
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try {
          Files.walkFileTree(p, new Collector(p, found, failures));
        } catch (IOException e) {
          failures.accept(new InputFailure(in, "cannot list directory: " + describe(e)));
        }
        found.stream().sorted().forEach(f -> out.add(f.toString()));
      } else if (Files.isRegularFile(p)) {
        out.add(in);
      } else {
        failures.accept(new InputFailure(in, Files.exists(p) ? "not a regular file" : "no such file or directory"));
      }
    }
    return out;
  }

  /**
   * The total size on disk of the given (expanded) inputs, for byte-based progress; standard input and
   * files that cannot be measured count as zero.
   */
  public long totalBytes(List<String> files) {
    long total = 0;
    for (String f : files) {
      if (f.equals(STDIN)) {
        continue;
      }
      try {
        total += Files.size(Path.of(f));
      } catch (IOException e) {
        // counted as zero: reading it will report the problem once
      }
    }
    return total;
  }

  /** Whether a file found inside a directory is one Parley reads, judging by its name. */
  static boolean isReadable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".warc");
  }

  static boolean isWarcName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * Reads one input (file or {@code -} for stdin), handing each page to {@code pages} and each problem to
   * {@code failures}. Never throws for bad input.
   */
  public void read(String input, Consumer<RawPage> pages, Consumer<InputFailure> failures) {
    if (input.equals(STDIN)) {
      read(System.in, "<stdin>", pages, failures);
      return;
    }
    Path p = Path.of(input);
    try {
      if (Files.size(p) == 0) {
        failures.accept(new InputFailure(input, "empty file"));
        return;
      }
      if (isWarcName(input)) {
        new WarcPages(maxPageBytes, skipped, position).read(p, input, pages, failures);
        return;
      }
    } catch (IOException e) {
      failures.accept(new InputFailure(input, describe(e)));
      return;
    }
    try (InputStream in = Files.newInputStream(p)) {
      readPage(in, input, plainTextName(input) ? "text/plain" : null, pages, failures);
    } catch (IOException e) {
      failures.accept(new InputFailure(input, describe(e)));
    }
  }

  /**
   * Reads a stream that holds one page or a WARC file (recognised by its first bytes, gzip or not), as
   * standard input does. The stream is not closed.
   *
   * @param name names the stream in origins and failures
   */
  public void read(InputStream stream, String name, Consumer<RawPage> pages, Consumer<InputFailure> failures) {
    try {
      BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
      if (looksLikeWarc(in)) {
        new WarcPages(maxPageBytes, skipped, at -> { }).read(in, name, pages, failures);
      } else {
        readPage(in, name, null, pages, failures);
      }
    } catch (IOException e) {
      failures.accept(new InputFailure(name, describe(e)));
    }
  }

  private static boolean plainTextName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".txt.gz");
  }

  private void readPage(InputStream raw, String origin, @Nullable String contentType, Consumer<RawPage> pages,
                        Consumer<InputFailure> failures) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
    boolean gzip = isGzip(in);
    InputStream body = gzip ? new GZIPInputStream(in, 1 << 16) : in;
    byte[] bytes;
    try {
      bytes = Bytes.readCapped(body, maxPageBytes);
    } catch (EOFException e) {
      failures.accept(new InputFailure(origin, gzip
          ? "truncated gzip stream (unexpected end of gzip stream); nothing from it was kept"
          : "unexpected end of input: " + describe(e)));
      return;
    } catch (ZipException e) {
      failures.accept(new InputFailure(origin, "corrupt gzip stream: " + describe(e)));
      return;
    }
    if (bytes == null) {
      failures.accept(new InputFailure(origin, Bytes.tooLarge(maxPageBytes)));
      return;
    }
    if (bytes.length == 0) {
      failures.accept(new InputFailure(origin, gzip ? "empty file (gzip holds no data)" : "empty input"));
      return;
    }
    pages.accept(new RawPage(null, bytes, contentType, null, origin));
  }

  static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** Peeks whether the stream starts with a WARC record header, looking inside gzip if needed. */
  static boolean looksLikeWarc(BufferedInputStream in) throws IOException {
    in.mark(1 << 15);
    try {
      InputStream probe = in;
      if (isGzip(in)) {
        // GZIPInputStream reads ahead of what it inflates; 512-byte reads stay well inside the mark
        probe = new GZIPInputStream(in, 512);
      }
      byte[] head = new byte[5];
      int n = probe.readNBytes(head, 0, 5);
      return n == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false; // not gzip after all, or cut short: the page path reports it properly
    } finally {
      in.reset();
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Collects readable files, reporting unreadable subdirectories without stopping the walk. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> found;
    private final Consumer<InputFailure> failures;

    Collector(Path root, List<Path> found, Consumer<InputFailure> failures) {
      this.root = root;
      this.found = found;
      this.failures = failures;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
      if (regular && !hidden(file) && isReadable(file)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      failures.accept(new InputFailure(file.toString(), "cannot read: " + describe(e)));
      return FileVisitResult.CONTINUE;
    }

    private static boolean hidden(Path p) {
      Path name = p.getFileName();
      return name != null && name.toString().startsWith(".");
    }
  }
}
