package org.parley.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static final String STORY = String.join("\n\n",
      "TALLINN, March 4 – Estonia summoned Russia's ambassador on Monday after a military jet crossed into its airspace "
          + "for about two minutes near the island of Vaindloo, the foreign ministry said.",
      "The ministry said the aircraft had its transponder switched off and did not answer calls from air traffic "
          + "control, the third such incident this year and the longest so far.",
      "“We will not accept these provocations,” Foreign Minister Kristjan Saar told reporters in Tallinn, adding that "
          + "allies had been informed and that fighter jets from the NATO air policing mission were scrambled.",
      "Moscow did not immediately comment. Russian officials have in the past blamed navigation errors and bad weather "
          + "for similar crossings over the Gulf of Finland, where the corridor between the two coasts is narrow.",
      "Analysts in Riga and Vilnius said the flights tested the reaction times of the alliance, and that the "
          + "exercises near the border, involving some 12,000 troops, would keep the region on edge for weeks.");

  @Test
  void allFingerprintsAtOnceEqualTheSinglePurposeOnes() {
    for (String text : new String[] {STORY, "Ärger über den Grenzübergang in Narva\n  \n" + STORY,
        "ΟΔΥΣΣΕΑΣ ΚΑΙ ΠΗΝΕΛΟΠΗ\n \n" + STORY + "\n\n\n", "", "\n\n", "too short to tell"}) {
      Fingerprints.Fingerprint f = Fingerprints.of(text);
      assertEquals(Fingerprints.exactHash(text), f.exactHash());
      assertEquals(Fingerprints.simHash(text), f.simHash());
      assertEquals(Fingerprints.leadSimHash(text), f.leadSimHash());
      assertArrayEquals(Fingerprints.paragraphHashes(text), f.paragraphHashes());
    }
  }

  @Test
  void theExactHashIgnoresCaseAccentsPunctuationAndSpacing() {
    assertEquals(Fingerprints.exactHash("Ärger in Narva: the border, closed!"),
        Fingerprints.exactHash("arger IN narva --  the BORDER closed"));
    assertNotEquals(Fingerprints.exactHash("the border closed"), Fingerprints.exactHash("the border opened"));
  }

  @Test
  void aCopyWithAnotherHeadlineIsANearDuplicateATrimmedOneSharesItsParagraphsAndAnotherStoryIsNeither() {
    Fingerprints.Fingerprint a = Fingerprints.of(STORY);
    Fingerprints.Fingerprint b = Fingerprints.of("Estonia protests to Moscow over airspace\n\n" + STORY);
    assertTrue(Fingerprints.nearDuplicates(a.simHash(), b.simHash()), Long.bitCount(a.simHash() ^ b.simHash()) + " bits");
    // A cut ending moves a short text's SimHash too far; its paragraphs are still the original's.
    long[] trimmed = Fingerprints.of(STORY.substring(0, STORY.lastIndexOf("\n\n"))).paragraphHashes();
    assertEquals(4, trimmed.length);
    assertArrayEquals(java.util.Arrays.copyOf(a.paragraphHashes(), 4), trimmed);
    String other = STORY.replace("Estonia", "Latvia").replace("Vaindloo", "Ventspils").replace("Saar", "Ozols")
        .replace("two minutes", "a quarter of an hour").replace("Riga", "Warsaw");
    String unrelated = "The harbour board met again to discuss the dredging plan for the northern quay, ".repeat(3)
        + "and residents asked for the night shifts to end before the summer season began in earnest.";
    assertFalse(Fingerprints.nearDuplicates(a.simHash(), Fingerprints.of(unrelated + "\n\n" + unrelated).simHash()));
    assertNotEquals(a.exactHash(), Fingerprints.of(other).exactHash());
  }

  @Test
  void shortParagraphsSuchAsDatelinesAreNotFingerprinted() {
    long[] hashes = Fingerprints.paragraphHashes("By Maarja Tamm\n\nMarch 4, 2019\n\n" + STORY);
    assertEquals(5, hashes.length);
    assertArrayEquals(Fingerprints.paragraphHashes(STORY), hashes);
  }

  @Test
  void anArticleIsACopyOfTheOneHoldingMostOfItsParagraphsWhenThatIsAtLeastTwoAndSixtyPercent() {
    assertEquals(3, Fingerprints.copyOf(new int[] {3, 7, 3, 3}, 4, 5), "three of five paragraphs in article 3");
    assertEquals(-1, Fingerprints.copyOf(new int[] {3, 3, 7}, 3, 5), "two of five is not enough");
    assertEquals(-1, Fingerprints.copyOf(new int[] {3}, 1, 1), "one shared paragraph never makes a copy");
    assertEquals(2, Fingerprints.copyOf(new int[] {5, 2, 5, 2, 2}, 5, 5), "the article holding most, here 3 of 5");
    assertEquals(-1, Fingerprints.copyOf(new int[0], 0, 4));
  }

  @Test
  void allFingerprintsAtOnceEqualTheSinglePurposeOnesOnRandomTexts() {
    String[] pieces = {"border", "Grenzübergang", "ΠΗΝΕΛΟΠΗ", "東京", "12,000", "naïve", "e\u0301tude", "don't", "U.S.",
        "–", "“quoted”", "x", "Ærø", "2019-03-04", "ﬁne"};
    String[] gaps = {" ", " ", " ", ", ", ". ", "\n\n", "\n \n", "\n", "\t", "  \n\n\n"};
    java.util.Random rnd = new java.util.Random(7);
    for (int t = 0; t < 300; t++) {
      StringBuilder sb = new StringBuilder();
      // Up to 1,500 words: past the 255 shingles counted at once and past the lead.
      int n = rnd.nextInt(t % 10 == 0 ? 1500 : 200);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(4) == 0 ? rnd.nextInt(500) : "")
            .append(gaps[rnd.nextInt(gaps.length)]);
      }
      String text = sb.toString();
      Fingerprints.Fingerprint f = Fingerprints.of(text);
      assertEquals(Fingerprints.exactHash(text), f.exactHash(), text);
      assertEquals(Fingerprints.simHash(text), f.simHash(), text);
      assertEquals(Fingerprints.leadSimHash(text), f.leadSimHash(), text);
      assertArrayEquals(Fingerprints.paragraphHashes(text), f.paragraphHashes(), text);
    }
  }

  @Test
  void simHashSetsTheBitsMoreThanHalfTheHashesHave() {
    java.util.Random rnd = new java.util.Random(11);
    for (int t = 0; t < 200; t++) {
      long[] hashes = new long[1 + rnd.nextInt(1200)];
      for (int i = 0; i < hashes.length; i++) {
        // Skewed bits as well as fair ones, so that some counts sit right at half.
        hashes[i] = t % 2 == 0 ? rnd.nextLong() : rnd.nextLong() & rnd.nextLong() | (rnd.nextBoolean() ? 1L << 63 : 0);
      }
      int n = t % 3 == 0 ? hashes.length : 1 + rnd.nextInt(hashes.length);
      long expected = 0L;
      for (int b = 0; b < 64; b++) {
        int votes = 0;
        for (int i = 0; i < n; i++) {
          votes += (hashes[i] >>> b & 1L) != 0 ? 1 : -1;
        }
        if (votes > 0) {
          expected |= 1L << b;
        }
      }
      assertEquals(expected, Fingerprints.simHashOf(hashes, n));
    }
  }
}
