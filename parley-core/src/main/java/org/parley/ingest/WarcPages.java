package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.RawPage;

/**
 * Streams the HTML pages out of a WARC file, one record at a time.
 *
 * <p>Pages are {@code response} records whose HTTP status is 2xx and whose payload is {@code text/html} or
 * {@code application/xhtml+xml} (and {@code resource} records of those types). Requests, metadata and revisits
 * are not pages and are passed over; redirects, error pages and non-HTML payloads are not pages either, and each is
 * told to the {@code skipped} consumer with its reason. A record that cannot
 * be parsed yields one failure {@code file#offset}. When the WARC itself breaks (bad record header, corrupt gzip
 * member, cut off mid-record), a file is searched for the next record that parses ({@link NextRecordFinder}) and
 * reading goes on there; the failure names the broken record's offset and how far reading skipped. A stream
 * (stdin) cannot be searched, so there reading stops at the break.
 */
final class WarcPages {
  private final long maxPageBytes;
  private final Consumer<InputFailure> skipped;
  /** Told the file offset of each record as it is read, for progress. */
  private final java.util.function.LongConsumer position;

  WarcPages(long maxPageBytes, Consumer<InputFailure> skipped, java.util.function.LongConsumer position) {
    this.maxPageBytes = maxPageBytes;
    this.skipped = skipped;
    this.position = position;
  }

