package org.parley.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorNames;
import org.parley.store.DyadPoint;
import org.parley.store.FacetCount;
import org.parley.store.ParleyStore;
import org.parley.store.Queries;
import org.parley.store.QueryDeadline;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.StoredQuote;

/** The JSON API's handlers. Each request opens its own point-in-time reader and closes it. */
final class Api {
  private static final int FACET_TOP = 10;
  /** How many types and actors the profile considers, as a facet's top values. */
  private static final int PROFILE_FACET_TOP = 50;

  private final ParleyStore store;
  private final ResponseCache cache;
  /** Time for the searches of one request; over it the request is refused (400) rather than answered in part. */
  private final java.time.Duration queryBudget;

  Api(ParleyStore store, ResponseCache cache, java.time.Duration queryBudget) {
    this.store = store;
    this.cache = cache;
    this.queryBudget = queryBudget;
  }

  @FunctionalInterface
  interface Read {
    Object apply(StoreReader r) throws StoreException;
  }

  void respond(Context ctx, Read read) throws StoreException {
    try (StoreReader r = store.reader()) {
      ctx.json(QueryDeadline.run(queryBudget, () -> read.apply(r)));
    }
  }

  /**
   * Answers from the cache when the same request was answered from the same store view, else computes and keeps the
   * answer. Errors (an unknown actor, say) are not kept.
   *
   * @param request the request as parsed, so that parameter order or ignored parameters make no other entry
   */
  void respondCached(Context ctx, String request, Read read) throws StoreException {
    try (StoreReader r = store.reader()) {
      Object view = r.view();
      String body = cache.get(view, request);
      if (body == null) {
        Object answer = QueryDeadline.run(queryBudget, () -> read.apply(r));
        body = ctx.jsonMapper().toJsonString(answer, answer.getClass());
        cache.put(view, request, body);
      }
      ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }
  }

  void health(Context ctx) throws StoreException {
    respond(ctx, r -> Map.of("status", "ok", "counts", r.counts()));
  }

  /** A page of results with the total, the next page's cursor and the facets of all matches. */
  record Results<T>(int total, List<T> items, @Nullable String next, Map<String, List<FacetCount>> facets) {}

  void articles(Context ctx) throws StoreException {
    Params.Page p = Params.page(ctx);
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    Queries.ArticleQuery q = new Queries.ArticleQuery(Params.text(ctx, "q"), Params.site(ctx), from, to, p.end());
    respond(ctx, r -> {
      int total = r.countArticles(q);
      Map<String, List<FacetCount>> facets = new LinkedHashMap<>(r.articleFacets(q, FACET_TOP));
      facets.remove("actor");
      facets.remove("type");
      SiteFacets.merge(facets, SiteFacets.articles(r, q));
      return new Results<>(total, r.searchArticles(q, p.offset()).stream().map(Api::summary).toList(),
          p.next(total), facets);
    });
  }

  /** An article in a result list: its text is cut to the standfirst and the highlighted fragment. */
  record ArticleSummary(String id, @Nullable String title, @Nullable String standfirst, @Nullable LocalDate day,
                        List<String> sites, List<String> urls, @Nullable String highlight) {}

  private static ArticleSummary summary(StoredArticle a) {
    String hl = a.highlight();
    if (hl == null) {
      hl = a.text().length() > 300 ? a.text().substring(0, 300) + "…" : a.text();
    }
    return new ArticleSummary(a.id(), a.title(), a.standfirst(), a.day(), a.sites(), a.urls(), hl);
  }

  void quotes(Context ctx) throws StoreException {
    Params.Page p = Params.page(ctx);
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    String speaker = Params.text(ctx, "speaker");
    Queries.QuoteQuery q = new Queries.QuoteQuery(speaker, Params.text(ctx, "q"), from, to, p.end(),
        Params.site(ctx), Params.attribution(ctx));
    respond(ctx, r -> {
      int total = r.countQuotes(q);
      Map<String, List<FacetCount>> facets = new LinkedHashMap<>(r.quoteFacets(q, FACET_TOP));
      facets.remove("type");
      SiteFacets.merge(facets, SiteFacets.quotes(r, q));
      return new Results<>(total, r.searchQuotes(q, p.offset()), p.next(total), facets);
    });
  }

  void events(Context ctx) throws StoreException {
    Params.Page p = Params.page(ctx);
    Queries.EventQuery q = eventQuery(ctx, p.end());
    respond(ctx, r -> {
      int total = r.countEvents(q);
      Map<String, List<FacetCount>> facets = new LinkedHashMap<>(r.eventFacets(q, FACET_TOP));
      SiteFacets.merge(facets, SiteFacets.events(r, q));
      return new Results<>(total, r.searchEvents(q, p.offset()), p.next(total), facets);
    });
  }

  private static Queries.EventQuery eventQuery(Context ctx, int limit) {
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    return new Queries.EventQuery(Params.code(ctx, "source"), Params.code(ctx, "target"), Params.type(ctx), from, to,
        Params.text(ctx, "q"), limit, Params.code(ctx, "actor"), Params.site(ctx));
  }

