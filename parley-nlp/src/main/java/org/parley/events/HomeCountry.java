package org.parley.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.Mention;

/**
 * Places the article's unplaced institutions in the country the article is about: "the government", "the Senate",
 * "police" and "the opposition" of an article about Trinidad are Trinidad's, as a reader takes them. Only mentions
 * whose actor has a sector but no country ({@code UNKGOV}, {@code ---LEG}) are placed, and only when one country
 * clearly dominates the article's placed mentions; a person of unknown affiliation ({@code UNK}) stays unknown.
 */
final class HomeCountry {
  /** The least share of the article's placed national mentions the home country must hold. */
  private static final double MIN_SHARE = 0.4;
  private static final int MIN_MENTIONS = 2;

  private HomeCountry() {}

  /** The mentions with sector-only actors placed in the article's home country, when it has one. */
  static List<Mention> place(List<Mention> mentions) {
    String home = homeOf(mentions);
    if (home == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(place(m, home));
    }
    return out;
  }

  /** The mention placed in the home country when its actor has a sector and no country; else the mention. */
  static Mention place(Mention m, @Nullable String home) {
    Actor a = m.actor();
    String sector = a == null || home == null ? null : sectorOnly(a.code());
    if (sector == null) {
      return m;
    }
    return new Mention(m.span(), m.text(), new Actor(home + sector, a.name(), a.kind(), home, a.sector()));
  }

  /** The country most of the article's placed national mentions belong to, if one clearly leads. */
  static @Nullable String homeOf(List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (Mention m : mentions) {
      Actor a = m.actor();
      if (a == null || !TargetInference.placed(m) || a.code().startsWith("IGO") || a.code().startsWith("NGO")) {
        continue;
      }
      counts.merge(a.code().substring(0, 3), 1, Integer::sum);
      total++;
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best != null && bestCount >= MIN_MENTIONS && bestCount >= MIN_SHARE * total ? best : null;
  }

  /** The sector of a code with no country ("UNKGOV", "---LEG"), or null. */
  private static @Nullable String sectorOnly(String code) {
    if (code.length() <= 3 || !(code.startsWith("UNK") || code.startsWith("---"))) {
      return null;
    }
    return code.substring(3);
  }
}
