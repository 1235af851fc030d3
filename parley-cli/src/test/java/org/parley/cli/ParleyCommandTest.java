package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParleyCommandTest {
  /** A command with a bug in it. */
  @CommandLine.Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      Object missing = null;
      return missing.hashCode();
    }
  }

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = ParleyCommand.newCommandLine();
      cl.addSubcommand(new Broken());
      exit = cl.execute(args);
    } finally {
      System.setErr(old);
    }
    return new Run(exit, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBugIsOneLineAndExitCodeOneNotTwo() {
    Run r = run("broken");
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("parley broken: internal error: java.lang.NullPointerException"), r.err());
    assertTrue(r.err().contains("--stacktrace"), r.err());
  }

  @Test
  void stacktraceShowsWhere() {
    Run r = run("broken", "--stacktrace");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().lines().count() > 2, r.err());
    assertTrue(r.err().contains("at org.parley.cli.ParleyCommandTest$Broken.call"), r.err());
  }

  @Test
  void badUsageIsExitCodeTwo() {
    Run r = run("ingest", "--no-such-option");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("parley: Unknown option: '--no-such-option'"), r.err());
  }
}
