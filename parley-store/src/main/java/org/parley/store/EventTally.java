package org.parley.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Counts the events matched by one query, or by either of two, in a single pass over doc values: how many match each
 * query, per PLOVER type, per actor, and per period with the mean Goldstein score. An actor with 100 k events is
 * counted in a few ms this way, where facet collectors, top-hits searches and per-record maps each walked them again.
 */
final class EventTally {
  /** Widest span of days a segment may hold for the day-to-period table; wider (bad dates) falls back to a map. */
  private static final long MAX_TABLE_DAYS = 1 << 16;

  private final Queries.Granularity by;
  private final boolean withActors;
  private final int newest;
  /** The newest events so far as {day, doc id}, the one that would go first on top. */
  private final PriorityQueue<long[]> newestHeap = new PriorityQueue<>((a, b) ->
      a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));

  private int first;
  private int second;
  private final List<String> typeNames = new ArrayList<>();
  private final Map<String, Integer> typeIndex = new HashMap<>();
  private long[] typeTotals = new long[16];
  private final Map<String, Long> actorTotals = new HashMap<>();
  private final List<Period> periods = new ArrayList<>();
  private final Map<String, Integer> periodIndex = new HashMap<>();
  private final Map<Long, Integer> periodOfDay = new HashMap<>();

  private EventTally(Queries.Granularity by, boolean withActors, int newest) {
    this.by = by;
    this.withActors = withActors;
    this.newest = newest;
  }

  /** One period's running totals; {@code types} is indexed like {@link #typeNames}. */
  private static final class Period {
    final String name;
    int count;
    double goldstein;
    int[] types = new int[16];

    Period(String name) {
      this.name = name;
    }
  }

  /**
   * Tallies the events matching {@code first} or {@code second}.
   *
   * @param second a second query whose matches are added to the first's (each event once), or null
   * @param withActors whether to count the actors of the events too (the actor facet)
   * @param newest how many of the newest events to keep (see {@link #newest()})
   */
  static EventTally of(IndexSearcher searcher, Query first, @Nullable Query second, Queries.Granularity by,
                       boolean withActors, int newest) throws IOException {
    EventTally t = new EventTally(by, withActors, newest);
    Weight w1 = searcher.createWeight(searcher.rewrite(first), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight w2 = second == null ? null : searcher.createWeight(searcher.rewrite(second), ScoreMode.COMPLETE_NO_SCORES,
        1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      t.collect(leaf, w1.scorer(leaf), w2 == null ? null : w2.scorer(leaf));
    }
    return t;
  }

  private void collect(LeafReaderContext leaf, @Nullable Scorer s1, @Nullable Scorer s2) throws IOException {
    if (s1 == null && s2 == null) {
      return;
    }
    LeafReader reader = leaf.reader();
    DocIdSetIterator it1 = s1 == null ? DocIdSetIterator.empty() : s1.iterator();
    DocIdSetIterator it2 = s2 == null ? DocIdSetIterator.empty() : s2.iterator();
    // Scorers do not skip deleted documents (re-ingested articles replace theirs); collectors would.
    Bits live = reader.getLiveDocs();
    NumericDocValues days = DocValues.getNumeric(reader, Fields.DAY);
    NumericDocValues gold = DocValues.getNumeric(reader, Fields.GOLDSTEIN);
    DayPeriods dayPeriods = new DayPeriods(reader);
    String typeField = ParleyStore.FACETS.getDimConfig(Fields.F_TYPE).indexFieldName;
    String actorField = ParleyStore.FACETS.getDimConfig(Fields.F_ACTOR).indexFieldName;
    SortedSetDocValues facetValues = reader.getSortedSetDocValues(typeField);
    DimRange types = DimRange.of(facetValues, Fields.F_TYPE);
    int[] typeOfOrd = typeIndexes(facetValues, types);
    // Both dimensions live in one doc-values field unless configured otherwise: then one walk reads both.
    SortedSetDocValues actorValues = !withActors ? null
        : actorField.equals(typeField) ? null : reader.getSortedSetDocValues(actorField);
    DimRange actors = !withActors ? DimRange.EMPTY
        : DimRange.of(actorField.equals(typeField) ? facetValues : actorValues, Fields.F_ACTOR);
    int[] actorCounts = new int[actors.size()];
    StoredFields stored = null;

    int d1 = it1.nextDoc();
    int d2 = it2.nextDoc();
    while (true) {
      int doc = Math.min(d1, d2);
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      boolean in1 = d1 == doc;
      boolean in2 = d2 == doc;
      if (in1) {
        d1 = it1.nextDoc();
      }
      if (in2) {
        d2 = it2.nextDoc();
      }
      if (live != null && !live.get(doc)) {
        continue;
      }
      if (in1) {
        first++;
      }
      if (in2) {
        second++;
      }
      int type = -1;
      if (facetValues != null && facetValues.advanceExact(doc)) {
        for (int i = 0, n = facetValues.docValueCount(); i < n; i++) {
          long ord = facetValues.nextOrd();
          if (types.contains(ord) && type < 0) {
            type = typeOfOrd[(int) (ord - types.first)];
          } else if (actors.contains(ord) && actorValues == null) {
            actorCounts[(int) (ord - actors.first)]++;
          }
        }
      }
      if (actorValues != null && actorValues.advanceExact(doc)) {
        for (int i = 0, n = actorValues.docValueCount(); i < n; i++) {
          long ord = actorValues.nextOrd();
          if (actors.contains(ord)) {
            actorCounts[(int) (ord - actors.first)]++;
          }
        }
      }
      if (type < 0) {
        // Only a store written before types were faceted lacks them: read the stored type then.
        if (stored == null) {
          stored = reader.storedFields();
        }
        String name = stored.document(doc, Set.of(Fields.TYPE)).get(Fields.TYPE);
        type = name == null ? -1 : typeIndex(name);
      }
      if (type >= 0) {
        typeTotals[type]++;
      }
      boolean dated = days.advanceExact(doc);
      long day = dated ? days.longValue() : 0;
      if (newest > 0) {
        // As a newest-first sort on the day ranks them: undated as day 0, ties in doc-id order (the order seen here).
        long[] worst = newestHeap.peek();
        if (newestHeap.size() < newest) {
          newestHeap.add(new long[] {day, leaf.docBase + doc});
        } else if (worst != null && day > worst[0]) {
          newestHeap.poll();
          newestHeap.add(new long[] {day, leaf.docBase + doc});
        }
      }
      if (!dated) {
        continue; // undated: counted, but on no timeline
      }
      Period p = periods.get(dayPeriods.slot(day));
      p.count++;
      p.goldstein += gold.advanceExact(doc) ? Double.longBitsToDouble(gold.longValue()) : 0.0;
      if (type >= 0) {
        if (type >= p.types.length) {
          p.types = Arrays.copyOf(p.types, Math.max(type + 1, p.types.length * 2));
        }
        p.types[type]++;
      }
    }
    for (int i = 0; i < actorCounts.length; i++) {
      if (actorCounts[i] > 0) {
        SortedSetDocValues v = actorValues != null ? actorValues : facetValues;
        actorTotals.merge(actors.label(v, actors.first + i), (long) actorCounts[i], Long::sum);
      }
    }
  }

  private int[] typeIndexes(@Nullable SortedSetDocValues values, DimRange range) throws IOException {
    int[] out = new int[range.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = typeIndex(range.label(values, range.first + i));
    }
    return out;
  }

  private int typeIndex(String name) {
    Integer i = typeIndex.get(name);
    if (i == null) {
      i = typeNames.size();
      typeNames.add(name);
      typeIndex.put(name, i);
      if (i >= typeTotals.length) {
        typeTotals = Arrays.copyOf(typeTotals, typeTotals.length * 2);
      }
    }
    return i;
  }

  /** Matches of the first query. */
  int first() {
    return first;
  }

  /** Matches of the second query. */
  int second() {
    return second;
  }

  /** The doc ids of the newest events kept, newest first, as a newest-first search would rank them. */
  int[] newest() {
    List<long[]> kept = new ArrayList<>(newestHeap);
    kept.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
    return kept.stream().mapToInt(k -> (int) k[1]).toArray();
  }

  /** Events per type, most first, then by type name. */
  List<FacetCount> types() {
    List<FacetCount> out = new ArrayList<>();
    for (int i = 0; i < typeNames.size(); i++) {
      if (typeTotals[i] > 0) {
        out.add(new FacetCount(typeNames.get(i), typeTotals[i]));
      }
    }
    out.sort(EventTally::mostFirst);
    return out;
  }

  /** Events per actor (source or target, each event once per actor), most first, then by code. */
  List<FacetCount> actors() {
    List<FacetCount> out = new ArrayList<>();
    actorTotals.forEach((k, v) -> out.add(new FacetCount(k, v)));
    out.sort(EventTally::mostFirst);
    return out;
  }

  /** The dated events per period, oldest period first. */
  List<StoreReader.Bucket> timeline() {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort((a, b) -> a.name.compareTo(b.name));
    List<StoreReader.Bucket> out = new ArrayList<>(sorted.size());
    for (Period p : sorted) {
      Map<String, Integer> byType = new TreeMap<>();
      for (int i = 0; i < Math.min(p.types.length, typeNames.size()); i++) {
        if (p.types[i] > 0) {
          byType.put(typeNames.get(i), p.types[i]);
        }
      }
      out.add(new StoreReader.Bucket(p.name, p.count, p.goldstein / p.count, byType));
    }
    return out;
  }

  /** The order of facet results: count descending, ties by the value's bytes as the index sorts them. */
  private static int mostFirst(FacetCount a, FacetCount b) {
    int c = Long.compare(b.count(), a.count());
    return c != 0 ? c : new BytesRef(a.value()).compareTo(new BytesRef(b.value()));
  }

  private int periodOf(long epochDay) {
    // Each segment has its own day table; remembering days here names each day's period once for all of them.
    Integer known = periodOfDay.get(epochDay);
    if (known != null) {
      return known;
    }
    String name = by.periodOf(LocalDate.ofEpochDay(epochDay));
    Integer i = periodIndex.get(name);
    if (i == null) {
      i = periods.size();
      periods.add(new Period(name));
      periodIndex.put(name, i);
    }
    periodOfDay.put(epochDay, i);
    return i;
  }

  /**
   * Maps a segment's epoch days to period slots through a table over the segment's span of days, so that each event
   * costs an array read rather than a date computation and a map lookup.
   */
  private final class DayPeriods {
    private final long min;
    private final int @Nullable [] table;

    DayPeriods(LeafReader reader) throws IOException {
      PointValues points = reader.getPointValues(Fields.DAY);
      long lo = 0;
      long hi = -1;
      if (points != null && points.size() > 0) {
        lo = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
        hi = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
      }
      min = lo;
      if (hi >= lo && hi - lo < MAX_TABLE_DAYS) {
        table = new int[(int) (hi - lo + 1)];
        Arrays.fill(table, -1);
      } else {
        table = null;
      }
    }

    int slot(long epochDay) {
      long i = epochDay - min;
      if (table != null && i >= 0 && i < table.length) {
        int s = table[(int) i];
        if (s < 0) {
          s = periodOf(epochDay);
          table[(int) i] = s;
        }
        return s;
      }
      return periodOf(epochDay);
    }
  }

  /**
   * The ordinals of one facet dimension in a segment's facet doc values: facet terms are "dim␟label" and sort by
   * dimension, so a dimension's ordinals are one contiguous run, found by two term lookups.
   */
  private record DimRange(String prefix, long first, long end) {
    static final DimRange EMPTY = new DimRange("", 0, 0);

    static DimRange of(@Nullable SortedSetDocValues values, String dim) throws IOException {
      if (values == null) {
        return EMPTY;
      }
      String prefix = dim + FacetsConfig.DELIM_CHAR;
      // The smallest string after every "dim␟…" term: the delimiter's successor in its place.
      String after = dim + (char) (FacetsConfig.DELIM_CHAR + 1);
      return new DimRange(prefix, insertionPoint(values, prefix), insertionPoint(values, after));
    }

    private static long insertionPoint(SortedSetDocValues values, String term) throws IOException {
      long ord = values.lookupTerm(new BytesRef(term));
      return ord < 0 ? -ord - 1 : ord;
    }

    boolean contains(long ord) {
      return ord >= first && ord < end;
    }

    int size() {
      return (int) (end - first);
    }

    String label(@Nullable SortedSetDocValues values, long ord) throws IOException {
      return values == null ? "" : values.lookupOrd(ord).utf8ToString().substring(prefix.length());
    }
  }
}
