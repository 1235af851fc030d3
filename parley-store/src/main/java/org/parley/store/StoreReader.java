package org.parley.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Read-side of the store: searches, facets, timelines. Holds one point-in-time view; close it when done.
 * Not for concurrent use by several threads; open one per request.
 *
 * <p>A facade: one class per family of reads does the work (RecordQueries builds the queries, RecordLoader loads
 * and marks the hits, FacetCounter, ActorRanking and EventTimelines count), so that callers keep one type to open.
 */
public final class StoreReader implements AutoCloseable {
  private final SearcherManager manager;
  private final IndexSearcher searcher;
  private final RecordQueries queries;
  private final RecordLoader loader;
  private final FacetCounter facetCounter;
  private final ActorRanking actors;
  private final EventTimelines timelines;

  StoreReader(SearcherManager manager) throws StoreException {
    this.manager = manager;
    try {
      this.searcher = manager.acquire();
    } catch (IOException e) {
      throw new StoreException("cannot open a reader: " + e.getMessage(), e);
    }
    this.queries = new RecordQueries(searcher.getIndexReader());
    this.loader = new RecordLoader(searcher);
    this.facetCounter = new FacetCounter(searcher);
    this.actors = new ActorRanking(searcher);
    this.timelines = new EventTimelines(searcher, queries, loader);
  }

  /**
   * Identifies the point-in-time view this reader reads: readers over the same commit return the same object, and a
   * new commit gives a new one. Whatever was computed from one view can be kept under this key (compared by identity)
   * and reused until the store changes.
   */
  public Object view() {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    return helper == null ? new Object() : helper.getKey();
  }

  /** Articles matching the query, best first when there is text, newest first otherwise. */
  public List<StoredArticle> searchArticles(Queries.ArticleQuery q) throws StoreException {
    return searchArticles(q, 0);
  }

  /**
   * One page of the articles matching the query: those ranked {@code offset} (inclusive) to {@code q.limit()}
   * (exclusive), in the order of {@link #searchArticles(Queries.ArticleQuery)}.
   */
  public List<StoredArticle> searchArticles(Queries.ArticleQuery q, int offset) throws StoreException {
    return read(() -> loader.articles(queries.articles(q), RecordQueries.articleText(q), q.limit(), offset));
  }

  /** How many articles match (all of them, not only a page). */
  public int countArticles(Queries.ArticleQuery q) throws StoreException {
    return read(() -> searcher.count(queries.articles(q)));
  }

  /** Facet counts (actor is empty for articles; site, month) over the articles matching a query. */
  public Map<String, List<FacetCount>> articleFacets(Queries.ArticleQuery q, int top) throws StoreException {
    return facets(Fields.KIND_ARTICLE, queries.articles(q), top);
  }

  /** One article by id, when stored. */
  public @Nullable StoredArticle article(String id) throws StoreException {
    return read(() -> loader.article(id));
  }

  /** Quotes and events of one article, in text order. */
  public List<StoredQuote> quotesOf(String articleId) throws StoreException {
    return read(() -> loader.quotes(RecordQueries.byArticle(Fields.KIND_QUOTE, articleId), 1000, 0, null, false));
  }

  /** Events of one article. */
  public List<StoredEvent> eventsOf(String articleId) throws StoreException {
    return read(() -> loader.events(RecordQueries.byArticle(Fields.KIND_EVENT, articleId), 1000, 0, null, false));
  }

  /**
   * The events of several articles at once, optionally only those whose source is an actor, in index order: how the
   * positions view finds the event coded from a quote's own sentence without one query per article.
   *
   * @param articleIds at most 1000 article ids
   * @param source an actor code as in {@link Queries.EventQuery#source()}, or null for any source
   */
  public List<StoredEvent> eventsOf(Collection<String> articleIds, @Nullable String source) throws StoreException {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    return read(() -> loader.events(RecordQueries.eventsOf(articleIds, source), Queries.MAX_LIMIT, 0, null, false));
  }

  /** Quotes matching the query, newest first. */
  public List<StoredQuote> searchQuotes(Queries.QuoteQuery q) throws StoreException {
    return searchQuotes(q, 0);
  }

  /** One page of the quotes matching the query: ranks {@code offset} (inclusive) to {@code q.limit()}. */
  public List<StoredQuote> searchQuotes(Queries.QuoteQuery q, int offset) throws StoreException {
    return read(() -> loader.quotes(queries.quotes(q), q.limit(), offset, RecordQueries.quoteTopic(q), true));
  }

  /** How many quotes match (all of them, not only a page). */
  public int countQuotes(Queries.QuoteQuery q) throws StoreException {
    return read(() -> searcher.count(queries.quotes(q)));
  }

  /** Facet counts (actor = speaker code, site, month) over the quotes matching a query. */
  public Map<String, List<FacetCount>> quoteFacets(Queries.QuoteQuery q, int top) throws StoreException {
    return facets(Fields.KIND_QUOTE, queries.quotes(q), top);
  }

  /** Events matching the query, newest first. */
  public List<StoredEvent> searchEvents(Queries.EventQuery q) throws StoreException {
    return searchEvents(q, 0);
  }

  /** One page of the events matching the query: ranks {@code offset} (inclusive) to {@code q.limit()}. */
  public List<StoredEvent> searchEvents(Queries.EventQuery q, int offset) throws StoreException {
    return read(() -> loader.events(queries.events(q), q.limit(), offset, RecordQueries.eventText(q), true));
  }

  /** How many events match (all of them, not only a page). */
  public int countEvents(Queries.EventQuery q) throws StoreException {
    return read(() -> searcher.count(queries.events(q)));
  }

