package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.RawPage;

/**
 * Decodes a page's bytes to text, weighing the evidence for its charset in this order:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16, UTF-32), which nothing overrides;
 *   <li>the {@code charset} of the declared content type ({@link RawPage#contentType()}, from HTTP or WARC);
 *   <li>a {@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or XML declaration in the first
 *       {@value #META_WINDOW} bytes;
 *   <li>the fallback: UTF-8 when the bytes are valid UTF-8, else a non-Latin charset detected from the bytes
 *       ({@link CharsetGuesser}), else windows-1252, each with a "charset guessed" warning.
 * </ol>
 *
 * <p>A declared charset is only believed when the bytes decode cleanly in it; otherwise the next evidence is
 * tried and a warning names the charset that failed. Unknown charset names are skipped the same way. As
 * browsers do, labels of subsets map to their supersets ({@code ISO-8859-1} and {@code US-ASCII} decode as
 * windows-1252, {@code Shift_JIS} as windows-31j, {@code GB2312} as GBK). A legacy declaration over bytes
 * that are valid, non-ASCII UTF-8 is overruled in favour of UTF-8 with a warning, since such bytes are
 * almost never accidental. A declared Latin-1 (windows-1252) is overruled the same way when the bytes clearly read as
 * another script, since servers and templates declare it by default. Thread-safe.
 */
public final class PageDecoder {
  private PageDecoder() {}

