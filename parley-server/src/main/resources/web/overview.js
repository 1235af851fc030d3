"use strict";
// The landing page: the whole store at a glance — how much it holds and over which days, when its events happened,
// who appears most, which pairs act on each other most, which sites it read, and the newest events.
(() => {
  const {el, api, params, href, showError, eventItems, actorLink, codeLabel} = Parley;
  /** Parameters of the search page: a link from before the overview existed (/?q=…) still finds its search. */
  const SEARCH_PARAMS = ["q", "kind", "actor", "source", "target", "type", "site", "from", "to", "speaker",
    "attribution"];

  function counts(o) {
    const c = o.counts;
    const days = o.first ? ", dated " + o.first + " to " + o.last : "";
    return el("p", {id: "counts", class: "glance"},
      el("strong", {}, c.articles), c.articles === 1 ? " article · " : " articles · ",
      el("strong", {}, c.quotes), c.quotes === 1 ? " quote · " : " quotes · ",
      el("strong", {}, c.events), (c.events === 1 ? " event" : " events") + days + ".");
  }

  function months(o) {
    if (!o.eventsByMonth.length) return null;
    const box = el("div", {class: "chart small", id: "months-chart", role: "img",
      "aria-label": "Events per month, for the months that have any"});
    return {box: box, draw: () => {
      const chart = Charts.draw(box, {
        animation: false,
        tooltip: {trigger: "axis", formatter: Charts.axisTooltip},
        grid: {left: 16, right: 24, top: 24, bottom: 8, containLabel: true},
        xAxis: {type: "category", data: o.eventsByMonth.map(m => m.value)},
        yAxis: {type: "value", minInterval: 1, name: "events"},
        series: [{name: "events", type: "bar", itemStyle: {color: "#1f5fbf"}, data: o.eventsByMonth.map(m => m.count)}]
      });
      chart.on("click", ev => {
        const m = o.eventsByMonth[ev.dataIndex].value;
        location.href = href("/search.html", {from: m, to: m});
      });
    }};
  }

  function table(id, heads, rows) {
    return el("table", {class: "data", id: id},
      el("thead", {}, el("tr", {}, heads.map(h => el("th", {scope: "col"}, h)))),
      el("tbody", {}, rows));
  }

  function actors(o) {
    return table("top-actors", ["Actor", "Source", "Target", "Quotes"], o.actors.map(a => el("tr", {},
      el("td", {}, actorLink(a.code, a.name)), el("td", {}, a.asSource), el("td", {}, a.asTarget),
      el("td", {}, a.quotes))));
  }

  function dyads(o) {
    return table("top-dyads", ["Pair", "A → B", "B → A"], o.dyads.map(d => el("tr", {},
      el("td", {}, el("a", {href: href("/dyad.html", {a: d.a, b: d.b})},
        codeLabel(d.a, d.aName) + " ↔ " + codeLabel(d.b, d.bName))),
      el("td", {}, d.aToB), el("td", {}, d.bToA))));
  }

  function sites(o) {
    return table("top-sites", ["Site", "Articles"], o.sites.map(s => el("tr", {},
      el("td", {}, el("a", {href: href("/search.html", {kind: "articles", site: s.value})}, s.value)),
      el("td", {}, s.count))));
  }

  async function show() {
    const box = document.getElementById("overview");
    Parley.fill(box, el("p", {class: "muted"}, "Loading…"));
    try {
      const o = await api("/api/overview");
      if (!o.counts.articles) {
        Parley.fill(box, el("h1", {}, "The record is empty"),
          el("p", {}, "Nothing has been ingested into this store yet: run parley ingest on some pages first."));
        return;
      }
      const chart = months(o);
      const latest = await eventItems(o.latest);
      Parley.fill(box,
        el("h1", {}, "The record at a glance"),
        counts(o),
        chart ? [el("h2", {}, "Events per month"), chart.box] : null,
        el("div", {class: "glance-grid"},
          el("section", {}, el("h2", {}, "Actors that appear most"), actors(o)),
          el("section", {}, el("h2", {}, "Pairs that act on each other most"), dyads(o)),
          el("section", {}, el("h2", {}, "Sites"), sites(o))),
        el("h2", {}, "Newest events"),
        el("ol", {class: "results", id: "latest"}, latest),
        el("p", {}, el("a", {href: "/search.html"}, "Search every event, quote and article")));
      if (chart) chart.draw();
    } catch (e) {
      showError(box, e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = params();
    if (SEARCH_PARAMS.some(k => p.has(k))) {
      location.replace("/search.html" + location.search);
      return;
    }
    show();
  });
})();
