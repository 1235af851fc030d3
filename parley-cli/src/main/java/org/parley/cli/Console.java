package org.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 stdout and stderr whatever the platform default, so JSON and names survive any locale. stderr only carries
 * messages for people, so everything printed there is made terminal-safe ({@link TerminalText}).
 */
final class Console {
  private Console() {}

  static PrintStream err() {
    // through System.err, not its file descriptor, so that whoever redirects System.err (a test runner) gets it too;
    // the bytes pass through System.err unchanged, so they stay UTF-8
    return new TerminalSafePrintStream(System.err);
  }

  static PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
  }
}
