package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parley.model.RawPage;

class PageDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String CAFE = "<html><body><p>Caf\u00e9 cr\u00e8me \u2013 \u20ac3 at the \u201cold\u201d quay.</p></body></html>";

  private static DecodedPage decode(byte[] body, @Nullable String contentType) throws UnreadablePageException {
    return PageDecoder.decode(new RawPage(null, body, contentType, null, "page.html"));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void byteOrderMarkWinsOverEverythingAndIsStripped() throws Exception {
    byte[] body = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, CAFE.getBytes(StandardCharsets.UTF_8));
    DecodedPage d = decode(body, "text/html; charset=windows-1252");
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals("bom", d.charsetSource());
    assertEquals(CAFE, d.text());
  }

  @Test
  void decodesUtf16WithByteOrderMarksInBothOrders() throws Exception {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xff, (byte) 0xfe}
          : new byte[] {(byte) 0xfe, (byte) 0xff};
      DecodedPage d = decode(concat(bom, CAFE.getBytes(cs)), null);
      assertEquals(cs, d.charset());
      assertEquals(CAFE, d.text());
      assertTrue(d.html());
    }
  }

  @Test
  void recognisesUtf16WithoutByteOrderMarkInsteadOfCallingItBinary() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(StandardCharsets.UTF_16LE), null);
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
    assertEquals(CAFE, d.text());
  }

  @Test
  void headerDeclaredUtf16WithoutBomIsNotMistakenForBinary() throws Exception {
    String korean = "<p>\ud55c\uad6d \uc815\ubd80\ub294 \uc624\ub298 \ubc1c\ud45c\ud588\ub2e4.</p>".repeat(20);
    DecodedPage d = decode(korean.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16le");
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
    assertEquals(korean, d.text());
  }

  @Test
  void usesHeaderCharsetWhenItFits() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(CP1252), "text/html; charset=\"windows-1252\"");
    assertEquals(CP1252, d.charset());
    assertEquals("header", d.charsetSource());
    assertEquals(CAFE, d.text());
    assertTrue(d.warnings().isEmpty(), d.warnings().toString());
  }

  @Test
  void headerBeatsMetaWhenBothDecode() throws Exception {
    String page = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Caf\u00e9</p></body></html>";
    DecodedPage d = decode(page.getBytes(CP1252), "text/html;charset=windows-1252");
    assertEquals("header", d.charsetSource());
    assertTrue(d.text().contains("Caf\u00e9"));
  }

  @Test
  void readsMetaCharsetAndMapsLatin1ToWindows1252() throws Exception {
    String page = "<!DOCTYPE html><html><head><meta charset=ISO-8859-1><title>t</title></head>"
        + "<body><p>Caf\u00e9 \u2013 \u20ac3</p></body></html>";
    DecodedPage d = decode(page.getBytes(CP1252), null);
    assertEquals("meta", d.charsetSource());
    assertEquals(CP1252, d.charset());
    assertTrue(d.text().contains("Caf\u00e9 \u2013 \u20ac3"), d.text());
  }

  @Test
  void readsShiftJisFromMetaHttpEquiv() throws Exception {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
        + "</head><body><p>\u9996\u76f8\u306f\u4f1a\u898b\u3067\u8a9e\u3063\u305f\u3002</p></body></html>";
    DecodedPage d = decode(page.getBytes(Charset.forName("Shift_JIS")), "text/html");
    assertEquals("meta", d.charsetSource());
    assertEquals(Charset.forName("windows-31j"), d.charset());
    assertTrue(d.text().contains("\u9996\u76f8\u306f\u4f1a\u898b"), d.text());
  }

  @Test
  void fallsBackToWindows1252WhenDeclaredUtf8DoesNotFitAndNamesIt() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(CP1252), "text/html; charset=UTF-8");
    assertEquals(CP1252, d.charset());
    assertEquals("fallback", d.charsetSource());
    assertEquals(CAFE, d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("UTF-8") && w.contains("does not fit")),
        d.warnings().toString());
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("charset guessed")), d.warnings().toString());
  }

  @Test
  void wrongMetaIsIgnoredTheSameWay() throws Exception {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>";
    DecodedPage d = decode(page.getBytes(CP1252), null);
    assertEquals(CP1252, d.charset());
    assertTrue(d.text().contains("Caf\u00e9 cr\u00e8me"));
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("(meta)")), d.warnings().toString());
  }

  @Test
  void unknownCharsetNameFallsBackWithWarning() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such-charset");
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals("utf-8", d.charsetSource());
    assertEquals(CAFE, d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("unknown charset 'x-no-such-charset'")));
  }

  @Test
  void undeclaredValidUtf8IsReadAsUtf8WithoutWarning() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals(CAFE, d.text());
    assertTrue(d.warnings().isEmpty());
  }

  @Test
  void undeclaredLegacyBytesAreGuessedAsWindows1252() throws Exception {
    DecodedPage d = decode(CAFE.getBytes(CP1252), null);
    assertEquals(CP1252, d.charset());
    assertEquals(CAFE, d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("charset guessed")));
  }

  @Test
  void legacyDeclarationOverValidUtf8BytesIsOverruled() throws Exception {
    String page = "<p>Caf\u00e9 cr\u00e8me at the quay.</p>";
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1");
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals(page, d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("overruled")));
  }

  @Test
  void emptyAndBlankInputsAreUnreadable() {
    UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> decode(new byte[0], null));
    assertTrue(e.getMessage().contains("page.html") && e.getMessage().contains("empty"), e.getMessage());
    assertThrows(UnreadablePageException.class, () -> decode(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII), null));
  }

  @Test
  void randomBytesAreUnreadable() {
    byte[] junk = new byte[20_000];
    new Random(42).nextBytes(junk);
    UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> decode(junk, "text/html"));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void pngRenamedToHtmlIsUnreadable() {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
        "IHDR".getBytes(StandardCharsets.US_ASCII), new byte[64]);
    UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> decode(png, null));
    assertTrue(e.getMessage().contains("PNG"), e.getMessage());
  }

  @Test
  void controlCharacterSoupWithoutSignatureIsUnreadable() {
    byte[] b = new byte[4000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 7 == 0 ? 0x01 + i % 20 : 'a' + i % 26);
    }
    assertThrows(UnreadablePageException.class, () -> decode(b, null));
  }

  @Test
  void oneStrayNulInALongPageIsTolerated() throws Exception {
    String page = "<html><body>" + "<p>Ordinary words in an ordinary paragraph.</p>".repeat(100) + "</body></html>";
    byte[] b = page.getBytes(StandardCharsets.UTF_8);
    b[500] = 0;
    assertTrue(decode(b, null).html());
  }

  @Test
  void deeplyNestedAndUnclosedHtmlDecodesFine() throws Exception {
    String page = "<html><body>" + "<div>".repeat(100_000) + "<p>Still text" + "<b><i>".repeat(1000);
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_8), null);
    assertTrue(d.html());
    assertEquals(page, d.text());
  }

  @Test
  void tellsHtmlFromPlainText() throws Exception {
    assertTrue(decode("<!doctype html><title>x</title><p>y".getBytes(StandardCharsets.UTF_8), null).html());
    assertTrue(decode("  <div class=a><p>Short</p><p>x</p></div>".getBytes(StandardCharsets.UTF_8), null).html());
    assertFalse(decode("Headline\n\nA paragraph of text.\n".getBytes(StandardCharsets.UTF_8), null).html());
    assertFalse(decode("Plain text from a server that calls everything HTML.".getBytes(StandardCharsets.UTF_8),
        "text/html").html());
  }

  @Test
  void textPlainIsPlainUnlessItClearlyIsHtml() throws Exception {
    String mentions = "How to write a paragraph: wrap it in <p> and close it with </p>. Then add a <div>.\n";
    assertFalse(decode(mentions.getBytes(StandardCharsets.UTF_8), "text/plain").html());
    String html = "<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>x</p></body></html>";
    assertTrue(decode(html.getBytes(StandardCharsets.UTF_8), "text/plain").html());
  }

  /** A Russian news story as a 2000s site served it: windows-1251, declared wrongly or not at all. */
  private static final String RUSSIAN = "<html><head><title>Россия и Эстония договорились о переговорах</title>"
      + "%s</head><body><article><h1>Россия и Эстония договорились о переговорах</h1>"
      + "<p>Министр иностранных дел Эстонии заявил в понедельник, что переговоры о пограничном переходе в Нарве "
      + "начнутся на следующей неделе. По его словам, обе стороны готовы обсудить правила уведомления.</p>"
      + "<p>Представитель министерства обороны России сообщил, что учения у границы завершены, а войска "
      + "возвращаются в места постоянной дислокации.</p></article></body></html>";
  private static final Charset CP1251 = Charset.forName("windows-1251");

  @Test
  void undeclaredWindows1251IsDetectedFromTheBytes() throws Exception {
    DecodedPage d = decode(String.format(Locale.ROOT, RUSSIAN, "").getBytes(CP1251), null);
    assertEquals(CP1251, d.charset());
    assertTrue(d.text().contains("Россия и Эстония"), d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("charset guessed: windows-1251 (no usable "
        + "declaration; detected from the bytes")), d.warnings().toString());
  }

  @Test
  void falseLatinDeclarationOverWindows1251IsOverruled() throws Exception {
    byte[] bytes = String.format(Locale.ROOT, RUSSIAN, "").getBytes(CP1251);
    DecodedPage header = decode(bytes, "text/html; charset=ISO-8859-1");
    assertEquals(CP1251, header.charset());
    assertTrue(header.text().contains("Министр иностранных дел"), header.text());
    assertTrue(header.warnings().stream().anyMatch(w -> w.startsWith("declared charset ISO-8859-1 (header) "
        + "overruled: the bytes read as windows-1251")), header.warnings().toString());
    byte[] meta = String.format(Locale.ROOT, RUSSIAN, "<meta charset=\"windows-1252\">").getBytes(CP1251);
    DecodedPage m = decode(meta, null);
    assertEquals(CP1251, m.charset());
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("(meta) overruled")), m.warnings().toString());
  }

  @Test
  void trueDeclarationsOfLatinPagesStand() throws Exception {
    String german = "<html><body><p>Die Bundesregierung hat am Montag die Gespräche über die Grenzübergänge "
        + "fortgesetzt. Der Außenminister äußerte sich zufrieden über die Ergebnisse.</p></body></html>";
    DecodedPage d = decode(german.getBytes(CP1252), "text/html; charset=iso-8859-1");
    assertEquals(CP1252, d.charset());
    assertEquals("header", d.charsetSource());
    assertEquals(german, d.text());
    assertTrue(d.warnings().isEmpty(), d.warnings().toString());
  }

  @Test
  void utf16LittleEndianWithoutBomInCyrillicIsReadNotCalledBinary() throws Exception {
    String page = String.format(Locale.ROOT, RUSSIAN, "");
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      DecodedPage d = decode(page.getBytes(order), null);
      assertEquals(order, d.charset());
      assertEquals(page, d.text());
      assertTrue(d.html());
      assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("charset guessed: " + order.name())),
          d.warnings().toString());
    }
  }
}