  void read(Path file, String name, Consumer<RawPage> pages, Consumer<InputFailure> failures) throws IOException {
    long size = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      boolean gzip = NextRecordFinder.isGzip(ch);
      Break broken;
      try {
        broken = readAll(new WarcReader(ch), name, size, pages, failures);
      } catch (EOFException e) {
        // the constructor found a single stray byte: not even one record header
        failures.accept(new InputFailure(name + "#0", "not a WARC file: " + InputReader.describe(e)));
        return;
      }
      while (broken != null) {
        long resume = nextGoodRecord(file, ch, broken.offset() + 1, gzip);
        if (!broken.reported()) {
          failures.accept(new InputFailure(name + "#" + broken.offset(), resume < 0 ? broken.reason()
              + "; records after this point were not read"
              : broken.reason() + "; skipped " + (resume - broken.offset()) + " bytes to the next record at offset "
              + resume));
        }
        if (resume < 0) {
          return;
        }
        try (FileChannel again = FileChannel.open(file, StandardOpenOption.READ)) {
          again.position(resume);
          broken = readAll(new WarcReader(again), name, size, pages, failures);
        }
      }
    }
  }

  /**
   * The offset of the first record at or after {@code from} whose header parses, or -1. A candidate that does not
   * parse was a chance match inside the broken record, so the search goes on after it.
   */
  private static long nextGoodRecord(Path file, FileChannel ch, long from, boolean gzip) throws IOException {
    for (long at = NextRecordFinder.find(ch, from, gzip); at >= 0; at = NextRecordFinder.find(ch, at + 1, gzip)) {
      try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ)) {
        probe.position(at);
        if (new WarcReader(probe).next().isPresent()) {
          return at;
        }
      } catch (IOException | RuntimeException e) {
        // not a record: look further
      }
    }
    return -1;
  }

  void read(InputStream in, String name, Consumer<RawPage> pages, Consumer<InputFailure> failures)
      throws IOException {
    // closing the reader would close the caller's stream (stdin): let it be, the caller owns it
    WarcReader reader = new WarcReader(in);
    Break broken = readAll(reader, name, -1, pages, failures);
    // a stream cannot be searched backwards or re-read, so reading stops at the first broken record
    if (broken != null && !broken.reported()) {
      failures.accept(new InputFailure(name + "#" + broken.offset(),
          broken.reason() + "; records after this point were not read"));
    }
  }

  /**
   * Where reading broke off: the offset of the record that could not be read, why, and whether that record's
   * failure was already told (then only the outcome of the search for the next record is left to tell).
   */
  private record Break(long offset, String reason, boolean reported) {}

  /**
   * Reads record after record.
   *
   * @param fileSize the size of an uncompressed-or-not WARC file, or -1 for a stream: jwarc skips the body of
   *     a record by seeking, which past the end of a file is no error, so a cut there shows only as a last
   *     record that claims to end beyond the file
   */
  private @Nullable Break readAll(WarcReader reader, String name, long fileSize, Consumer<RawPage> pages,
                                  Consumer<InputFailure> failures) {
    long reported = -1;
    long last = -1;
    // a record whose body ends early is either cut off with the whole WARC, or has a broken payload
    // encoding; the next read tells which, so its failure waits until then
    EOFException shortBody = null;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        // position() still names the record being read when it broke
        long at = reader.position();
        if (shortBody != null && last == at) {
          return new Break(at, brokenRecord(shortBody), false);
        }
        reportShort(shortBody, name, last, failures);
        return new Break(at, brokenRecord(e), at == reported);
      }
      if (next.isEmpty()) {
        boolean cut = fileSize >= 0 && last >= 0 && reader.position() > fileSize;
        if (shortBody != null || cut && last != reported) {
          EOFException e = shortBody != null ? shortBody
              : new EOFException("the file ends " + (reader.position() - fileSize) + " bytes early");
          failures.accept(new InputFailure(name + "#" + last,
              brokenRecord(e) + "; records after this point were not read"));
        }
        return null;
      }
      reportShort(shortBody, name, last, failures);
      shortBody = null;
      long offset = reader.position();
      last = offset;
      position.accept(offset);
      try {
        RawPage page = pageOf(next.get(), name + "#" + offset);
        if (page != null) {
          pages.accept(page);
        }
      } catch (PageTooLarge e) {
        failures.accept(new InputFailure(name + "#" + offset, Bytes.tooLarge(maxPageBytes)));
      } catch (EOFException e) {
        shortBody = e;
      } catch (IOException | RuntimeException e) {
        // if the WARC itself is cut here, the next read fails at this same offset and stays quiet
        failures.accept(new InputFailure(name + "#" + offset, "unreadable record: " + message(e)));
        reported = offset;
      }
    }
  }

  private static void reportShort(@Nullable EOFException e, String name, long at, Consumer<InputFailure> failures) {
    if (e != null) {
      failures.accept(new InputFailure(name + "#" + at, "record payload ends early (" + message(e) + ")"));
    }
  }

  private @Nullable RawPage pageOf(WarcRecord rec, String origin) throws IOException {
    if (rec instanceof WarcResponse resp) {
      MediaType block = rec.contentType();
      if (!block.type().equals("application") || !block.subtype().equals("http")) {
        return null; // dns:, gemini: and other non-HTTP responses are not web pages
      }
      HttpResponse http = resp.http();
      if (http.status() < 200 || http.status() > 299) {
        skipped.accept(new InputFailure(origin, "HTTP status " + http.status() + ", not a page"));
        return null;
      }
      String type = http.headers().first("Content-Type").orElse(null);
      if (!isHtml(type)) {
        skipped.accept(new InputFailure(origin, notHtml(type)));
        return null;
      }
      byte[] body = capped(http.bodyDecoded().stream());
      return body.length == 0 ? null : new RawPage(uri(resp), body, type, resp.date(), origin);
    }
    if (rec instanceof WarcResource res) {
      String type = rec.headers().first("Content-Type").orElse(null);
      if (!isHtml(type)) {
        skipped.accept(new InputFailure(origin, notHtml(type)));
        return null;
      }
      byte[] body = capped(rec.body().stream());
      return body.length == 0 ? null : new RawPage(uri(res), body, type, date(rec), origin);
    }
    return null;
  }

  private byte[] capped(InputStream in) throws IOException {
    byte[] body = Bytes.readCapped(in, maxPageBytes);
    if (body == null) {
      throw new PageTooLarge();
    }
    return body;
  }

  private static String notHtml(@Nullable String contentType) {
    return "not an HTML page (" + (contentType == null ? "no content type"
        : contentType.split(";", 2)[0].strip()) + ")";
  }

  static boolean isHtml(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static @Nullable URI uri(WarcResponse r) {
    try {
      return r.targetURI();
    } catch (RuntimeException e) {
      return null; // an unparsable target URI does not make the page unreadable
    }
  }

  private static @Nullable URI uri(WarcResource r) {
    try {
      return r.targetURI();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable Instant date(WarcRecord r) {
    try {
      return r.date();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String brokenRecord(Exception e) {
    if (e instanceof EOFException) {
      return "WARC cut off mid-record (" + message(e) + ")";
    }
    if (e instanceof ParsingException) {
      return "invalid WARC record: " + message(e);
    }
    return "cannot read WARC record: " + message(e);
  }

  private static String message(Exception e) {
    String m = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Raised inside one record so the loop can report the cap and go on with the next record. */
  private static final class PageTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    PageTooLarge() {
      super("page too large");
    }
  }
}
