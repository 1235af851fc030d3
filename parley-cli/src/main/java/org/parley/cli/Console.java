package org.parley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
    return new TerminalSafePrintStream(new FileOutputStream(FileDescriptor.err));
  }

  static PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
  }
}
