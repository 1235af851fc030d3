package org.parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorNames;
import org.parley.store.ActorCount;
import org.parley.store.FacetCount;
import org.parley.store.Queries;
import org.parley.store.StoreException;
import org.parley.store.StoreGlance;
import org.parley.store.StoreReader;
import org.parley.store.StoredEvent;

/**
 * The handlers that help a reader find their way: the store at a glance for the landing page, display names for
 * actor codes, and actor codes suggested as one types.
 */
final class OverviewApi {
  private static final int TOP = 10;
  private static final int MAX_NAMES = 200;

  private final Api api;
  /** The actors the store knows, for suggestions, computed once per store view. */
  private final AtomicReference<Known> known = new AtomicReference<>();

  private record Known(Object view, List<Suggestion> actors) {}

  OverviewApi(Api api) {
    this.api = api;
  }

  /** A pair of actors as the overview lists it: both directions, names beside codes. */
  record DyadSummary(String a, @Nullable String aName, String b, @Nullable String bName, int aToB, int bToA) {}

  /** The landing page's data. */
  record Overview(Map<String, Integer> counts, @Nullable LocalDate first, @Nullable LocalDate last,
                  List<FacetCount> eventsByMonth, List<ActorCount> actors, List<DyadSummary> dyads,
                  List<FacetCount> sites, List<StoredEvent> latest) {}

  void overview(Context ctx) throws StoreException {
    api.respondCached(ctx, "overview", r -> {
      StoreGlance.DayRange days = r.dayRange();
      Map<String, List<FacetCount>> events = r.facets("event", null, 10_000);
      Map<String, List<FacetCount>> articles = new LinkedHashMap<>(r.facets("article", null, TOP));
      SiteFacets.merge(articles, SiteFacets.articles(r, new Queries.ArticleQuery(null, null, null, null, 1)));
      List<DyadSummary> dyads = r.topDyads(TOP).stream().map(d -> new DyadSummary(d.a(), ActorNames.of(d.a()),
          d.b(), ActorNames.of(d.b()), d.aToB(), d.bToA())).toList();
      return new Overview(r.counts(), days == null ? null : days.first(), days == null ? null : days.last(),
          events.getOrDefault("month", List.of()), r.topActors(TOP), dyads, articles.getOrDefault("site", List.of()),
          r.searchEvents(new Queries.EventQuery(null, null, null, null, null, null, TOP)));
    });
  }

  /** {@code codes=EST,RUSGOV} → their display names; codes without one are left out. */
  void names(Context ctx) {
    String codes = Params.text(ctx, "codes");
    if (codes == null) {
      throw new IllegalArgumentException("names needs codes: actor codes separated by commas (e.g. EST,RUSGOV)");
    }
    List<String> asked = Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (asked.size() > MAX_NAMES) {
      throw new IllegalArgumentException("codes holds " + asked.size() + " codes; at most " + MAX_NAMES + " are allowed");
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : asked) {
      String code = Params.code(c, "each of codes");
      String name = ActorNames.of(code);
      if (name != null) {
        names.put(code, name);
      }
    }
    ctx.json(names);
  }

  /**
   * An actor code the store knows, with its display name when it has one.
   *
   * @param count events and quotes it appears in (a country counts those of all its sectors)
   */
  record Suggestion(String code, @Nullable String name, int count) {}

  /** {@code q=est} → the store's actors whose code starts so or whose name has a word that does, most used first. */
  void suggest(Context ctx) throws StoreException {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw new IllegalArgumentException("suggest needs q: the start of an actor code or name");
    }
    int limit = Params.intParam(ctx, "limit", TOP, 1, 50);
    api.respond(ctx, r -> match(actors(r), q, limit));
  }

  private List<Suggestion> actors(StoreReader r) throws StoreException {
    Known k = known.get();
    Object view = r.view();
    if (k == null || k.view() != view) {
      k = new Known(view, actorsOf(r.actorCodeCounts()));
      known.set(k);
    }
    return k.actors();
  }

  /** Each code, and each country whose sectors appear (one asks for RUS to mean RUSGOV, RUSMIL … together). */
  static List<Suggestion> actorsOf(Map<String, Integer> codes) {
    Map<String, Integer> counts = new HashMap<>(codes);
    codes.forEach((code, n) -> {
      if (code.length() > 3 && !code.startsWith("IGO") && !code.startsWith("NGO")) {
        counts.merge(code.substring(0, 3), n, Integer::sum);
      }
    });
    List<Suggestion> out = new ArrayList<>();
    counts.forEach((code, n) -> out.add(new Suggestion(code, ActorNames.of(code), n)));
    return out;
  }

  static List<Suggestion> match(List<Suggestion> actors, String q, int limit) {
    String code = q.strip().toUpperCase(Locale.ROOT);
    String word = q.strip().toLowerCase(Locale.ROOT);
    Map<Suggestion, Integer> rank = new HashMap<>();
    for (Suggestion s : actors) {
      int r = s.code().equals(code) ? 0 : s.code().startsWith(code) ? 1 : nameMatches(s.name(), word) ? 2 : -1;
      if (r >= 0) {
        rank.put(s, r);
      }
    }
    return rank.keySet().stream()
        .sorted(Comparator.comparingInt((Suggestion s) -> rank.get(s))
            .thenComparing(Comparator.comparingInt(Suggestion::count).reversed())
            .thenComparing(Suggestion::code))
        .limit(limit).toList();
  }

  /** Whether the name starts with the words typed, or one of its words does ("kos" finds "Kosovo (police)"). */
  private static boolean nameMatches(@Nullable String name, String typed) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith(typed)) {
      return true;
    }
    for (String w : n.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && w.startsWith(typed)) {
        return true;
      }
    }
    return false;
  }
}
