package org.parley.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Judges from the first bytes or characters whether content is binary, and whether text is HTML. */
final class ContentSniffer {
  private ContentSniffer() {}

  /** How much of the start is inspected: enough to judge, small enough to stay cheap on big pages. */
  static final int SAMPLE = 1 << 16;

  private static final Pattern TAG = Pattern.compile(
      "<(?:p|div|br|a\\s+href|span|table|tr|td|ul|ol|li|h[1-6]|meta|title|script|style|link|img|article"
          + "|section|header|footer|nav|form|input|iframe|main|strong|em|b|i)[\\s/>]",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONG = Pattern.compile(
      "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKUP_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|\\?xml|html|head|body|meta|title|div|p|table|article|section"
          + "|script|style|link)[\\s>/]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * The reason the bytes are not text, or null when they may be. Looks for well-known binary signatures
   * first, then at the share of NUL and other control bytes, which real text (in any ASCII-compatible or
   * single-byte charset) almost never holds.
   */
  static @Nullable String binaryReason(byte[] b) {
    String magic = signature(b);
    if (magic != null) {
      return "binary content (" + magic + "), not a text page";
    }
    int n = Math.min(b.length, SAMPLE);
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        nul++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        control++; // ESC is legitimate: ISO-2022-JP switches sets with it
      } else if (c == 0x7f) {
        control++;
      }
    }
    // one stray NUL in a big page is a scraping accident; a few per thousand is a binary file
    if (nul > 0 && nul * 1000L > n) {
      return String.format(Locale.ROOT, "binary content (%d NUL bytes in the first %d), not a text page", nul, n);
    }
    if (control * 100L > 3L * n) {
      return String.format(Locale.ROOT, "binary content (%.0f%% control bytes), not a text page",
          100.0 * control / n);
    }
    return null;
  }

  private static @Nullable String signature(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (starts(b, 0xff, 0xd8, 0xff)) {
      return "JPEG image";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return "PDF document";
    }
    if (starts(b, 'P', 'K', 3, 4)) {
      return "ZIP archive";
    }
    if (starts(b, 0x1f, 0x8b)) {
      return "gzip data that was not decompressed";
    }
    if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12) {
      return "RIFF media";
    }
    if (starts(b, 0x7f, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether decoded text is HTML. A declared {@code text/plain} must clearly be HTML (markup at the very
   * start and several tags); a declared HTML type needs just some markup (a server calling a text file
   * HTML is not rare); with nothing declared, either a document-level tag or markup at the start will do.
   */
  static boolean isHtml(String text, @Nullable String contentType) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    boolean strong = STRONG.matcher(head).find();
    boolean markupStart = MARKUP_START.matcher(head).find();
    int tags = count(TAG.matcher(head), 8);
    String base = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (base.equals("text/plain")) {
      return markupStart && (strong || tags >= 3);
    }
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return strong || markupStart || tags >= 1;
    }
    return strong || markupStart || tags >= 3;
  }

  private static int count(Matcher m, int max) {
    int n = 0;
    while (n < max && m.find()) {
      n++;
    }
    return n;
  }
}
