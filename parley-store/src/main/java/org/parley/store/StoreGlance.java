package org.parley.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What the landing page shows of a whole store at a glance, each read without loading a single record: the span of
 * days from the day points, and the busiest pairs of actors from the postings of the country-level actor fields.
 */
public final class StoreGlance {
  private StoreGlance() {}

  /**
   * The first and last day any record is dated.
   *
   * @param first the earliest day
   * @param last the latest day
   */
  public record DayRange(LocalDate first, LocalDate last) {}

  /**
   * A pair of actors (countries, or international bodies) with the events between them.
   *
   * @param a the first actor, the one that acts on the other more often (ties: the one first in order)
   * @param b the other actor
   * @param aToB events with A as source and B as target
   * @param bToA events with B as source and A as target
   */
  public record DyadCount(String a, String b, int aToB, int bToA) {
    public int total() {
      return aToB + bToA;
    }
  }

  /** Days of deleted records count too: they are rare (a re-ingested article) and replaced by the same day. */
  static @Nullable DayRange dayRange(IndexSearcher searcher) throws IOException {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PointValues points = leaf.reader().getPointValues(Fields.DAY);
      if (points != null && points.size() > 0) {
        lo = Math.min(lo, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
        hi = Math.max(hi, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
      }
    }
    return lo > hi ? null : new DayRange(LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi));
  }

  /**
   * The pairs of countries or bodies with the most events between them, both directions together, most first (ties
   * by code). An actor's own sectors acting on each other (a government on its opposition) are no pair of two.
   */
  static List<DyadCount> topDyads(IndexSearcher searcher, int n) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> codes = new ArrayList<>();
    Map<Long, int[]> pairs = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      int[] sourceOf = new int[reader.maxDoc()];
      Arrays.fill(sourceOf, -1);
      Bits live = reader.getLiveDocs();
      forEachPosting(reader, Fields.SOURCE_CC, live, ids, codes, (doc, id) -> sourceOf[doc] = id, null);
      // Events are many and codes few: each target's events are counted per source in an array, then kept.
      int[] perSource = new int[codes.size()];
      int[] current = {-1};
      Runnable keep = () -> {
        int target = current[0];
        for (int source = 0; source < perSource.length; source++) {
          if (perSource[source] > 0 && source != target) {
            long key = (long) Math.min(source, target) << 32 | Math.max(source, target);
            pairs.computeIfAbsent(key, k -> new int[2])[source < target ? 0 : 1] += perSource[source];
          }
          perSource[source] = 0;
        }
      };
      forEachPosting(reader, Fields.TARGET_CC, live, ids, codes, (doc, target) -> {
        current[0] = target;
        int source = sourceOf[doc];
        if (source >= 0) {
          perSource[source]++;
        }
      }, keep);
    }
    List<DyadCount> out = new ArrayList<>();
    for (Map.Entry<Long, int[]> e : pairs.entrySet()) {
      String low = codes.get((int) (e.getKey() >>> 32));
      String high = codes.get((int) (e.getKey() & 0xffffffffL));
      int[] c = e.getValue();
      boolean lowFirst = c[0] > c[1] || c[0] == c[1] && low.compareTo(high) <= 0;
      out.add(lowFirst ? new DyadCount(low, high, c[0], c[1]) : new DyadCount(high, low, c[1], c[0]));
    }
    out.sort((x, y) -> x.total() != y.total() ? Integer.compare(y.total(), x.total())
        : x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
    return out.subList(0, Math.min(n, out.size()));
  }

  @FunctionalInterface
  private interface PostingSink {
    void accept(int doc, int codeId);
  }

  /**
   * Calls {@code sink} for every live document holding a known actor code in {@code field}, and {@code afterTerm}
   * (when given) after each code's documents.
   */
  private static void forEachPosting(LeafReader reader, String field, @Nullable Bits live, Map<String, Integer> ids,
                                     List<String> codes, PostingSink sink, @Nullable Runnable afterTerm)
      throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String code = t.utf8ToString();
      if (code.equals("---") || code.startsWith("UNK")) {
        continue; // an unresolved side is no actor to pair with
      }
      int id = ids.computeIfAbsent(code, c -> {
        codes.add(c);
        return codes.size() - 1;
      });
      pe = te.postings(pe, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          sink.accept(d, id);
        }
      }
      if (afterTerm != null) {
        afterTerm.run();
      }
    }
  }
}
