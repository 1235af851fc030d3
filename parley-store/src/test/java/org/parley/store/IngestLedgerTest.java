package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLedgerTest {
  @TempDir Path dir;

  @Test
  void aPathWithALineBreakIsFoundDoneAfterReopening() throws Exception {
    // file names may hold any byte but '/' and NUL; a scraper that names files after headlines makes such paths
    String odd = "pages/Minister resigns\nafter vote.html\t2041\t1733650000000";
    String plain = "pages/story.html\t1200\t1733650000000";
    IngestLedger first = IngestLedger.open(dir);
    first.markDone(List.of(odd, plain));
    assertTrue(first.isDone(odd));
    IngestLedger again = IngestLedger.open(dir);
    assertTrue(again.isDone(odd), "the next run skips it instead of analysing it again");
    assertTrue(again.isDone(plain));
    assertFalse(again.isDone("pages/other.html\t1\t1"));
    assertEquals(2, Files.readAllLines(dir.resolve("ingested.tsv"), StandardCharsets.UTF_8).size(),
        "one line per input");
  }
}
