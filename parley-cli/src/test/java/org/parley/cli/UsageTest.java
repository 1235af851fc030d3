package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code parley} prints when it is called wrongly or asked for help. */
class UsageTest {
  @Test
  void noCommandListsTheCommandsAndNamesTheRightHelp() {
    QueryCommandsTest.Run r = QueryCommandsTest.run();
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("parley: a command is required\n"), r.err());
    assertTrue(r.err().contains("Commands:") && r.err().contains("  events "), r.err());
    assertTrue(r.err().strip().endsWith("Try 'parley --help'."), r.err());
    assertFalse(r.err().contains("parley parley"), r.err());
  }

  @Test
  void aMistypedCommandOrOptionGetsASuggestion() {
    QueryCommandsTest.Run r = QueryCommandsTest.run("evnts");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Did you mean 'events'?"), r.err());
    assertTrue(r.err().strip().endsWith("Try 'parley --help'."), r.err());

    QueryCommandsTest.Run o = QueryCommandsTest.run("events", "--sorce", "RUS");
    assertEquals(2, o.exit());
    assertTrue(o.err().contains("Did you mean '--source'?"), o.err());
    assertTrue(o.err().strip().endsWith("Try 'parley events --help'."), o.err());
  }

  @Test
  void theCommandListShowsWholeSentences() {
    String help = QueryCommandsTest.run("--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("events List stored events, newest first, by source, target, PLOVER type, date and"
        + " evidence words; or, with --dyad A,B, the counts and mean Goldstein score per period in each direction."),
        help);
    assertTrue(help.contains("into a store, then serve the web UI."), help);
    assertTrue(help.contains("help Display help information about the specified command."), help);
    assertFalse(help.contains("A second run reuses the store"), "one sentence a command: " + help);
  }

  @Test
  void firstSentenceEndsAtAFullStopBeforeACapitalOrTheEnd() {
    assertEquals("Serve the API (/api/openapi.json) over a store.",
        ParleyCommand.firstSentence("Serve the API (/api/openapi.json) over a store. Then stop."));
    assertEquals("No full stop at all", ParleyCommand.firstSentence(" No full stop\n at all "));
    assertEquals("Ends here.", ParleyCommand.firstSentence("Ends here."));
  }
}
