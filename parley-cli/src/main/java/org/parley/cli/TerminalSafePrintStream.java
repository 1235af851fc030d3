package org.parley.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * stderr for messages that quote pages (file names, URLs, titles in failure reasons): text printed through it is
 * cleaned by {@link TerminalText#lines}. The carriage return that redraws the progress line is Parley's own, so it
 * is written with {@link #write(int)}, which passes bytes as they are.
 */
final class TerminalSafePrintStream extends java.io.PrintStream {
  TerminalSafePrintStream(OutputStream out) {
    super(out, true, StandardCharsets.UTF_8);
  }

  @Override
  public void print(String s) {
    super.print(TerminalText.lines(String.valueOf(s)));
  }

  @Override
  public void print(Object o) {
    print(String.valueOf(o));
  }

  @Override
  public void print(char[] s) {
    print(new String(s));
  }

  @Override
  public void print(char c) {
    print(String.valueOf(c));
  }

  @Override
  public void println(String s) {
    synchronized (this) {
      print(s);
      println();
    }
  }

  @Override
  public void println(Object o) {
    println(String.valueOf(o));
  }

  @Override
  public void println(char[] s) {
    println(new String(s));
  }

  @Override
  public java.io.PrintStream append(CharSequence csq) {
    print(String.valueOf(csq));
    return this;
  }

  @Override
  public java.io.PrintStream append(CharSequence csq, int start, int end) {
    return append(csq == null ? "null" : csq.subSequence(start, end));
  }
}
