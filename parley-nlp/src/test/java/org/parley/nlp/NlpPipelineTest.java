package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
