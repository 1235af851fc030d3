package org.parley.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFilesTest {
  @Test
  void sectionsKeepOrderAndLowerCaseTheirWords() {
    Map<String, List<String>> s = WordFiles.sections(WordFilesTest.class, "sections.txt");
    assertEquals(List.of("first", "second"), List.copyOf(s.keySet()));
    assertEquals(List.of("alpha", "beta gamma"), s.get("first"));
    assertEquals(Set.of("delta"), WordFiles.section(s, WordFilesTest.class, "sections.txt", "second"));
  }

  @Test
  void aMissingSectionIsNamed() {
    Map<String, List<String>> s = WordFiles.sections(WordFilesTest.class, "sections.txt");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordFiles.section(s, WordFilesTest.class, "sections.txt", "third"));
    assertEquals("org/parley/words/sections.txt has no list [third]", e.getMessage());
  }

  @Test
  void aWordBeforeAnyHeadingIsRefusedWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordFiles.sections(WordFilesTest.class, "headless.txt"));
    assertTrue(e.getMessage().startsWith("org/parley/words/headless.txt:1:"), e.getMessage());
  }

  @Test
  void kindWordsGroupByKind() {
    Map<String, List<String>> k = WordFiles.kindWords(WordFilesTest.class, "kinds.txt", Set.of("person", "body"));
    assertEquals(Map.of("person", List.of("minister", "envoy"), "body", List.of("council")), k);
  }

  @Test
  void anUnknownKindIsRefusedWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordFiles.kindWords(WordFilesTest.class, "badkind.txt", Set.of("person", "body")));
    assertEquals("org/parley/words/badkind.txt:2: expected 'KIND WORD', KIND one of [body, person]: animal cat",
        e.getMessage());
  }

  @Test
  void linesKeepTheirTrailingTabs() {
    assertEquals(List.of("A\tb\t\t", "C\t-\t\t"), WordFiles.lines(WordFilesTest.class, "table.tsv"));
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordFiles.lines(WordFilesTest.class, "absent.txt"));
    assertEquals("resource org/parley/words/absent.txt is missing from the classpath", e.getMessage());
  }

  @Test
  void pairsMapTheFirstWordToTheSecond() {
    WordLists lists = WordLists.of(WordFilesTest.class, "pairs.txt");
    assertEquals(Map.of("ministry", "gov", "committee", "-"), lists.pairs("sectors"));
    assertThrows(IllegalStateException.class, () -> lists.pairs("broken"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lists.pairs("twice"));
    assertEquals("org/parley/words/pairs.txt [twice]: expected 'WORD VALUE', each word once: bank gov", e.getMessage());
  }
}
