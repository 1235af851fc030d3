package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;

/** The query commands' options as a user types them: any case, old spellings, values that name nothing. */
class QueryCommandsTest {
  @TempDir
  Path dir;
  Path data;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void store() throws Exception {
    data = dir.resolve("data");
    try (ParleyStore s = ParleyStore.openForWriting(data)) {
      s.add(ExportCommandTest.analysis("a1", "2021-06-01", "Finland", "FINGOV", "urged", "REQUEST", "020", 3.0));
      s.add(ExportCommandTest.analysis("a2", "2021-07-15", "Norway", "NORGOV", "praised", "SUPPORT", "051", 3.4));
      s.commit();
    }
  }

  /** Runs the CLI in this JVM with stdout and stderr captured (the commands print through System.out/err). */
  static synchronized Run run(String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = ParleyCommand.newCommandLine().execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run query(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    return run(all);
  }

  @Test
  void eventTypesAreCheckedInAnyCaseAndListedInTheHelp() {
    Run ok = query("events", "--type", "request", "--format", "csv");
    assertEquals(0, ok.exit(), ok.err());
    assertEquals(2, ok.out().lines().count(), ok.out());
    assertTrue(ok.out().contains("REQUEST"), ok.out());
    assertEquals(0, query("events", "--type", "STATEMENT").exit(), "the non-PLOVER statement marker is a type too");

    Run bad = query("events", "--type", "NONSENSE");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--type 'NONSENSE' is not an event type; the types are AGREE, "), bad.err());
    assertTrue(bad.err().contains("ASSAULT, STATEMENT"), bad.err());
    assertEquals("", bad.out());
    assertEquals(2, query("export", "events", "--type", "NONSENSE").exit());

    String help = run("events", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("AGREE, CONSULT, SUPPORT"), help);
    assertTrue(help.contains("ASSAULT, STATEMENT"), help);
    assertEquals(17, EventTypes.ALL.size(), "PLOVER's sixteen and STATEMENT");
  }

  @Test
  void formatIsCaseInsensitiveAndJsonIsJsonLines() {
    Run jsonl = query("events", "--format", "jsonl");
    assertEquals(0, jsonl.exit(), jsonl.err());
    assertEquals(2, jsonl.out().lines().filter(l -> l.startsWith("{")).count(), jsonl.out());
    assertEquals(jsonl.out(), query("events", "--format", "json").out(), "json stays an alias of jsonl");
    assertEquals(jsonl.out(), query("events", "--format", "JSONL").out());
    assertEquals(query("search", "--format", "csv").out(), query("search", "--format", "CSV").out());

    Run bad = query("quotes", "--format", "xml");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("'xml' is not table, jsonl or csv"), bad.err());
  }

  @Test
  void actorsTakesLimitLikeTheOtherQueriesAndStillTop() {
    Run one = query("actors", "--limit", "1", "--format", "csv");
    assertEquals(0, one.exit(), one.err());
    assertEquals(2, one.out().lines().count(), one.out());
    assertEquals(one.out(), query("actors", "--top", "1", "--format", "csv").out());
    assertEquals(4, query("actors", "--format", "csv").out().lines().count(), "a header, NOR, FIN and SWE");
    Run zero = query("actors", "--limit", "0");
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("--limit must be between 1 and 10000"), zero.err());
  }

  @Test
  void serveOnABusyPortSaysSoInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      // the guard only matters if the port were free after all: serve would then run until stopped
      Run r = assertTimeoutPreemptively(Duration.ofMinutes(2),
          () -> query("serve", "--port", Integer.toString(port)));
      assertEquals(1, r.exit());
      assertTrue(r.err().startsWith("parley: cannot serve on 127.0.0.1:" + port + ": "), r.err());
      assertEquals(1, r.err().lines().count(), "no log lines around the message: " + r.err());
    }
  }

  @Test
  void readOnlyCommandsOnAMissingStoreSaySoAndCreateNothing() throws Exception {
    Path nowhere = dir.resolve("nowhere");
    for (String command : new String[] {"search", "actors", "quotes", "events", "serve"}) {
      Run r = run(command, "--data", nowhere.toString());
      assertEquals(1, r.exit(), command);
      assertTrue(r.err().contains("no Parley store at " + nowhere), command + ": " + r.err());
      assertFalse(Files.exists(nowhere), command + " created " + nowhere);
    }
    Files.createDirectories(nowhere);
    Run empty = run("search", "--data", nowhere.toString());
    assertEquals(1, empty.exit());
    try (var files = Files.list(nowhere)) {
      assertEquals(0, files.count(), "an empty directory stays empty");
    }
  }
}
