package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ActorCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = ParleyCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void showsTheRoleChosenForTheDateAndEveryOtherReading() {
    Run r = run("actor", "Kaja Kallas", "--date", "2023-05-01");
    assertEquals(0, r.exit(), r.err());
    String first = r.out().lines().findFirst().orElseThrow();
    assertTrue(first.contains("ESTGOV") && first.contains("Estonia (government)"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  * ESTGOV") && l.contains("prime minister")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("IGOEUREEC") && !l.startsWith("  *")), r.out());
  }

  @Test
  void aLaterDateChoosesALaterOffice() {
    Run r = run("actor", "Kaja Kallas", "--date", "2025-03-01");
    assertTrue(r.out().lines().findFirst().orElseThrow().contains("IGOEUREEC"), r.out());
  }

  @Test
  void namesFromTheConvertedDictionariesSayWhereTheyComeFrom() {
    Run r = run("actor", "Charles Clarke", "--date", "2005-03-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("GBRGOV") && r.out().contains("PETRARCH2/Phoenix"), r.out());
  }

  @Test
  void unknownNamesAndBadDatesAreSaidPlainly() {
    Run unknown = run("actor", "Zorblax Quux");
    assertEquals(1, unknown.exit());
    assertTrue(unknown.out().contains("not in the actor dictionary"), unknown.out());
    Run bad = run("actor", "NATO", "--date", "May 2023");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("YYYY-MM-DD"), bad.err());
  }
}
