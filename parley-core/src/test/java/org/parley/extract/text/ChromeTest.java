package org.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "icon searchicon shareicon-arrow lefticon menuicon playicon",
      "iconclose",
      "Share this article",
      "ADVERTISEMENT",
      "Related: Island school to stay open",
      "Read more: What the reform means for you",
      "Sign up for our newsletter",
      "© 2021 Port Alden Courier. All rights reserved.",
      "Copyright 2021 Example Media",
      "Home | News | Politics | Opinion | Culture",
      "Facebook Twitter WhatsApp Email",
      "Photo: Sam Okoro/Northern Ledger",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
      "Anzeige",
      "Lesen Sie auch: Parkgebühren steigen ab Juli",
      "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
      "Publicité",
      "Lire aussi : la réforme des retraites",
      "12 comments",
      "•",
  })
  void recognisesFurniture(String line) {
    assertTrue(Chrome.isChrome(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said the share of renewable power had doubled since 2015.",
      "Harbour council approves new ferry link to Kestrel Island",
      "Opponents argued that the money would be better spent on repairing the sea wall.",
      "Readers of the newsletter will know the council has long debated the crossing, which has cost islanders"
          + " dearly in time and money for years and years, and which several councillors promised to fix.",
      "Icon of the French left dies at 91",
  })
  void keepsArticleText(String line) {
    assertFalse(Chrome.isChrome(line), line);
  }
}
