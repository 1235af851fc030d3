package org.parley.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Refuses parsed text queries whose terms expand over the dictionary beyond a small number. A fuzzy term
 * ({@code word~2}) or a prefix ({@code wor*}) walks the term dictionary and may stand for dozens of terms; forty of
 * them cost fifty times a plain query, and a flood of such requests took the server to a median of 11 s.
 */
final class QueryCost {
  /** More than any person types; a handful of misspelt names at most. */
  static final int MAX_EXPANDING_TERMS = 8;
  /** A one-letter prefix matches a good share of the dictionary. */
  static final int MIN_PREFIX = 2;

  private QueryCost() {}

  static void check(Query q) {
    // several fields are searched at once, so one typed term shows once per field: count per field
    Map<String, Integer> perField = new HashMap<>();
    String[] shortPrefix = {null};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        perField.merge(field, 1, Integer::sum);
        if (query instanceof PrefixQuery p) {
          String prefix = p.getPrefix().text();
          if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
            shortPrefix[0] = prefix;
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // the default drops MUST_NOT clauses, which expand just the same
      }
    });
    if (shortPrefix[0] != null) {
      throw new QueryRefusedException(String.format(Locale.ROOT,
          "prefix '%s*' is too short: give at least %d letters before *", shortPrefix[0], MIN_PREFIX));
    }
    int most = perField.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (most > MAX_EXPANDING_TERMS) {
      throw new QueryRefusedException(String.format(Locale.ROOT,
          "the query has %d fuzzy or prefix terms (word~ or word*); at most %d are allowed", most,
          MAX_EXPANDING_TERMS));
    }
  }
}
