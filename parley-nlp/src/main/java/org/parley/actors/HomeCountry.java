package org.parley.actors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.actors.Chunker.Chunk;

/**
 * The country an article is about: where its people and institutions belong when their own words do not say.
 *
 * <p>A person's nationality is never taken from the nearest country word ("the British opposition leader spoke about
 * Iraq" is not Iraqi); a local report ("state Sen. Smith said") names its country often, through places, seats of
 * government, parties and known people, and rarely names anyone else's as often. Institutions and people count
 * double: they are actors of that country, while a place may be only a topic.
 */
final class HomeCountry {
  // The headline, a dateline and the lead come first; a headline may be the first sentence of the text.
  /** The winner must carry at least this share of all weighted country mentions, else there is no home country. */
  private static final double MIN_SHARE = 0.34;

  private static final double DATELINE = 6.0;

  /** Places that are no actor but lie in one country (home-places.tsv), by name key. */
  private static final Map<String, String> LOCATED = new java.util.HashMap<>();

  static {
    for (String[] f : ActorDictionary.Builder.readTsv("home-places.tsv", 2)) {
      LOCATED.put(Names.key(f[0]), f[1]);
    }
  }

  private HomeCountry() {}

  /** A dateline place is followed by a dash or a comma ("BRUSSELS —", "NARVA, Estonia, April 2"). */
  private static boolean dateline(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && "—–-,(".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isUpperCase(String s) {
    return s.length() > 2 && s.chars().noneMatch(Character::isLowerCase);
  }

  static @Nullable String of(ActorDictionary d, String text, List<List<Chunk>> chunks, @Nullable LocalDate date) {
    // Insertion order: on a tie the country named first (usually the subject of the lead) wins.
    Map<String, Double> weight = new LinkedHashMap<>();
    double total = 0;
    for (int s = 0; s < chunks.size(); s++) {
      // The headline and the lead paragraph say what the article is about.
      double lead = s < 3 ? 1.5 : 1.0;
      for (Chunk c : chunks.get(s)) {
        String located = c.kind() == Chunker.Kind.ENTRY ? null
            : LOCATED.get(Names.key(text.substring(c.start(), c.end())));
        if (located != null) {
          double w = s < 3 && c.first() == 0 && dateline(text, c.end()) ? DATELINE : 1.0;
          weight.merge(located, w * lead, Double::sum);
          total += w * lead;
          continue;
        }
        if (c.kind() != Chunker.Kind.ENTRY || c.hyphenPart()) {
          continue;
        }
        Entry e = ActorDictionary.pick(c.entries(), date);
        if (e == null) {
          e = c.entry();
        }
        if (e.country() == null || !d.isCountry(e.country())) {
          continue; // regions ("Western") are sides, not homes
        }
        double w = switch (e.type()) {
          case SEAT, PERSON, PARTY, USER -> 2.0;
          default -> 1.0;
        };
        if (s < 3 && c.first() == 0 && isUpperCase(text.substring(c.start(), c.end())) && dateline(text, c.end())) {
          w = DATELINE; // "BRUSSELS —": where the reporter files from is where the story is
        }
        weight.merge(e.country(), w * lead, Double::sum);
        total += w * lead;
      }
    }
    String best = null;
    double bestWeight = 0;
    for (Map.Entry<String, Double> en : weight.entrySet()) {
      if (en.getValue() > bestWeight) {
        best = en.getKey();
        bestWeight = en.getValue();
      }
    }
    return best != null && bestWeight >= MIN_SHARE * total ? best : null;
  }
}
