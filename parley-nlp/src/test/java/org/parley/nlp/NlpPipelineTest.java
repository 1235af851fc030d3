package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

  @Test
  void parsesSentencesTokensEntitiesAndDependencies() {
    String text = "Estonian Prime Minister Kaja Kallas met NATO officials in Tallinn on Friday.\n\n"
        + "“We will not back down,” she said. Moscow rejected the demand.";
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    assertEquals(3, doc.sentences().size());
    ParsedSentence first = doc.sentences().get(0);
    Token kallas = first.tokens().stream().filter(t -> t.word().equals("Kallas")).findFirst().orElseThrow();
    assertEquals("PERSON", kallas.ner());
    assertEquals("Kallas", text.substring(kallas.start(), kallas.end()));
    Token met = first.tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow();
    assertEquals("meet", met.lemma());
    assertTrue(first.dependencies().stream()
        .anyMatch(d -> d.governor() == met.index() && d.relation().equals("nsubj") && d.dependent() == kallas.index()),
        first.dependencies().toString());
    ParsedSentence third = doc.sentences().get(2);
    assertEquals("Moscow rejected the demand.", text.substring(third.span().start(), third.span().end()));
  }

  @Test
  void aSentenceIsParsedOnlyWhenItsDependenciesAreFirstReadAndThenAsAnEagerParseWould() {
    String text = "The talks in Geneva ended without a deal. Russia accused Estonia of spying on its embassy.";
    ParsedDocument doc = NlpPipeline.forThisThread().parse(text);
    ParsedSentence second = doc.sentences().get(1);
    LazyDependencies lazy = (LazyDependencies) second.dependencies();
    assertFalse(lazy.parsed(), "nobody asked yet");
    Token accused = second.tokens().stream().filter(t -> t.word().equals("accused")).findFirst().orElseThrow();
    assertTrue(second.childrenOf(accused.index()).stream()
        .anyMatch(d -> d.relation().equals("nsubj") && second.tokens().get(d.dependent()).word().equals("Russia")));
    assertTrue(lazy.parsed());
    assertFalse(((LazyDependencies) doc.sentences().get(0).dependencies()).parsed(), "the other sentence still waits");
    assertEquals(List.copyOf(second.dependencies()), NlpPipeline.forThisThread().parse(text).sentences().get(1)
        .dependencies().stream().toList(), "a second parse of the same text gives the same edges");
  }

  @Test
  void anOverLongSentenceHasNoDependencies() {
    String text = "Ministers listed " + "the port, ".repeat(70) + "and the bridge.";
    ParsedSentence s = NlpPipeline.forThisThread().parse(text).sentences().get(0);
    assertTrue(s.tokens().size() > NlpPipeline.MAX_PARSE_TOKENS);
    assertTrue(s.dependencies().isEmpty());
  }
}
