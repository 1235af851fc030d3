package org.parley.actors;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Mention;

class ScratchTest {
  @Test
  void print() {
    ActorResolver r = ActorResolver.builtIn();
    String[] texts = {
      "Estonian Prime Minister Kaja Kallas said on Monday that Russian troops had crossed the border. Kallas added that she would call NATO allies. The prime minister also spoke to Finnish President Alexander Stubb. He said Helsinki would help.",
      "Estonia will not back down, Prime Minister Kaja Kallas said. Beijing said the White House and Downing Street were wrong. The French-led mission and US-backed rebels clashed near the Russia-Ukraine border.",
      "Iranian officials met the UN Security Council. Chinese Foreign Minister Wang Yi told reporters that the Kremlin agreed. The Pentagon and the State Department declined to comment. Protesters gathered outside the Iranian foreign ministry, and police said they detained 20.",
      "John Smithers, a local businessman, said the mayor was wrong. Mr. Smithers said he would sue. President Putin met Mr Orban in Moscow.",
      "Boris Johnson said on Tuesday that the government had failed.",
    };
    LocalDate[] dates = {LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 2), LocalDate.of(2024, 1, 10),
        LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10)};
    for (int i = 0; i < texts.length; i++) {
      System.out.println("---");
      for (Mention m : r.resolve(texts[i], dates[i])) {
        System.out.println(m.span().start() + " [" + m.text() + "] -> " + m.actor());
      }
    }
  }
}
