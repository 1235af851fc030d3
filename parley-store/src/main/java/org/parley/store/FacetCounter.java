package org.parley.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/** Counts the facets (actor, type, site, month) of the records a query matches. */
final class FacetCounter {
  /** Each view's facet state, built once per view: building it walks the facet values of every segment. */
  private static final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> FACET_STATES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final IndexSearcher searcher;

  FacetCounter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Facet counts over the records of one kind matching a query.
   *
   * @param kind "event", "quote" or "article"
   * @param query restricts the records counted; null counts all of that kind
   * @param top how many values per facet
   * @return for each facet (actor, type, site, month) its top values
   */
  Map<String, List<FacetCount>> count(String kind, @Nullable Query query, int top) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return out;
    }
    Query q = query != null ? query : RecordQueries.kind(kind).build();
    FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    for (String[] dim : new String[][] {{"actor", Fields.F_ACTOR}, {"type", Fields.F_TYPE},
        {"site", Fields.F_SITE}, {"month", Fields.F_MONTH}}) {
      List<FacetCount> values = new ArrayList<>();
      if (state.getOrdRange(dim[1]) != null) {
        FacetResult r = facets.getTopChildren(top, dim[1]);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      if (dim[0].equals("month")) {
        values.sort((a, c) -> a.value().compareTo(c.value()));
      }
      out.put(dim[0], values);
    }
    return out;
  }

  private @Nullable SortedSetDocValuesReaderState facetState() throws IOException {
    IndexReader r = searcher.getIndexReader();
    if (r.maxDoc() == 0) {
      return null;
    }
    IndexReader.CacheKey key = r.getReaderCacheHelper() == null ? null : r.getReaderCacheHelper().getKey();
    if (key == null) {
      return new DefaultSortedSetDocValuesReaderState(r, ParleyStore.FACETS);
    }
    SortedSetDocValuesReaderState s = FACET_STATES.get(key);
    if (s == null) {
      s = new DefaultSortedSetDocValuesReaderState(r, ParleyStore.FACETS);
      FACET_STATES.put(key, s);
    }
    return s;
  }
}
