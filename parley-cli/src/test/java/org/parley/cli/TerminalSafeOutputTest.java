package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page text full of terminal escapes must reach the terminal as visible, inert characters. */
class TerminalSafeOutputTest {
  /** What a hostile page puts in its title: set the window title, write the clipboard, clear the screen. */
  static final String HOSTILE = "Minister resigns\u001b]0;pwned\u0007 \u001b]52;c;ZWNobyBldmls\u0007"
      + "\u001b[2J\u009b31m red \u202egnp.exe\u202c done\rparley: all good\u0000\u007f";

  private static void assertTerminalSafe(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      int at = i;
      if (c != '\n') {
        assertFalse(TerminalText.isUnsafe(c),
            () -> String.format(Locale.ROOT, "U+%04X at %d in %s", (int) c, at, printed));
      }
    }
  }

  record Row(String title, String site) {}

  @Test
  void tableCellsShowControlsAsVisibleCharactersAtEveryCutWidth() {
    for (int width = 1; width <= HOSTILE.length() + 1; width++) {
      StringWriter s = new StringWriter();
      new Tabular<Row>().column("title", width, Row::title).column("site", 8, Row::site)
          .print(List.of(new Row(HOSTILE, "evil\u001b[8m")), OutputFormat.table, new PrintWriter(s));
      String out = s.toString();
      assertTerminalSafe(out);
      assertEquals(3, out.split("\n").length, "one header, one row, one count: " + out);
    }
    StringWriter s = new StringWriter();
    new Tabular<Row>().column("title", 0, Row::title)
        .print(List.of(new Row(HOSTILE, "")), OutputFormat.table, new PrintWriter(s));
    assertTrue(s.toString().contains("Minister resigns␛]0;pwned␇"), s.toString());
  }

  @Test
  void cuttingNeverSplitsASurrogatePair() {
    String emoji = "ab\uD83D\uDE00cd";
    assertEquals("ab…", TerminalText.fit(emoji, 4));
    assertEquals("ab\uD83D\uDE00…", TerminalText.fit(emoji, 5));
    assertEquals("x\uFFFDy", TerminalText.cell("x\uD83Dy"), "a lone surrogate is not text");
  }

  @Test
  void runningTextKeepsLineBreaksButNoOtherControl() {
    String text = TerminalText.lines("para one\r\npara two\n\t" + HOSTILE);
    assertTrue(text.startsWith("para one\npara two\n\tMinister"), text);
    assertTerminalSafe(text.replace("\t", " "));
  }

  @Test
  void stderrMessagesAreCleanedButOurOwnCarriageReturnPasses() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalSafePrintStream err = new TerminalSafePrintStream(bytes);
    err.println("parley ingest: page.html: " + HOSTILE);
    err.printf(Locale.ROOT, "ingest: %s%n", HOSTILE);
    err.write('\r');
    err.print(HOSTILE);
    err.flush();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, out.chars().filter(c -> c == '\r').count(), "only the progress line's own CR: " + out);
    assertTerminalSafe(out.replace("\r", ""));
  }

  @Test
  void jsonOutputEscapesControlsAndReadsBackVerbatim() throws Exception {
    ObjectMapper mapper = TerminalSafeEscapes.apply(new ObjectMapper());
    String json = mapper.writeValueAsString(Map.of("title", HOSTILE + " Россия"));
    assertTerminalSafe(json);
    assertTrue(json.contains("Россия"), "ordinary text is not escaped: " + json);
    assertEquals(HOSTILE + " Россия", new ObjectMapper().readTree(json).get("title").asText());
  }

  @Test
  void textAndMarkdownExtractOutputIsCleaned() {
    org.parley.model.Article a = new org.parley.model.Article("a1", "page.html", "https://x.example/a", "x",
        HOSTILE, HOSTILE, null, List.of(HOSTILE), "en", List.of(HOSTILE, "Second paragraph."), List.of());
    for (ArticleFormat f : List.of(ArticleFormat.text, ArticleFormat.markdown)) {
      String out = f.render(a);
      assertTerminalSafe(out);
      assertTrue(out.contains("Second paragraph."), out);
    }
    assertTerminalSafe(ArticleFormat.jsonl.render(a));
  }
}
