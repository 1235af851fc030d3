package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;

class QuotesAttributionOptionTest {
  @Test
  void speechBeliefAndAllAreTheThreeChoices() {
    assertEquals(Attribution.SPEECH, QuotesCommand.attributionFilter("speech"));
    assertEquals(Attribution.BELIEF, QuotesCommand.attributionFilter(" Belief "));
    assertNull(QuotesCommand.attributionFilter("all"));
  }

  @Test
  void anyOtherValueIsRefusedWithTheChoicesNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuotesCommand.attributionFilter("opinion"));
    assertEquals("--attribution must be speech, belief or all, not 'opinion'", e.getMessage());
  }
}