  void topActors(Context ctx) throws StoreException {
    int top = Params.intParam(ctx, "top", 20, 1, 200);
    respond(ctx, r -> r.topActors(top));
  }

  /** What the actor page shows; {@code busy} is the stretch of the timeline its chart shows first. */
  record ActorProfile(String code, List<String> names, List<String> codes, int asSource, int asTarget, int quotes,
                      Map<String, Long> byType, String by, List<StoreReader.Bucket> timeline,
                      List<FacetCount> counterparts, List<StoredQuote> latestQuotes, @Nullable BusyRange busy) {}

  void actor(Context ctx) throws StoreException {
    String code = Params.code(ctx.pathParam("code"), "code");
    Queries.Granularity by = Params.granularity(ctx, Queries.Granularity.WEEK);
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    respondCached(ctx, String.join(" ", "actor", code, by.name(), String.valueOf(from), String.valueOf(to)), r -> {
      Queries.QuoteQuery said = new Queries.QuoteQuery(code, null, from, to, 10);
      // Its names are taken from its newest 50 events and latest quotes: what the texts call it now.
      StoreReader.ActorStats stats = r.actorStats(code, from, to, by, 50);
      int quotes = r.countQuotes(said);
      if (stats.asSource() + stats.asTarget() + quotes == 0) {
        throw new NotFoundResponse("no events or quotes for actor " + code);
      }
      Map<String, Long> byType = new TreeMap<>();
      for (FacetCount f : top(stats.types(), PROFILE_FACET_TOP)) {
        byType.put(f.value(), f.count());
      }
      List<String> codes = new ArrayList<>();
      List<FacetCount> counterparts = new ArrayList<>();
      for (FacetCount f : top(stats.actors(), PROFILE_FACET_TOP)) {
        if (sameActor(code, f.value())) {
          codes.add(f.value());
        } else if (counterparts.size() < 15) {
          counterparts.add(f);
        }
      }
      List<StoredQuote> latest = r.searchQuotes(said);
      return new ActorProfile(code, names(code, stats.latest(), latest), codes, stats.asSource(),
          stats.asTarget(), quotes, byType, by.name().toLowerCase(java.util.Locale.ROOT), stats.timeline(),
          counterparts, latest, BusyRange.of(perPeriod(stats.timeline()), by));
    });
  }