  /**
   * Facet counts over the events (or quotes, or articles) matching a query.
   *
   * @param kind "event", "quote" or "article"
   * @param query restricts the records counted; null counts all of that kind
   * @param top how many values per facet
   * @return for each facet (actor, type, site, month) its top values
   */
  public Map<String, List<FacetCount>> facets(String kind, @Nullable Query query, int top) throws StoreException {
    return read(() -> facetCounter.count(kind, query, top));
  }

  /** Facet counts for events matching an event query. */
  public Map<String, List<FacetCount>> eventFacets(Queries.EventQuery q, int top) throws StoreException {
    return facets(Fields.KIND_EVENT, queries.events(q), top);
  }

  /** The actors that appear most, as event source, event target or quote speaker. */
  public List<ActorCount> topActors(int n) throws StoreException {
    return read(() -> actors.top(n));
  }

  /**
   * The dyad time series: events from A to B and from B to A, bucketed.
   *
   * @param a an actor code (three letters for a whole country)
   * @param b the other actor code
   */
  public List<DyadPoint> dyad(String a, String b, Queries.Granularity by, @Nullable LocalDate from,
                              @Nullable LocalDate to) throws StoreException {
    return read(() -> timelines.dyad(a, b, by, from, to));
  }

  /**
   * One bucket of an event time series.
   *
   * @param period the bucket's first day, ISO
   * @param count events in the bucket
   * @param meanGoldstein their mean Goldstein score
   * @param byType counts per PLOVER type
   */
  public record Bucket(String period, int count, double meanGoldstein, Map<String, Integer> byType) {
    public Bucket {
      byType = Map.copyOf(byType);
    }
  }

  /** The events matching a query (its limit ignored), counted per period and type, oldest period first. */
  public List<Bucket> timeline(Queries.EventQuery q, Queries.Granularity by) throws StoreException {
    return read(() -> timelines.timeline(queries.events(q), by));
  }

  /**
   * What an actor's page counts, over the events with the actor on either side: how many have it as source and as
   * target, the events per type and per actor (the actor's own codes and its counterparts), and the timeline.
   *
   * @param types events per PLOVER type, most first
   * @param actors events per actor code (source or target), most first, ties by code
   * @param timeline the dated events per period, oldest first
   * @param latest the newest events, newest first, as {@link #searchEvents} ranks them
   */
  public record ActorStats(int asSource, int asTarget, List<FacetCount> types, List<FacetCount> actors,
                           List<Bucket> timeline, List<StoredEvent> latest) {
    public ActorStats {
      types = List.copyOf(types);
      actors = List.copyOf(actors);
      timeline = List.copyOf(timeline);
      latest = List.copyOf(latest);
    }
  }

  /**
   * Counts an actor's events in one pass: the same figures as {@link #countEvents} with the actor as source and as
   * target, {@link #eventFacets}, {@link #timeline} and the first page of {@link #searchEvents} with it on either
   * side, without walking its events five times.
   *
   * @param code an actor code; three letters match the whole country, as in {@link Queries.EventQuery#actor()}
   * @param latest how many of the newest events to return
   */
  public ActorStats actorStats(String code, @Nullable LocalDate from, @Nullable LocalDate to,
                               Queries.Granularity by, int latest) throws StoreException {
    Queries.checkLimit(latest);
    return read(() -> timelines.actorStats(code, from, to, by, latest));
  }

  /** Counts of all records by kind, keyed "articles", "quotes", "events". */
  public Map<String, Integer> counts() throws StoreException {
    return totals().asMap();
  }

  /** Counts of all records by kind. */
  public StoreCounts totals() throws StoreException {
    return read(() -> new StoreCounts(count(Fields.KIND_ARTICLE), count(Fields.KIND_QUOTE), count(Fields.KIND_EVENT)));
  }

  private int count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.KIND, kind)));
  }

  /** The first and last day any record is dated, or null when none is. */
  public StoreGlance.@Nullable DayRange dayRange() throws StoreException {
    return read(() -> StoreGlance.dayRange(searcher));
  }

  /** The {@code n} pairs of countries or bodies with the most events between them (see {@link StoreGlance}). */
  public List<StoreGlance.DyadCount> topDyads(int n) throws StoreException {
    return read(() -> StoreGlance.topDyads(searcher, n));
  }

  /** Every resolved actor code with the events and quotes it appears in (as source, target or speaker). */
  public Map<String, Integer> actorCodeCounts() throws StoreException {
    return read(actors::totals);
  }

  /**
   * Calls {@code sink} with every event matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachEvent(Queries.EventQuery q, Consumer<StoredEvent> sink) throws StoreException {
    forEach(queries.events(q), d -> DocumentMapper.toEvent(d, null), sink);
  }

  /**
   * Calls {@code sink} with every quote matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachQuote(Queries.QuoteQuery q, Consumer<StoredQuote> sink) throws StoreException {
    forEach(queries.quotes(q), d -> DocumentMapper.toQuote(d, null), sink);
  }

  /**
   * Calls {@code sink} with every article matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachArticle(Queries.ArticleQuery q, Consumer<StoredArticle> sink) throws StoreException {
    forEach(queries.articles(q), d -> DocumentMapper.toArticle(d, null), sink);
  }

  private <T> void forEach(Query query, Function<Document, T> mapper, Consumer<T> sink) throws StoreException {
    try {
      loader.forEach(query, mapper, sink);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** A read of the view that may fail on I/O. */
  private interface Read<T> {
    T run() throws IOException;
  }

  private static <T> T read(Read<T> read) throws StoreException {
    try {
      return read.run();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static StoreException failure(IOException e) {
    return new StoreException("store read failed: " + e.getMessage(), e);
  }

  @Override
  public void close() throws StoreException {
    try {
      manager.release(searcher);
    } catch (IOException e) {
      throw failure(e);
    }
  }
}
