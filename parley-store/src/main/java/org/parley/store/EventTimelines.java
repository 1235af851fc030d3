package org.parley.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;

/** Events counted over time: timelines, the two directions of a dyad, and an actor's figures in one pass. */
final class EventTimelines {
  private final IndexSearcher searcher;
  private final RecordQueries queries;
  private final RecordLoader loader;

  EventTimelines(IndexSearcher searcher, RecordQueries queries, RecordLoader loader) {
    this.searcher = searcher;
    this.queries = queries;
    this.loader = loader;
  }

  /** Events from A to B and from B to A, bucketed, by period and then source. */
  List<DyadPoint> dyad(String a, String b, Queries.Granularity by, @Nullable LocalDate from, @Nullable LocalDate to)
      throws IOException {
    List<DyadPoint> out = new ArrayList<>();
    out.addAll(series(a, b, by, from, to));
    out.addAll(series(b, a, by, from, to));
    out.sort((x, y) -> x.period().equals(y.period()) ? x.source().compareTo(y.source()) : x.period().compareTo(y.period()));
    return out;
  }

  private List<DyadPoint> series(String src, String tgt, Queries.Granularity by, @Nullable LocalDate from,
                                 @Nullable LocalDate to) throws IOException {
    List<DyadPoint> out = new ArrayList<>();
    Query q = queries.events(new Queries.EventQuery(src, tgt, null, from, to, null, 1));
    for (StoreReader.Bucket b : timeline(q, by)) {
      out.add(new DyadPoint(b.period(), src, tgt, b.count(), b.meanGoldstein(), b.byType()));
    }
    return out;
  }

  /** The events matching a query, counted per period and type, oldest period first. */
  List<StoreReader.Bucket> timeline(Query q, Queries.Granularity by) throws IOException {
    return EventTally.of(searcher, q, null, by, false, 0).timeline();
  }

  /** An actor's figures over the events with it on either side (see {@link StoreReader#actorStats}). */
  StoreReader.ActorStats actorStats(String code, @Nullable LocalDate from, @Nullable LocalDate to,
                                    Queries.Granularity by, int latest) throws IOException {
    Query asSource = queries.events(new Queries.EventQuery(code, null, null, from, to, null, 1));
    Query asTarget = queries.events(new Queries.EventQuery(null, code, null, from, to, null, 1));
    EventTally t = EventTally.of(searcher, asSource, asTarget, by, true, latest);
    int[] newest = t.newest();
    ScoreDoc[] hits = new ScoreDoc[newest.length];
    for (int i = 0; i < newest.length; i++) {
      hits[i] = new ScoreDoc(newest[i], Float.NaN);
    }
    return new StoreReader.ActorStats(t.first(), t.second(), t.types(), t.actors(), t.timeline(), loader.events(hits));
  }
}