  /** How far into the page {@code <meta>} charset declarations are looked for. */
  static final int META_WINDOW = 16 * 1024;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9][A-Za-z0-9_:.+-]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9][A-Za-z0-9_:.+-]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      ";\\s*charset\\s*=\\s*[\"']?\\s*([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decodes the page with the best evidence available.
   *
   * @throws UnreadablePageException when the bytes are empty, blank or not text
   */
  public static DecodedPage decode(RawPage page) throws UnreadablePageException {
    byte[] b = page.body();
    if (b.length == 0) {
      throw new UnreadablePageException(page.origin(), "empty input");
    }
    List<String> warnings = new ArrayList<>();
    Decoded d = decodeBytes(b, page, warnings);
    String text = d.text;
    if (text.isBlank()) {
      throw new UnreadablePageException(page.origin(), "empty input (only whitespace)");
    }
    if (text.indexOf('\uFFFD') >= 0 && !d.lenient) {
      warnings.add("text holds replacement characters (U+FFFD) in the source");
    }
    return new DecodedPage(text, d.charset, d.source, ContentSniffer.isHtml(text, page.contentType()), warnings);
  }

  private record Decoded(String text, Charset charset, String source, boolean lenient) {}

  private static Decoded decodeBytes(byte[] b, RawPage page, List<String> warnings) throws UnreadablePageException {
    Bom bom = Bom.of(b);
    if (bom != null) {
      return new Decoded(lenient(b, bom.length, bom.charset, warnings), bom.charset, "bom", false);
    }
    Charset wide = utf16WithoutBom(b);
    if (wide != null) {
      warnings.add("charset guessed: " + wide.name() + " (no byte order mark)");
      return new Decoded(lenient(b, 0, wide, warnings), wide, "fallback", false);
    }
    String header = headerCharset(page.contentType());
    Charset declared = header == null ? null : charsetFor(header);
    if (declared != null && isWide(declared)) {
      // UTF-16 text is full of NUL and control bytes by nature, so the binary test would misjudge it
      return new Decoded(lenient(b, 0, declared, warnings), declared, "header", false);
    }
    String binary = ContentSniffer.binaryReason(b);
    if (binary != null) {
      throw new UnreadablePageException(page.origin(), binary);
    }
    if (header != null) {
      Decoded d = tryDeclared(b, header, "header", warnings);
      if (d != null) {
        return d;
      }
    }
    String meta = metaCharset(b);
    if (meta != null && (header == null || !sameCharset(meta, header))) {
      Decoded d = tryDeclared(b, meta, "meta", warnings);
      if (d != null) {
        return d;
      }
    }
    String utf8 = strict(b, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(stripBom(utf8), StandardCharsets.UTF_8, "utf-8", false);
    }
    CharsetGuesser.Guess guess = CharsetGuesser.undeclared(b);
    if (guess != null) {
      String text = strict(b, guess.charset());
      if (text != null) {
        warnings.add("charset guessed: " + guess.charset().name() + " (no usable declaration; detected from the "
            + "bytes: " + guess.describe() + ")");
        return new Decoded(text, guess.charset(), "fallback", false);
      }
    }
    warnings.add("charset guessed: windows-1252 (no usable declaration and the bytes are not UTF-8)");
    String cp = strict(b, WINDOWS_1252);
    if (cp != null) {
      return new Decoded(cp, WINDOWS_1252, "fallback", false);
    }
    warnings.add("some bytes are undefined in windows-1252 and were replaced");
    return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252, "fallback", true);
  }

  /** Decodes with a declared charset when it fits the bytes; otherwise warns and returns null. */
  private static @Nullable Decoded tryDeclared(byte[] b, String label, String source, List<String> warnings) {
    Charset cs = charsetFor(label);
    if (cs == null) {
      warnings.add("unknown charset '" + label + "' declared in " + source + "; ignored");
      return null;
    }
    if (isWide(cs)) {
      if (source.equals("meta")) {
        // found by reading the bytes as ASCII, so they cannot really be UTF-16 (HTML spec says: UTF-8)
        cs = StandardCharsets.UTF_8;
      } else {
        return new Decoded(lenient(b, 0, cs, warnings), cs, source, false);
      }
    }
    String text = strict(b, cs);
    if (text == null) {
      warnings.add("declared charset " + cs.name() + " (" + source + ") does not fit the bytes; ignored");
      return null;
    }
    if (!cs.equals(StandardCharsets.UTF_8) && isRichUtf8(b)) {
      String utf8 = strict(b, StandardCharsets.UTF_8);
      if (utf8 != null) {
        warnings.add("declared charset " + cs.name() + " (" + source + ") overruled: the bytes are valid UTF-8");
        return new Decoded(stripBom(utf8), StandardCharsets.UTF_8, "utf-8", false);
      }
    }
    if (cs.equals(WINDOWS_1252)) {
      // the most common false declaration: a server's or a template's default over a page in another script
      CharsetGuesser.Guess guess = CharsetGuesser.overruling(b);
      String other = guess == null ? null : strict(b, guess.charset());
      if (other != null) {
        warnings.add("declared charset " + label.strip() + " (" + source + ") overruled: the bytes read as "
            + guess.describe());
        return new Decoded(stripBom(other), guess.charset(), "fallback", false);
      }
    }
    return new Decoded(stripBom(text), cs, source, false);
  }

  static @Nullable String headerCharset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  static @Nullable String metaCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, META_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher x = XML_ENCODING.matcher(head);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    return x.find() ? x.group(1) : null;
  }

  /** The charset for a label, mapped to the superset browsers use; null when Java knows no such charset. */
  static @Nullable Charset charsetFor(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    String name = switch (l) {
      case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819" ->
          "windows-1252";
      case "utf8", "unicode-1-1-utf-8" -> "UTF-8";
      case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji" -> "windows-31j";
      case "gb2312", "gb_2312-80", "x-gbk", "chinese" -> "GBK";
      case "euc-kr", "ks_c_5601-1987", "korean" -> "x-windows-949";
      case "tis-620", "iso-8859-11" -> "x-windows-874";
      case "iso-8859-9", "latin5" -> "windows-1254";
      default -> label.strip();
    };
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null; // illegal charset name
    }
  }

  private static boolean sameCharset(String a, String b) {
    Charset x = charsetFor(a);
    return x != null && x.equals(charsetFor(b));
  }

  private static boolean isWide(Charset cs) {
    return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
  }

  /** Strict decoding: null when any byte sequence is malformed or unmappable. */
  static @Nullable String strict(byte[] b, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] b, int skip, Charset cs, List<String> warnings) {
    String strict = strict(java.util.Arrays.copyOfRange(b, skip, b.length), cs);
    if (strict != null) {
      return strict;
    }
    warnings.add("some bytes are invalid in " + cs.name() + " and were replaced");
    return new String(b, skip, b.length - skip, cs);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Whether the bytes hold at least two well-formed multi-byte UTF-8 sequences. */
  private static boolean isRichUtf8(byte[] b) {
    int found = 0;
    for (int i = 0; i < b.length && found < 2; i++) {
      int c = b[i] & 0xff;
      int extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : 0) : c >= 0xc2 && c <= 0xdf ? 1 : 0;
      if (extra == 0) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= extra; k++) {
        if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        found++;
        i += extra;
      }
    }
    return found >= 2;
  }

  /**
   * UTF-16 without a byte order mark shows as NUL bytes on one side of the pairs only: in every pair for Latin text,
   * in those of spaces, digits and markup for other scripts (Cyrillic is {@code 1E 04}, a space {@code 20 00}).
   * Single-byte text has no NUL bytes at all. Returns the byte order when the pattern holds and the bytes decode
   * in it to text with hardly any control characters, else null.
   */
  private static @Nullable Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, ContentSniffer.SAMPLE) & ~1;
    if (n < 16) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += b[i] == 0 ? 1 : 0;
      oddNul += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    Charset order = null;
    if (evenNul * 20 >= pairs && oddNul * 200 < pairs) {
      order = StandardCharsets.UTF_16BE;
    } else if (oddNul * 20 >= pairs && evenNul * 200 < pairs) {
      order = StandardCharsets.UTF_16LE;
    }
    if (order == null) {
      return null;
    }
    int last = order == StandardCharsets.UTF_16LE ? (b[n - 1] & 0xff) : (b[n - 2] & 0xff);
    if (last >= 0xd8 && last <= 0xdb) {
      n -= 2; // the sample ends between the halves of a surrogate pair
    }
    String sample = strict(java.util.Arrays.copyOf(b, n), order);
    return sample != null && controlShare(sample) * 100 < sample.length() ? order : null;
  }

  private static int controlShare(String s) {
    int controls = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7f && c <= 0x9f) {
        controls++;
      }
    }
    return controls;
  }

  /** A byte order mark and the charset it announces. */
  private record Bom(int length, Charset charset) {
    static @Nullable Bom of(byte[] b) {
      int b0 = b.length > 0 ? b[0] & 0xff : -1;
      int b1 = b.length > 1 ? b[1] & 0xff : -1;
      int b2 = b.length > 2 ? b[2] & 0xff : -1;
      int b3 = b.length > 3 ? b[3] & 0xff : -1;
      if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
        return new Bom(3, StandardCharsets.UTF_8);
      }
      if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
        return new Bom(4, Charset.forName("UTF-32LE"));
      }
      if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
        return new Bom(4, Charset.forName("UTF-32BE"));
      }
      if (b0 == 0xfe && b1 == 0xff) {
        return new Bom(2, StandardCharsets.UTF_16BE);
      }
      if (b0 == 0xff && b1 == 0xfe) {
        return new Bom(2, StandardCharsets.UTF_16LE);
      }
      return null;
    }
  }
}
