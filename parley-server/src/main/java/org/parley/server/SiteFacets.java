package org.parley.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.store.FacetCount;
import org.parley.store.Queries;
import org.parley.store.SiteNames;
import org.parley.store.StoreException;
import org.parley.store.StoreReader;

/**
 * The site facet with every site once: spellings of one site ({@link SiteNames}) become one entry under the spelling
 * most records carry, which as a filter matches them all. Its count is counted again rather than summed, since an
 * article folded from copies on both spellings carries both.
 */
final class SiteFacets {
  private SiteFacets() {}

  @FunctionalInterface
  interface Count {
    long of(String site) throws StoreException;
  }

  /** Replaces the facets' {@code site} list, when there is one, by its merged form. */
  static void merge(Map<String, List<FacetCount>> facets, Count count) throws StoreException {
    List<FacetCount> sites = facets.get("site");
    if (sites != null) {
      facets.put("site", merge(sites, count));
    }
  }

  /** @param sites a facet's values, most records first */
  static List<FacetCount> merge(List<FacetCount> sites, Count count) throws StoreException {
    Map<String, List<FacetCount>> bySite = new LinkedHashMap<>();
    for (FacetCount f : sites) {
      bySite.computeIfAbsent(SiteNames.key(f.value()), k -> new ArrayList<>()).add(f);
    }
    if (bySite.size() == sites.size()) {
      return sites;
    }
    List<FacetCount> out = new ArrayList<>();
    for (List<FacetCount> spellings : bySite.values()) {
      String name = spellings.get(0).value();
      out.add(spellings.size() == 1 ? spellings.get(0) : new FacetCount(name, count.of(name)));
    }
    out.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.value().compareTo(y.value()));
    return out;
  }

  static Count events(StoreReader r, Queries.EventQuery q) {
    return site -> r.countEvents(new Queries.EventQuery(q.source(), q.target(), q.type(), q.from(), q.to(), q.text(),
        q.limit(), q.actor(), site));
  }

  static Count quotes(StoreReader r, Queries.QuoteQuery q) {
    return site -> r.countQuotes(new Queries.QuoteQuery(q.speaker(), q.about(), q.from(), q.to(), q.limit(), site,
        q.attribution()));
  }

  static Count articles(StoreReader r, Queries.ArticleQuery q) {
    return site -> r.countArticles(new Queries.ArticleQuery(q.text(), site, q.from(), q.to(), q.limit()));
  }
}
