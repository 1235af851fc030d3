package org.parley.store;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Read-side of the store: searches, facets, timelines. Holds one point-in-time view; close it when done.
 * Not for concurrent use by several threads; open one per request.
 */
public final class StoreReader implements AutoCloseable {
  private static final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> FACET_STATES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
  private static final String HL_OPEN = "[[";
  private static final String HL_CLOSE = "]]";
  private static final int HL_MAX_LENGTH = 100_000;
  /** Whether one-sentence texts are marked without the highlighter; tests turn it off to compare both ways. */
  static volatile boolean sentenceShortcut = true;

  private final SearcherManager manager;
  private final IndexSearcher searcher;

  StoreReader(SearcherManager manager) throws StoreException {
    this.manager = manager;
    try {
      this.searcher = manager.acquire();
    } catch (IOException e) {
      throw new StoreException("cannot open a reader: " + e.getMessage(), e);
    }
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
    boolean hasText = q.text() != null && !q.text().isBlank();
    List<StoredArticle> out = new ArrayList<>();
    try {
      Query query = articleQuery(q);
      TopDocs top = slice(hasText ? searcher.search(query, q.limit()) : searcher.search(query, q.limit(), newestFirst()),
          offset);
      Document[] docs = documents(top.scoreDocs);
      // Only the text clause can mark words of the text; the filters match every hit anyway.
      String[] hl = highlight(Fields.TEXT, hasText ? textQuery(q.text(), Fields.TEXT, Fields.TITLE) : query, top, docs);
      for (int i = 0; i < docs.length; i++) {
        out.add(DocumentMapper.toArticle(docs[i], hl == null ? null : hl[i]));
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return out;
  }

  /** How many articles match (all of them, not only a page). */
  public int countArticles(Queries.ArticleQuery q) throws StoreException {
    try {
      return searcher.count(articleQuery(q));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Facet counts (actor is empty for articles; site, month) over the articles matching a query. */
  public Map<String, List<FacetCount>> articleFacets(Queries.ArticleQuery q, int top) throws StoreException {
    return facets(Fields.KIND_ARTICLE, articleQuery(q), top);
  }

  private Query articleQuery(Queries.ArticleQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_ARTICLE);
    if (q.text() != null && !q.text().isBlank()) {
      b.add(textQuery(q.text(), Fields.TEXT, Fields.TITLE), BooleanClause.Occur.MUST);
    }
    if (q.site() != null) {
      b.add(siteQuery(q.site()), BooleanClause.Occur.FILTER);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
  }

  /** One article by id, when stored. */
  public @Nullable StoredArticle article(String id) throws StoreException {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + id)), 1);
      return top.scoreDocs.length == 0 ? null : DocumentMapper.toArticle(doc(top.scoreDocs[0]), null);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Quotes and events of one article, in text order. */
  public List<StoredQuote> quotesOf(String articleId) throws StoreException {
    return quotes(byArticle(Fields.KIND_QUOTE, articleId), 1000, 0, null, false);
  }

  /** Events of one article. */
  public List<StoredEvent> eventsOf(String articleId) throws StoreException {
    return events(byArticle(Fields.KIND_EVENT, articleId), 1000, 0, null, false);
  }

  /**
   * The events of several articles at once, optionally only those whose source is an actor, in index order: how the
   * positions view finds the event coded from a quote's own sentence without one query per article.
   *
   * @param articleIds at most 1000 article ids
   * @param source an actor code as in {@link Queries.EventQuery#source()}, or null for any source
   */
  public List<StoredEvent> eventsOf(java.util.Collection<String> articleIds, @Nullable String source)
      throws StoreException {
    if (articleIds.size() > 1000) {
      throw new IllegalArgumentException("at most 1000 articles at once, got " + articleIds.size());
    }
    if (articleIds.isEmpty()) {
      return List.of();
    }
    List<org.apache.lucene.util.BytesRef> ids = new ArrayList<>();
    for (String id : articleIds) {
      ids.add(new org.apache.lucene.util.BytesRef(id));
    }
    BooleanQuery.Builder b = kind(Fields.KIND_EVENT);
    b.add(new org.apache.lucene.search.TermInSetQuery(Fields.ARTICLE, ids), BooleanClause.Occur.FILTER);
    if (source != null && !source.isBlank()) {
      b.add(actorQuery(source.strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.FILTER);
    }
    return events(b.build(), Queries.MAX_LIMIT, 0, null, false);
  }

  /** Quotes matching the query, newest first. */
  public List<StoredQuote> searchQuotes(Queries.QuoteQuery q) throws StoreException {
    return searchQuotes(q, 0);
  }

  /** One page of the quotes matching the query: ranks {@code offset} (inclusive) to {@code q.limit()}. */
  public List<StoredQuote> searchQuotes(Queries.QuoteQuery q, int offset) throws StoreException {
    boolean about = q.about() != null && !q.about().isBlank();
    Query query = quoteQuery(q);
    return quotes(query, q.limit(), offset, about ? textQuery(q.about(), Fields.TEXT, Fields.SENTENCE) : null, true);
  }

  /** How many quotes match (all of them, not only a page). */
  public int countQuotes(Queries.QuoteQuery q) throws StoreException {
    try {
      return searcher.count(quoteQuery(q));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Facet counts (actor = speaker code, site, month) over the quotes matching a query. */
  public Map<String, List<FacetCount>> quoteFacets(Queries.QuoteQuery q, int top) throws StoreException {
    return facets(Fields.KIND_QUOTE, quoteQuery(q), top);
  }

  private Query quoteQuery(Queries.QuoteQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_QUOTE);
    if (q.speaker() != null && !q.speaker().isBlank()) {
      b.add(speakerQuery(q.speaker().strip()), BooleanClause.Occur.MUST);
    }
    if (q.about() != null && !q.about().isBlank()) {
      b.add(textQuery(q.about(), Fields.TEXT, Fields.SENTENCE), BooleanClause.Occur.MUST);
    }
    if (q.site() != null && !q.site().isBlank()) {
      b.add(siteQuery(q.site()), BooleanClause.Occur.FILTER);
    }
    Term belief = new Term(Fields.QUOTE_ATTRIBUTION, org.parley.model.Attribution.BELIEF.label());
    if (q.attribution() == org.parley.model.Attribution.BELIEF) {
      b.add(new TermQuery(belief), BooleanClause.Occur.FILTER);
    } else if (q.attribution() == org.parley.model.Attribution.SPEECH) {
      // Not "is speech": quotes stored before the field existed have none, and they were all taken as speech.
      b.add(new TermQuery(belief), BooleanClause.Occur.MUST_NOT);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
  }

  /** Events matching the query, newest first. */
  public List<StoredEvent> searchEvents(Queries.EventQuery q) throws StoreException {
    return searchEvents(q, 0);
  }

  /** One page of the events matching the query: ranks {@code offset} (inclusive) to {@code q.limit()}. */
  public List<StoredEvent> searchEvents(Queries.EventQuery q, int offset) throws StoreException {
    Query query = eventQuery(q);
    return events(query, q.limit(), offset,
        q.text() == null || q.text().isBlank() ? null : textQuery(q.text(), Fields.SENTENCE), true);
  }

  /** How many events match (all of them, not only a page). */
  public int countEvents(Queries.EventQuery q) throws StoreException {
    try {
      return searcher.count(eventQuery(q));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private Query eventQuery(Queries.EventQuery q) {
    BooleanQuery.Builder b = kind(Fields.KIND_EVENT);
    if (q.source() != null && !q.source().isBlank()) {
      b.add(actorQuery(q.source().strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.FILTER);
    }
    if (q.target() != null && !q.target().isBlank()) {
      b.add(actorQuery(q.target().strip(), Fields.TARGET, Fields.TARGET_CC), BooleanClause.Occur.FILTER);
    }
    if (q.type() != null && !q.type().isBlank()) {
      b.add(new TermQuery(new Term(Fields.TYPE, q.type().strip().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(actorQuery(q.actor().strip(), Fields.SOURCE, Fields.SOURCE_CC), BooleanClause.Occur.SHOULD);
      either.add(actorQuery(q.actor().strip(), Fields.TARGET, Fields.TARGET_CC), BooleanClause.Occur.SHOULD);
      b.add(either.build(), BooleanClause.Occur.FILTER);
    }
    if (q.site() != null && !q.site().isBlank()) {
      b.add(siteQuery(q.site()), BooleanClause.Occur.FILTER);
    }
    if (q.text() != null && !q.text().isBlank()) {
      b.add(textQuery(q.text(), Fields.SENTENCE), BooleanClause.Occur.MUST);
    }
    dateFilter(b, q.from(), q.to());
    return b.build();
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
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    try {
      SortedSetDocValuesReaderState state = facetState();
      if (state == null) {
        return out;
      }
      Query q = query != null ? query : kind(kind).build();
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
    } catch (IOException e) {
      throw failure(e);
    }
    return out;
  }

  /** Facet counts for events matching an event query. */
  public Map<String, List<FacetCount>> eventFacets(Queries.EventQuery q, int top) throws StoreException {
    return facets(Fields.KIND_EVENT, eventQuery(q), top);
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

  /** The actors that appear most, as event source, event target or quote speaker. */
  public List<ActorCount> topActors(int n) throws StoreException {
    Map<String, int[]> counts = new HashMap<>();
    try {
      countCodes(Fields.SOURCE, counts, 0);
      countCodes(Fields.TARGET, counts, 1);
      countCodes(Fields.SPEAKER_CODE, counts, 2);
      List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
      ranked.sort((x, y) -> {
        int tx = x.getValue()[0] + x.getValue()[1] + x.getValue()[2];
        int ty = y.getValue()[0] + y.getValue()[1] + y.getValue()[2];
        return tx != ty ? Integer.compare(ty, tx) : x.getKey().compareTo(y.getKey());
      });
      List<ActorCount> out = new ArrayList<>();
      for (Map.Entry<String, int[]> e : ranked.subList(0, Math.min(n, ranked.size()))) {
        int[] c = e.getValue();
        String display = org.parley.model.ActorNames.of(e.getKey());
        out.add(new ActorCount(e.getKey(), display != null ? display : nameOf(e.getKey()), c[0], c[1], c[2]));
      }
      return out;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private void countCodes(String field, Map<String, int[]> counts, int slot) throws IOException {
    // Codes are few and records many: walking the field's terms counts each code's postings directly.
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      org.apache.lucene.index.TermsEnum te = terms.iterator();
      org.apache.lucene.util.BytesRef t;
      while ((t = te.next()) != null) {
        String code = t.utf8ToString();
        if (code.equals("---") || code.startsWith("UNK")) {
          continue; // unresolved actors are not an actor to rank
        }
        org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        int count = 0;
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (live == null || live.get(d)) {
            count++;
          }
        }
        counts.computeIfAbsent(code, k -> new int[3])[slot] += count;
      }
    }
  }

  private String nameOf(String code) throws IOException {
    // An actor's own name ("Russia") where one was recorded, else whoever spoke or acted under the code.
    BooleanQuery.Builder named = kind(Fields.KIND_EVENT);
    named.add(new TermQuery(new Term(Fields.SOURCE, code)), BooleanClause.Occur.FILTER);
    named.add(new TermQuery(new Term(Fields.SOURCE_NAMED, "yes")), BooleanClause.Occur.FILTER);
    TopDocs own = searcher.search(named.build(), 1);
    if (own.scoreDocs.length > 0) {
      String name = doc(own.scoreDocs[0]).get(Fields.SOURCE_NAME);
      if (name != null) {
        return name;
      }
    }
    for (String[] f : new String[][] {{Fields.SOURCE, Fields.SOURCE_NAME}, {Fields.TARGET, Fields.TARGET_NAME},
        {Fields.SPEAKER_CODE, Fields.SPEAKER}}) {
      TopDocs top = searcher.search(new TermQuery(new Term(f[0], code)), 1);
      if (top.scoreDocs.length > 0) {
        String name = doc(top.scoreDocs[0]).get(f[1]);
        if (name != null) {
          return name;
        }
      }
    }
    return code;
  }


  /**
   * The dyad time series: events from A to B and from B to A, bucketed.
   *
   * @param a an actor code (three letters for a whole country)
   * @param b the other actor code
   */
  public List<DyadPoint> dyad(String a, String b, Queries.Granularity by, @Nullable LocalDate from,
                              @Nullable LocalDate to) throws StoreException {
    List<DyadPoint> out = new ArrayList<>();
    try {
      out.addAll(series(a, b, by, from, to));
      out.addAll(series(b, a, by, from, to));
    } catch (IOException e) {
      throw failure(e);
    }
    out.sort((x, y) -> x.period().equals(y.period()) ? x.source().compareTo(y.source()) : x.period().compareTo(y.period()));
    return out;
  }

  private List<DyadPoint> series(String src, String tgt, Queries.Granularity by, @Nullable LocalDate from,
                                 @Nullable LocalDate to) throws IOException {
    List<DyadPoint> out = new ArrayList<>();
    for (Bucket b : buckets(eventQuery(new Queries.EventQuery(src, tgt, null, from, to, null, 1)), by)) {
      out.add(new DyadPoint(b.period(), src, tgt, b.count(), b.meanGoldstein(), b.byType()));
    }
    return out;
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
    try {
      return buckets(eventQuery(q), by);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private List<Bucket> buckets(Query q, Queries.Granularity by) throws IOException {
    return EventTally.of(searcher, q, null, by, false, 0).timeline();
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
    Query asSource = eventQuery(new Queries.EventQuery(code, null, null, from, to, null, 1));
    Query asTarget = eventQuery(new Queries.EventQuery(null, code, null, from, to, null, 1));
    try {
      EventTally t = EventTally.of(searcher, asSource, asTarget, by, true, latest);
      int[] newest = t.newest();
      ScoreDoc[] hits = new ScoreDoc[newest.length];
      for (int i = 0; i < newest.length; i++) {
        hits[i] = new ScoreDoc(newest[i], Float.NaN);
      }
      List<StoredEvent> events = new ArrayList<>();
      for (Document d : documents(hits)) {
        events.add(DocumentMapper.toEvent(d, null));
      }
      return new ActorStats(t.first(), t.second(), t.types(), t.actors(), t.timeline(), events);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  static String bucket(LocalDate day, Queries.Granularity by) {
    return switch (by) {
      case DAY -> day.toString();
      case WEEK -> day.with(DayOfWeek.MONDAY).toString();
      case MONTH -> day.withDayOfMonth(1).toString();
    };
  }

  /** Counts of all records by kind, keyed "articles", "quotes", "events". */
  public Map<String, Integer> counts() throws StoreException {
    return totals().asMap();
  }

  /** Counts of all records by kind. */
  public StoreCounts totals() throws StoreException {
    try {
      return new StoreCounts(count(Fields.KIND_ARTICLE), count(Fields.KIND_QUOTE), count(Fields.KIND_EVENT));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private int count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.KIND, kind)));
  }

  /** The first and last day any record is dated, or null when none is. */
  public StoreGlance.@Nullable DayRange dayRange() throws StoreException {
    try {
      return StoreGlance.dayRange(searcher);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The {@code n} pairs of countries or bodies with the most events between them (see {@link StoreGlance}). */
  public List<StoreGlance.DyadCount> topDyads(int n) throws StoreException {
    try {
      return StoreGlance.topDyads(searcher, n);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Every resolved actor code with the events and quotes it appears in (as source, target or speaker). */
  public Map<String, Integer> actorCodeCounts() throws StoreException {
    Map<String, int[]> counts = new HashMap<>();
    try {
      countCodes(Fields.SOURCE, counts, 0);
      countCodes(Fields.TARGET, counts, 1);
      countCodes(Fields.SPEAKER_CODE, counts, 2);
    } catch (IOException e) {
      throw failure(e);
    }
    Map<String, Integer> out = new HashMap<>();
    counts.forEach((code, c) -> out.put(code, c[0] + c[1] + c[2]));
    return out;
  }

  /**
   * Calls {@code sink} with every event matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachEvent(Queries.EventQuery q, java.util.function.Consumer<StoredEvent> sink) throws StoreException {
    forEach(eventQuery(q), d -> DocumentMapper.toEvent(d, null), sink);
  }

  /**
   * Calls {@code sink} with every quote matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachQuote(Queries.QuoteQuery q, java.util.function.Consumer<StoredQuote> sink) throws StoreException {
    forEach(quoteQuery(q), d -> DocumentMapper.toQuote(d, null), sink);
  }

  /**
   * Calls {@code sink} with every article matching the query (its limit is ignored), oldest first and undated ones
   * last, without holding them all in memory.
   */
  public void forEachArticle(Queries.ArticleQuery q, java.util.function.Consumer<StoredArticle> sink)
      throws StoreException {
    forEach(articleQuery(q), d -> DocumentMapper.toArticle(d, null), sink);
  }

  private <T> void forEach(Query query, java.util.function.Function<Document, T> mapper,
                           java.util.function.Consumer<T> sink) throws StoreException {
    try {
      ScoreDoc after = null;
      SortField byDay = new SortField(Fields.DAY, SortField.Type.LONG);
      // Undated records last, not first as day 0 (1970) would put them.
      byDay.setMissingValue(Long.MAX_VALUE);
      Sort sort = new Sort(byDay, SortField.FIELD_DOC);
      while (true) {
        TopDocs top = after == null ? searcher.search(query, 1000, sort) : searcher.searchAfter(after, query, 1000, sort);
        if (top.scoreDocs.length == 0) {
          return;
        }
        for (Document d : documents(top.scoreDocs)) {
          sink.accept(mapper.apply(d));
        }
        after = top.scoreDocs[top.scoreDocs.length - 1];
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private List<StoredQuote> quotes(Query q, int limit, int offset, @Nullable Query highlightQuery, boolean newest)
      throws StoreException {
    try {
      TopDocs top = slice(newest ? searcher.search(q, limit, newestFirst()) : searcher.search(q, limit, docOrder()),
          offset);
      Document[] docs = documents(top.scoreDocs);
      String[] hl = highlightQuery == null ? null : highlight(Fields.TEXT, highlightQuery, top, docs);
      List<StoredQuote> out = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        out.add(DocumentMapper.toQuote(docs[i], hl == null ? null : hl[i]));
      }
      return out;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private List<StoredEvent> events(Query q, int limit, int offset, @Nullable Query highlightQuery, boolean newest)
      throws StoreException {
    try {
      TopDocs top = slice(newest ? searcher.search(q, limit, newestFirst()) : searcher.search(q, limit, docOrder()),
          offset);
      Document[] docs = documents(top.scoreDocs);
      String[] hl = highlightQuery == null ? null : highlight(Fields.SENTENCE, highlightQuery, top, docs);
      List<StoredEvent> out = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        out.add(DocumentMapper.toEvent(docs[i], hl == null ? null : hl[i]));
      }
      return out;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The hits' stored documents, in the hits' order. Stored fields are compressed in blocks of neighbouring documents:
   * loading in doc-id order through one StoredFields decompresses each block once, where rank order would jump
   * between blocks and a StoredFields per document would decompress a block per document.
   */
  private Document[] documents(ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
    org.apache.lucene.index.StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[hits.length];
    for (int i : byDoc) {
      docs[i] = stored.document(hits[i].doc);
    }
    return docs;
  }

  /**
   * The hits' {@code field} with the query's matches marked, from the documents already loaded for the hits: the
   * highlighter would otherwise load and decompress every hit's stored fields a second time.
   */
  private @Nullable String[] highlight(String field, Query q, TopDocs top, Document[] docs) throws IOException {
    if (top.scoreDocs.length == 0) {
      return null;
    }
    String[] out = new String[docs.length];
    // Texts of one sentence are marked directly; the highlighter takes the rest (long texts, phrases, wildcards).
    SentenceHighlighter quick = sentenceShortcut
        ? SentenceHighlighter.of(ParleyStore.ANALYZER, field, q, HL_OPEN, HL_CLOSE, HL_MAX_LENGTH) : null;
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out[i] = quick == null ? null : quick.highlight(docs[i].get(field));
      if (out[i] == null) {
        rest.add(i);
      }
    }
    if (rest.isEmpty()) {
      return out;
    }
    Map<Integer, String> loaded = new HashMap<>();
    ScoreDoc[] hits = new ScoreDoc[rest.size()];
    for (int k = 0; k < hits.length; k++) {
      int i = rest.get(k);
      hits[k] = top.scoreDocs[i];
      loaded.put(hits[k].doc, docs[i].get(field));
    }
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, ParleyStore.ANALYZER)
        .withFormatter(new org.apache.lucene.search.uhighlight.DefaultPassageFormatter(HL_OPEN, HL_CLOSE, "…", false))
        .withMaxLength(HL_MAX_LENGTH);
    String[] marked = new LoadedValuesHighlighter(b, field, loaded)
        .highlight(field, q, new TopDocs(top.totalHits, hits), 2);
    for (int k = 0; k < hits.length; k++) {
      out[rest.get(k)] = marked[k];
    }
    return out;
  }

  /** A highlighter that takes one field's values from documents already loaded, as its own loader would read them. */
  private static final class LoadedValuesHighlighter extends UnifiedHighlighter {
    private final String field;
    private final Map<Integer, String> loaded;

    LoadedValuesHighlighter(UnifiedHighlighter.Builder b, String field, Map<Integer, String> loaded) {
      super(b);
      this.field = field;
      this.loaded = loaded;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      if (fields.length != 1 || !fields[0].equals(field)) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      // The same contract as the stored-fields loader: values cut to the maximum length, null when absent, and
      // batches that stop once they hold more than the threshold's characters.
      List<CharSequence[]> out = new ArrayList<>();
      long chars = 0;
      do {
        int doc = docIter.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        String v = loaded.get(doc);
        if (v == null && !loaded.containsKey(doc)) {
          throw new IllegalStateException("document " + doc + " was not loaded for highlighting");
        }
        String cut = v == null ? null : v.substring(0, Math.min(getMaxLength(), v.length()));
        out.add(new CharSequence[] {cut});
        chars += cut == null ? 0 : cut.length();
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return out;
    }
  }

  /** Keeps the hits from {@code offset} on, so that only the page shown is loaded and highlighted. */
  private static TopDocs slice(TopDocs top, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (offset == 0) {
      return top;
    }
    int from = Math.min(offset, top.scoreDocs.length);
    return new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
  }

  private Document doc(ScoreDoc sd) throws IOException {
    return searcher.storedFields().document(sd.doc);
  }

  private static Sort newestFirst() {
    return new Sort(new SortField(Fields.DAY, SortField.Type.LONG, true), SortField.FIELD_DOC);
  }

  private static Sort docOrder() {
    return new Sort(SortField.FIELD_DOC);
  }

  /** Every stored spelling of the site asked for ({@link SiteNames}); a site never stored matches nothing. */
  private Query siteQuery(String site) {
    String key = SiteNames.key(site);
    java.util.Set<String> spellings = new java.util.TreeSet<>(List.of(site));
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        org.apache.lucene.index.Terms terms = leaf.reader().terms(Fields.SITE);
        if (terms == null) {
          continue;
        }
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
          String stored = t.utf8ToString();
          if (SiteNames.key(stored).equals(key)) {
            spellings.add(stored);
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (spellings.size() == 1) {
      return new TermQuery(new Term(Fields.SITE, site));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    spellings.forEach(s -> any.add(new TermQuery(new Term(Fields.SITE, s)), BooleanClause.Occur.SHOULD));
    return new org.apache.lucene.search.ConstantScoreQuery(any.build());
  }

  private static BooleanQuery.Builder kind(String kind) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
    return b;
  }

  private static Query byArticle(String kind, String articleId) {
    return kind(kind).add(new TermQuery(new Term(Fields.ARTICLE, articleId)), BooleanClause.Occur.FILTER).build();
  }

  private static Query textQuery(String text, String... fields) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String f : fields) {
      weights.put(f, 1f);
    }
    SimpleQueryParser p = new SimpleQueryParser(ParleyStore.ANALYZER, weights);
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = p.parse(text);
    if (q == null) {
      return new MatchAllDocsQuery();
    }
    QueryCost.check(q);
    return q;
  }

  private static Query speakerQuery(String speaker) {
    if (speaker.matches("[A-Z]{3}[A-Z]*")) {
      return speakerCodeQuery(speaker);
    }
    if (speaker.matches("[A-Za-z]{3,}")) {
      // one word not in capitals: "est" is the code EST typed in lower case, "Saar" a name; match either
      return new BooleanQuery.Builder()
          .add(speakerCodeQuery(speaker.toUpperCase(Locale.ROOT)), BooleanClause.Occur.SHOULD)
          .add(textQuery(speaker, Fields.SPEAKER), BooleanClause.Occur.SHOULD)
          .build();
    }
    return textQuery(speaker, Fields.SPEAKER);
  }

  private static Query speakerCodeQuery(String code) {
    return new TermQuery(new Term(code.length() == 3 ? Fields.SPEAKER_CC : Fields.SPEAKER_CODE, code));
  }

  private static Query actorQuery(String code, String field, String ccField) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.length() == 3 ? new TermQuery(new Term(ccField, c)) : new TermQuery(new Term(field, c));
  }

  private static void dateFilter(BooleanQuery.Builder b, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
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
