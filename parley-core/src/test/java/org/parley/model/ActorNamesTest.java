package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
  @Test
  void codesReadAsCountryAndSectorOrAsTheBody() {
    assertEquals("Russia (government)", ActorNames.of("RUSGOV"));
    assertEquals("United Kingdom (opposition)", ActorNames.of("GBROPP"));
    assertEquals("NATO", ActorNames.of("IGOWSTNAT"));
    assertEquals("Estonia", ActorNames.of("EST"));
    assertEquals("the West (government)", ActorNames.of("WSTGOV"));
    assertEquals("NGOs", ActorNames.of("NGO"));
  }

  @Test
  void unknownCodesHaveNoDisplayName() {
    assertNull(ActorNames.of("UNKGOV"));
    assertNull(ActorNames.of("RUSXYZ"));
    assertNull(ActorNames.of("UNK"));
  }
}
