package org.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where the next WARC record may start after a broken one, so one bad record does not cost every later one.
 * In a gzipped WARC each record is its own gzip member (the WARC standard's recommendation, and what crawlers
 * write), so the next record starts at the next gzip member header. In an uncompressed WARC a record starts with a
 * {@code WARC/1.0} or {@code WARC/1.1} line. Either pattern may also occur by chance inside a record, so the caller
 * must check a candidate by parsing it.
 */
final class NextRecordFinder {
  private static final byte[] WARC_LINE = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int CHUNK = 1 << 16;

  private NextRecordFinder() {}

  /** Whether the file starts as a gzip stream does. */
  static boolean isGzip(FileChannel ch) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(2);
    ch.read(b, 0);
    return b.position() == 2 && (b.get(0) & 0xff) == 0x1f && (b.get(1) & 0xff) == 0x8b;
  }

  /** The offset of the first candidate record start at or after {@code from}, or -1 when there is none. */
  static long find(FileChannel ch, long from, boolean gzip) throws IOException {
    long size = ch.size();
    // chunks overlap by the pattern's length so a match across a chunk boundary is not missed
    int overlap = WARC_LINE.length + 1;
    ByteBuffer buf = ByteBuffer.allocate(CHUNK + overlap);
    for (long at = from; at < size; at += CHUNK) {
      buf.clear();
      // one byte before the chunk tells whether an uncompressed match starts a line
      long readFrom = Math.max(0, at - 1);
      while (buf.hasRemaining() && ch.read(buf, readFrom + buf.position()) > 0) {
        // fill the buffer or reach the end of the file
      }
      byte[] b = buf.array();
      int n = buf.position();
      int first = (int) (at - readFrom);
      int last = Math.min(n, first + CHUNK);
      for (int i = first; i < last; i++) {
        if (gzip ? isGzipMember(b, i, n) : isWarcLine(b, i, n, readFrom + i)) {
          return readFrom + i;
        }
      }
    }
    return -1;
  }

  /** A gzip member header: magic, deflate, and no reserved flag bits set. */
  private static boolean isGzipMember(byte[] b, int i, int n) {
    return i + 3 < n && (b[i] & 0xff) == 0x1f && (b[i + 1] & 0xff) == 0x8b && b[i + 2] == 8 && (b[i + 3] & 0xe0) == 0;
  }

  private static boolean isWarcLine(byte[] b, int i, int n, long offset) {
    if (offset > 0 && (i == 0 || b[i - 1] != '\n')) {
      return false;
    }
    if (i + WARC_LINE.length + 1 > n) {
      return false;
    }
    for (int k = 0; k < WARC_LINE.length; k++) {
      if (b[i + k] != WARC_LINE[k]) {
        return false;
      }
    }
    int minor = b[i + WARC_LINE.length];
    return minor == '0' || minor == '1';
  }
}
