package org.parley.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated query strings (the operators of the query syntax, fuzzy and prefix terms, quotes, escapes, long words,
 * controls, scripts) through the store's searches, as the API and CLI pass them. The contract: an answer, or an
 * {@link IllegalArgumentException} that the API turns into 400 and the CLI into exit 2, never another exception
 * (which would be a 500). Rounds and seed as in parley-core's HostileInputFuzzTest.
 */
class QueryFuzzTest {
  static final long SEED = Long.getLong("parley.fuzz.seed", 19L);
  static final int ROUNDS = Integer.getInteger("parley.fuzz.rounds", 300);

  private static final String[] TOKENS = {"estonia", "russia", "talks", "sanction*", "e*", "*", "ab~2", "ab~",
      "~", "\"", "\"border talks\"", "\"border talks\"~3", "+", "-", "|", "(", ")", "\\", "\\\\", "-(", "\"(",
      "%", "%00", "\u0000", "\u001b]0;x\u0007", "\u202e", "Россия", "渡辺", "🙂", "a".repeat(300), "OR", "AND",
      "NOT", "*~", "~*", "estonia~1", "ta*~2", "\"\"", "(((", ")))"};

  @TempDir Path dir;

  @Test
  void generatedQueriesAreAnsweredOrRefusedAsBadRequests() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      for (int i = 0; i < 3; i++) {
        store.add(StoreFixtures.standoff("a" + i, "northwind", "2019-03-0" + (i + 1), StoreFixtures.filler(40)));
      }
      store.commit();
    }
    Random r = new Random(SEED);
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader reader = store.reader()) {
      for (int round = 0; round < ROUNDS; round++) {
        StringBuilder q = new StringBuilder();
        for (int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 1200 : 12); n > 0; n--) {
          q.append(TOKENS[r.nextInt(TOKENS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        }
        String text = q.toString();
        try {
          QueryDeadline.run(java.time.Duration.ofSeconds(30), () -> {
            reader.searchArticles(new Queries.ArticleQuery(text, null, null, null, 20));
            reader.countQuotes(new Queries.QuoteQuery(null, text, null, null, 20, null));
            reader.searchEvents(new Queries.EventQuery(null, null, null, null, null, text, 20, null, null));
            return null;
          });
        } catch (IllegalArgumentException expected) {
          // a refusal the API answers with 400
        } catch (Throwable t) {
          fail("round " + round + " (seed " + SEED + "): query " + abbreviate(text) + " threw " + t, t);
        }
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " chars)" : s;
  }
}
