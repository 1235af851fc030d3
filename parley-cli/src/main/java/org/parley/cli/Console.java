package org.parley.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.parley.lint.SuppressForbidden;

/**
 * UTF-8 stdout and stderr whatever the platform default, so JSON and names survive any locale. stderr only carries
 * messages for people, so everything printed there is made terminal-safe ({@link TerminalText}).
 */
@SuppressForbidden(reason = "the CLI's one gateway to the console: every command prints through it")
final class Console {
  private Console() {}

  /** Over {@code System.err}, whose bytes pass through unchanged: a caller running the CLI in process can catch it. */
  static PrintStream err() {
    return new TerminalSafePrintStream(System.err);
  }

  /** The raw bytes of stdout, for output that is no text for people (an export). */
  static OutputStream outBytes() {
    return System.out;
  }

  static PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
  }
}