  private static TreeMap<String, Integer> perPeriod(List<StoreReader.Bucket> timeline) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    timeline.forEach(b -> counts.merge(b.period(), b.count(), Integer::sum));
    return counts;
  }

  private static List<FacetCount> top(List<FacetCount> ranked, int n) {
    return ranked.subList(0, Math.min(n, ranked.size()));
  }

  /** Whether a stored code is the actor asked for: itself, or one of its sectors when a country was asked for. */
  private static boolean sameActor(String asked, String code) {
    return code.equals(asked) || asked.length() == 3 && code.startsWith(asked) && !code.startsWith("IGO");
  }

  private static List<String> names(String code, List<StoredEvent> events, List<StoredQuote> quotes) {
    Map<String, Integer> seen = new HashMap<>();
    for (StoredEvent e : events) {
      if (e.sourceName() != null && sameActor(code, e.source())) {
        seen.merge(e.sourceName(), 1, Integer::sum);
      }
      if (e.targetName() != null && e.target() != null && sameActor(code, e.target())) {
        seen.merge(e.targetName(), 1, Integer::sum);
      }
    }
    for (StoredQuote q : quotes) {
      if (q.speaker() != null) {
        seen.merge(q.speaker(), 1, Integer::sum);
      }
    }
    return seen.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10).map(Map.Entry::getKey).toList();
  }

  /** One bucket of one direction of a dyad, split into conflict and cooperation. */
  record DyadBucket(String period, int count, int conflict, int cooperation, double meanGoldstein,
                    Map<String, Integer> byType) {}

  /** One direction of a dyad. */
  record Direction(String source, String target, List<DyadBucket> points) {}

  /**
   * The dyad page's data: both directions over the union of their periods, the actors' display names, and the busy
   * range the chart shows first ({@link BusyRange}; null when there are no events).
   */
  record Dyad(String a, String b, @Nullable String aName, @Nullable String bName, String by, List<String> periods,
              List<Direction> directions, @Nullable BusyRange busy) {}

  void dyad(Context ctx) throws StoreException {
    String a = Params.code(ctx.queryParam("a") == null ? "" : ctx.queryParam("a"), "a");
    String b = Params.code(ctx.queryParam("b") == null ? "" : ctx.queryParam("b"), "b");
    Queries.Granularity by = Params.granularity(ctx, Queries.Granularity.WEEK);
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    respondCached(ctx, String.join(" ", "dyad", a, b, by.name(), String.valueOf(from), String.valueOf(to)), r -> {
      List<DyadPoint> points = r.dyad(a, b, by, from, to);
      TreeSet<String> periods = new TreeSet<>();
      TreeMap<String, Integer> counts = new TreeMap<>();
      List<DyadBucket> ab = new ArrayList<>();
      List<DyadBucket> ba = new ArrayList<>();
      for (DyadPoint p : points) {
        periods.add(p.period());
        counts.merge(p.period(), p.count(), Integer::sum);
        int conflict = 0;
        int cooperation = 0;
        for (Map.Entry<String, Integer> t : p.byType().entrySet()) {
          switch (PloverClasses.classOf(t.getKey())) {
            case "conflict" -> conflict += t.getValue();
            case "cooperation" -> cooperation += t.getValue();
            default -> { }
          }
        }
        DyadBucket bucket = new DyadBucket(p.period(), p.count(), conflict, cooperation,
            Math.round(p.meanGoldstein() * 100) / 100.0, new TreeMap<>(p.byType()));
        (p.source().equals(a) ? ab : ba).add(bucket);
      }
      return new Dyad(a, b, ActorNames.of(a), ActorNames.of(b), by.name().toLowerCase(java.util.Locale.ROOT),
          List.copyOf(periods), List.of(new Direction(a, b, ab), new Direction(b, a, ba)), BusyRange.of(counts, by));
    });
  }

  /** One entry of the positions view: a quote or an event, with the stance it shows when it shows one. */
  record Position(String kind, String id, String articleId, @Nullable LocalDate day, String text,
                  @Nullable String type, @Nullable String stance, @Nullable String speaker,
                  @Nullable String target, @Nullable String url, @Nullable String site,
                  @Nullable String highlight) {}

  /** The positions view's data. */
  record Positions(String actor, String topic, int quotes, int events, List<Position> items) {}

  void positions(Context ctx) throws StoreException {
    String actor = Params.code(ctx, "actor");
    String topic = Params.text(ctx, "topic");
    if (actor == null || topic == null) {
      throw new IllegalArgumentException("positions needs actor (a code such as RUS) and topic (words)");
    }
    int limit = Params.intParam(ctx, "limit", 100, 1, 200);
    LocalDate from = Params.date(ctx, "from", false);
    LocalDate to = Params.date(ctx, "to", true);
    Params.checkRange(from, to);
    String request = String.join("\u0000", "positions", actor, topic, String.valueOf(limit), String.valueOf(from),
        String.valueOf(to));
    respondCached(ctx, request, r -> {
      List<StoredQuote> quotes = r.searchQuotes(new Queries.QuoteQuery(actor, topic, from, to, limit));
      List<StoredEvent> events = r.searchEvents(new Queries.EventQuery(actor, null, null, from, to, topic, limit));
      // A quote takes the stance of the event coded from its own sentence, when there is one: the same sentence
      // span of the same article (records of stores written before offsets were kept: the same sentence text).
      Map<String, StoredEvent> bySentence = new HashMap<>();
      java.util.Set<String> articles = new java.util.LinkedHashSet<>();
      quotes.forEach(q -> articles.add(q.articleId()));
      for (StoredEvent e : r.eventsOf(articles, actor)) {
        bySentence.putIfAbsent(sentenceKey(e.articleId(), e.sentenceSpan(), e.sentence()), e);
      }
      List<Position> items = new ArrayList<>();
      for (StoredQuote q : quotes) {
        StoredEvent e = bySentence.get(sentenceKey(q.articleId(), q.sentenceSpan(), q.sentence()));
        String type = e == null ? null : e.type();
        items.add(new Position("quote", q.id(), q.articleId(), q.day(), q.text(), type, stance(type), q.speaker(),
            e == null ? null : e.target(), q.url(), q.site(), q.highlight()));
      }
      for (StoredEvent e : events) {
        items.add(new Position("event", e.id(), e.articleId(), e.day(), e.sentence(), e.type(), stance(e.type()),
            e.sourceName(), e.target(), e.url(), e.site(), e.highlight()));
      }
      items.sort(Comparator.comparing((Position p) -> p.day() == null ? LocalDate.MIN : p.day())
          .thenComparing(Position::id));
      return new Positions(actor, topic, quotes.size(), events.size(), items);
    });
  }

  /** Where a record's sentence is: its article and offsets, or its article and text when it has no offsets. */
  private static String sentenceKey(String articleId, org.parley.model.@Nullable Span span, String sentence) {
    return span != null ? articleId + "#" + span.start() + "-" + span.end() : articleId + "\u0000" + sentence;
  }

  private static @Nullable String stance(@Nullable String type) {
    return type != null && PloverClasses.STANCES.contains(type) ? type : null;
  }

  /** The article page's data: the text, its records, and where they sit in the text. */
  record ArticleView(StoredArticle article, List<StoredQuote> quotes, List<StoredEvent> events,
                     List<ArticleSpans.Span> spans) {}

  void article(Context ctx) throws StoreException {
    String id = ctx.pathParam("id");
    if (id.length() > Params.MAX_TEXT) {
      throw new IllegalArgumentException("id is longer than " + Params.MAX_TEXT + " characters");
    }
    respond(ctx, r -> {
      StoredArticle a = r.article(id);
      if (a == null) {
        throw new NotFoundResponse("no article with id " + id);
      }
      List<StoredQuote> quotes = r.quotesOf(id);
      List<StoredEvent> events = r.eventsOf(id);
      return new ArticleView(a, quotes, events, ArticleSpans.of(a.text(), quotes, events));
    });
  }
}
