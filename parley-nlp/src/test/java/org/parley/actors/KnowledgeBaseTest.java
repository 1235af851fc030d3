package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorNames;

class KnowledgeBaseTest {
  @Test
  void loadsWithinTwoSecondsAndOneHundredFiftyMegabytes() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    // CPU time of this thread, not wall time: the machine is shared, and a busy neighbour must not fail the build.
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    ActorDictionary.Builder b = BuiltInTables.load(new ActorDictionary.Builder());
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory() - before;
    assertTrue(b.names.size() > 30_000, "names: " + b.names.size());
    assertTrue(millis < 2_000, "load took " + millis + " ms");
    assertTrue(retained < 150L * 1024 * 1024, "retained " + retained / 1024 / 1024 + " MB");
  }

  @Test
  void phoenixPeopleKeepTheirDatedRolesAndSource() {
    List<NameReading> rs = ActorDictionary.builtIn().explain("Sergey Lavrov", LocalDate.of(2010, 1, 1));
    assertTrue(rs.stream().anyMatch(r -> r.chosen() && r.code().equals("RUSGOV")), rs.toString());
    List<NameReading> blix = ActorDictionary.builtIn().explain("Hans Blix", LocalDate.of(1990, 1, 1));
    assertTrue(blix.stream().anyMatch(r -> r.chosen() && r.code().equals("IGOUNOIAE")
        && r.source().contains("PETRARCH2/Phoenix")), blix.toString());
  }

  @Test
  void aStateWithADatedHistoryIsAPlaceNotAPerson() {
    assertEquals("ARM", ActorDictionary.builtIn().lookup("Armenia", LocalDate.of(2010, 1, 1)).orElseThrow().code());
    assertTrue(ActorDictionary.builtIn().explain("Iraq", null).stream().noneMatch(r -> r.kind().equals("person")));
  }

  @Test
  void roleWordsInPhoenixAliasesDoNotBecomeOneCountrysInstitution() {
    // Phoenix lists "Senate" as a name of the US Congress; every bicameral country has a senate.
    assertTrue(ActorDictionary.builtIn().explain("Senate", null).isEmpty());
  }

  @Test
  void coreDisplayNamesAgreeWithTheCountryAndIgoTables() throws Exception {
    for (String table : List.of("countries.tsv", "igos.tsv")) {
      for (String[] f : ActorDictionary.Builder.readTsv(table, table.equals("igos.tsv") ? 4 : 5)) {
        if (table.equals("countries.tsv")) {
          assertEquals(f[1] + " (government)", ActorNames.of(f[0] + "GOV"), f[0]);
        } else {
          assertEquals(f[1], ActorNames.of(f[0]), f[0]);
        }
      }
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        KnowledgeBase.class.getResourceAsStream("kb/LICENSE"), StandardCharsets.UTF_8))) {
      assertTrue(r.lines().anyMatch(l -> l.contains("MIT License")), "the MIT notice ships with the tables");
    }
  }
}
