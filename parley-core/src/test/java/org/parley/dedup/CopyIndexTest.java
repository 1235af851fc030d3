package org.parley.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CopyIndexTest {
  private static final String[] WIRE = {
      "Estonia's foreign ministry summoned the Russian ambassador on Monday after a military transport plane crossed"
          + " into its airspace near Vaindloo island for about two minutes.",
      "The ministry said the aircraft had its transponder switched off and had not filed a flight plan, the third"
          + " such incident this year.",
      "\u201cWe regard this as a serious violation and expect an explanation,\u201d Foreign Minister Kristjan Saar"
          + " told reporters in Tallinn.",
      "Moscow did not comment. Russian officials have in the past blamed navigational errors for similar flights"
          + " over the Gulf of Finland.",
      "NATO jets based in Lithuania were scrambled to escort the plane out of Estonian airspace, an alliance"
          + " spokeswoman said."};
  private static final String OTHER = "Fishing crews in the Sulu Sea reported that patrol boats had turned them away"
      + " from the shoal for the second week in a row.\n\nThe coast guard said it would send a larger vessel to the"
      + " area and asked fishermen to keep their radios on at all times while at sea.";

  private static Fingerprints.Fingerprint fp(String text) {
    return Fingerprints.of(text);
  }

  private static String join(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  @Test
  void theSameTextIsACopyByItsExactHash() {
    CopyIndex index = new CopyIndex();
    assertEquals(0, index.add(fp(OTHER)));
    assertEquals(1, index.add(fp(join(WIRE))));
    assertEquals(new CopyIndex.Match(1, CopyIndex.Rule.SAME_TEXT), index.originalOf(fp(join(WIRE)), false));
    assertNull(index.originalOf(fp("A short note on something else entirely, with no story behind it."), false));
  }

  @Test
  void aLightlyEditedCopyIsANearDuplicateOfTheEarliestOriginal() {
    CopyIndex index = new CopyIndex();
    index.add(fp(OTHER));
    String wire = join(WIRE);
    // Two syndicated versions: one re-dated, one with a corrected figure.
    String redated = wire.replace("on Monday", "on Tuesday");
    String corrected = wire.replace("about two minutes", "nearly three minutes");
    index.add(fp(wire));
    index.add(fp(redated));
    assertTrue(Fingerprints.nearDuplicates(fp(corrected).simHash(), fp(wire).simHash()));
    assertTrue(Fingerprints.nearDuplicates(fp(corrected).simHash(), fp(redated).simHash()));
    assertEquals(new CopyIndex.Match(1, CopyIndex.Rule.NEAR_DUPLICATE), index.originalOf(fp(corrected), false),
        "the earliest kept near duplicate wins");
  }

  @Test
  void anArticleSharingMostParagraphsIsACopyWhenItsSimHashesAreFar() {
    CopyIndex index = new CopyIndex();
    index.add(fp(OTHER));
    index.add(fp(join(WIRE)));
    // A roundup that opens with a story of its own, then reprints four of the wire story's five paragraphs.
    String roundup = join(OTHER, WIRE[0], WIRE[1], WIRE[2], WIRE[3]);
    Fingerprints.Fingerprint f = fp(roundup);
    Fingerprints.Fingerprint wire = fp(join(WIRE));
    assertFalse(Fingerprints.nearDuplicates(f.simHash(), wire.simHash()), "whole texts hash apart");
    assertFalse(Fingerprints.nearDuplicates(f.leadSimHash(), wire.leadSimHash()), "leads hash apart");
    assertEquals(new CopyIndex.Match(1, CopyIndex.Rule.SHARED_PARAGRAPHS), index.originalOf(f, false));
  }

  @Test
  void aRemovedArticleIsNobodysOriginalAndItsTextMayBeKeptAgain() {
    CopyIndex index = new CopyIndex();
    int first = index.add(fp(join(WIRE)));
    index.remove(first);
    assertNull(index.originalOf(fp(join(WIRE)), false));
    int second = index.add(fp(join(WIRE)));
    assertEquals(new CopyIndex.Match(second, CopyIndex.Rule.SAME_TEXT), index.originalOf(fp(join(WIRE)), false));
  }

  @Test
  void blankTextsAreNotCopiesOfEachOther() {
    CopyIndex index = new CopyIndex();
    index.add(fp(""));
    assertNull(index.originalOf(fp(""), true));
    assertNull(index.originalOf(fp(" \n\n "), true));
  }
}
