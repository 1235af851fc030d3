package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a child JVM, as a user would, or in this JVM ({@link #inProcess}, models loaded once for all
 * tests), capturing stdout, stderr and the exit code.
 */
final class CliRunner {
  record Result(int exit, String out, String err) {}

  /**
   * The JIT setting of every CLI JVM a test starts: C1 only, as the test JVMs themselves run (the root pom's
   * test.jvm.args). A CLI run lasts seconds, too short for C2's compilations to pay for themselves.
   */
  static final String CHILD_JIT = "-XX:TieredStopAtLevel=1";

  private CliRunner() {}

  static Process start(Path stdout, Path stderr, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    cmd.add(CHILD_JIT);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ParleyCommand.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
  }

  /**
   * Runs the CLI in this JVM, as {@code main} would but without exiting. stdout and stderr are caught for the
   * run, so runs are one at a time.
   */
  static synchronized Result inProcess(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream oldOut = System.out;
    java.io.PrintStream oldErr = System.err;
    int exit;
    try {
      System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
      exit = ParleyCommand.newCommandLine().execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(Path work, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = start(out, err, args);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("parley " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

}
