package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.events.Lexicon.Entry;
import org.parley.events.Lexicon.WordClass;

class LexiconTest {

  @Test
  void standardLexiconCoversEveryPloverType() {
    Ontology o = Ontology.standard();
    Set<String> types = new java.util.HashSet<>();
    for (Entry e : Lexicon.standard().entries()) {
      if (!e.code().equals("-")) {
        types.add(e.ploverType() != null ? e.ploverType() : String.valueOf(o.ploverType(e.code())));
      }
    }
    for (String t : List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")) {
      assertTrue(types.contains(t), t);
    }
  }

  @Test
  void particlesAndObjectConditionsAreKept() {
    Lexicon lex = Lexicon.standard();
    assertTrue(lex.entries(WordClass.EVENT_VERB, "back").stream().anyMatch(e -> e.extras().equals(List.of("down"))));
    Entry lift = lex.entries(WordClass.EVENT_VERB, "lift").stream().filter(e -> e.objects().contains("sanction"))
        .findFirst().orElseThrow();
    assertEquals("085", lift.code());
  }

  @Test
  void userFileAddsEntriesAndReportsBadLines(@TempDir Path dir) throws IOException {
    Path ok = dir.resolve("extra.txt");
    Files.writeString(ok, "# mine\nV snub = 111\nN walkout = 164/SANCTION ; obj=talks\n", StandardCharsets.UTF_8);
    Lexicon lex = Lexicon.standard().withFile(ok);
    assertEquals("111", lex.entries(WordClass.EVENT_VERB, "snub").get(0).code());
    assertEquals("SANCTION", lex.entries(WordClass.EVENT_NOUN, "walkout").get(0).ploverType());
    assertTrue(Lexicon.standard().entries(WordClass.EVENT_VERB, "snub").isEmpty(), "the standard lexicon is unchanged");

    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "V snub 111\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> Lexicon.standard().withFile(bad));
    assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    Files.writeString(bad, "V snub = 111/NOTATYPE\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> Lexicon.standard().withFile(bad));
  }

  @Test
  void readsTheTabariVerbSubset() throws IOException {
    String dict = String.join("\n",
        "<!-- a small test dictionary -->",
        "--- SCOLD   [111] ---",
        "SCOLD",
        "BERATE {BERATED }  # a comment",
        "- ** ENVOYS [1121]  ; pattern with an object",
        "- ** &SYNSET [112]",
        "",
        "--- STALL  [---] ---",
        "DRAG_OUT [124]",
        "DAWDLE",
        "");
    Lexicon lex = Lexicon.standard().withTabariVerbs(new StringReader(dict));
    assertEquals("111", lex.entries(WordClass.EVENT_VERB, "scold").stream().filter(e -> e.objects().isEmpty())
        .findFirst().orElseThrow().code());
    Entry withObject = lex.entries(WordClass.EVENT_VERB, "berate").stream().filter(e -> !e.objects().isEmpty())
        .findFirst().orElseThrow();
    assertEquals("1121", withObject.code());
    assertTrue(withObject.objects().contains("envoy"), "plural surface form also matches the lemma");
    Entry dragOut = lex.entries(WordClass.EVENT_VERB, "drag").get(0);
    assertEquals(List.of("out"), dragOut.extras());
    assertTrue(lex.entries(WordClass.EVENT_VERB, "dawdle").isEmpty(), "null block code adds nothing");
    assertTrue(lex.entries(WordClass.EVENT_VERB, "scold").stream().noneMatch(e -> e.code().equals("112")),
        "synset patterns are skipped");
  }

  @Test
  void ontologyLooksUpCodesAndParents() {
    Ontology o = Ontology.standard();
    assertEquals(-10.0, o.goldstein("190"));
    assertEquals("RETREAT", o.ploverType("0841"));
    assertNull(o.ploverType("010"), "statements have no PLOVER type");
    assertEquals("ASSAULT", o.ploverType("1999"), "unknown sub-code falls back to its parent");
    assertEquals("MK", o.ploverQuad("ASSAULT"));
  }
}
