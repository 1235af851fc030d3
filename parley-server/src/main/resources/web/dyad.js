"use strict";
// The dyad page: what A did to B and B to A over time, conflict against cooperation; each point lists its events.
(() => {
  const {el, api, params, href, showError, eventItems, periodEnd, classOf, fillPeriods, codeLabel} = Parley;
  const STYLE = {conflict: "#c0392b", cooperation: "#1e8449", goldstein: "#6c3483"};

  /**
   * The periods the chart's axis runs over: the busy range the server found, unless the reader widened it (range=all)
   * or nothing lies outside it. Periods without events in between are kept, as zeros.
   */
  function axis(d, all) {
    const clip = !all && d.busy && d.busy.outside > 0;
    return {clipped: clip, periods: fillPeriods(clip ? [d.busy.from, d.busy.to] : d.periods, d.by)};
  }

  /** What the axis shows and the control that widens or narrows it. */
  function rangeNote(d, q, shown) {
    if (!d.busy || !d.busy.outside) return null;
    const n = d.busy.outside;
    const outside = n === 1 ? "1 event lies" : n + " events lie";
    if (shown.clipped) {
      return el("p", {id: "range-note", class: "muted"}, "Showing " + d.busy.from + " to " + d.busy.to + ", where the events are; " +
        outside + " more than 90 quiet days away. ",
        el("a", {id: "widen", href: href("/dyad.html", Object.assign({}, q, {range: "all"}))},
          "Show every period (" + d.first + " to " + d.last + ")"));
    }
    return el("p", {id: "range-note", class: "muted"}, "Showing every period. ",
      el("a", {id: "narrow", href: href("/dyad.html", Object.assign({}, q, {range: ""}))},
        "Show only " + d.busy.from + " to " + d.busy.to + ", where the events are"));
  }

  async function show(q) {
    const box = document.getElementById("dyad");
    Parley.fill(box, el("p", {class: "muted"}, "Loading…"));
    let d;
    try {
      const {range, ...query} = q;
      d = await api("/api/dyad", query);
    } catch (e) {
      showError(box, e);
      return;
    }
    const title = codeLabel(d.a, d.aName) + " ↔ " + codeLabel(d.b, d.bName);
    document.title = "Parley — " + title;
    d.first = d.periods[0];
    d.last = d.periods[d.periods.length - 1];
    const shown = axis(d, q.range === "all");
    d.periods = shown.periods;
    const total = d.directions.reduce((n, dir) => n + dir.points.reduce((m, p) => m + p.count, 0), 0);
    const chartBox = el("div", {class: "chart", id: "dyad-chart", role: "img",
      "aria-label": "Conflict and cooperation events between " + title + " per " + d.by +
        ", with the mean Goldstein score of each direction"});
    const listBox = el("section", {id: "point-events", "aria-live": "polite"});
    Parley.fill(box,
      el("h1", {}, title),
      el("p", {class: "muted"}, total + " events in both directions, per " + d.by +
        ". Solid lines: " + d.a + " acting on " + d.b + "; dashed: " + d.b + " acting on " + d.a +
        ". Purple: the mean Goldstein score of the period's events (right axis, −10 most hostile to +10 most cooperative)."),
      total ? rangeNote(d, q, shown) : null,
      total ? chartBox : el("p", {}, "No events between these two actors."),
      total ? el("p", {class: "muted"}, "Click a point (or a number in the table) to see the events behind it.") : null,
      total ? table(d) : null,
      listBox);
    if (!total) return;
    const series = [];
    for (const [i, dir] of d.directions.entries()) {
      const byPeriod = Object.fromEntries(dir.points.map(p => [p.period, p]));
      for (const cls of ["conflict", "cooperation"]) {
        series.push({name: dir.source + " → " + dir.target + " " + cls, type: "line", symbolSize: 9,
          lineStyle: {type: i === 0 ? "solid" : "dashed", width: 2.5, color: STYLE[cls]},
          itemStyle: {color: STYLE[cls]}, emphasis: {focus: "series"},
          data: d.periods.map(per => byPeriod[per] ? byPeriod[per][cls] : 0),
          meta: {source: dir.source, target: dir.target, cls: cls}});
      }
    }
    // The Goldstein lines come after the four count lines, so that a series' index keeps saying what it counts.
    for (const [i, dir] of d.directions.entries()) {
      const byPeriod = Object.fromEntries(dir.points.map(p => [p.period, p]));
      series.push({name: dir.source + " → " + dir.target + " mean Goldstein", type: "line", yAxisIndex: 1,
        symbol: "diamond", symbolSize: 10, connectNulls: false,
        lineStyle: {type: i === 0 ? "solid" : "dashed", width: 1.5, color: STYLE.goldstein},
        itemStyle: {color: STYLE.goldstein}, emphasis: {focus: "series"},
        // A period without events has no mean: a gap, not a zero, which would read as neutral.
        data: d.periods.map(per => byPeriod[per] && byPeriod[per].count ? byPeriod[per].meanGoldstein : null),
        meta: {source: dir.source, target: dir.target, cls: "all"}});
    }
    const chart = Charts.draw(chartBox, {
      animation: false,
      tooltip: {trigger: "axis", formatter: Charts.axisTooltip},
      legend: {top: 0},
      grid: {left: 24, right: 40, top: 44, bottom: 24, containLabel: true},
      xAxis: {type: "category", data: d.periods, boundaryGap: false},
      yAxis: [{type: "value", minInterval: 1, name: "events"},
        {type: "value", min: -10, max: 10, interval: 5, name: "mean Goldstein", position: "right",
          splitLine: {show: false}, axisLine: {show: true, lineStyle: {color: STYLE.goldstein}}}],
      series: series.map(s => { const c = Object.assign({}, s); delete c.meta; return c; })
    });
    chart.on("click", ev => {
      const m = series[ev.seriesIndex].meta;
      listEvents(d, m.source, m.target, m.cls, d.periods[ev.dataIndex]);
    });
  }

  function table(d) {
    const cols = [];
    for (const dir of d.directions) for (const cls of ["conflict", "cooperation"]) cols.push({dir: dir, cls: cls});
    for (const dir of d.directions) cols.push({dir: dir, cls: "goldstein"});
    const cell = (per, c) => {
      const p = c.dir.points.find(x => x.period === per);
      if (c.cls === "goldstein") return el("td", {}, p && p.count ? p.meanGoldstein.toFixed(2) : "—");
      const n = p ? p[c.cls] : 0;
      return el("td", {}, n ? el("button", {type: "button", "data-period": per, "data-series": c.dir.source + ">" + c.dir.target + ":" + c.cls,
        onclick: () => listEvents(d, c.dir.source, c.dir.target, c.cls, per)}, n) : "0");
    };
    return el("details", {}, el("summary", {}, "Table of the chart"),
      el("table", {class: "data"},
        el("thead", {}, el("tr", {}, el("th", {scope: "col"}, "Period"),
          cols.map(c => el("th", {scope: "col"}, c.dir.source + " → " + c.dir.target + " " +
            (c.cls === "goldstein" ? "mean Goldstein" : c.cls))))),
        el("tbody", {}, d.periods.filter(per => d.directions.some(dir => dir.points.some(x => x.period === per))).map(per => el("tr", {}, el("th", {scope: "row"}, per), cols.map(c => cell(per, c)))))));
  }

  async function listEvents(d, source, target, cls, period) {
    const box = document.getElementById("point-events");
    const to = periodEnd(period, d.by);
    try {
      const data = await api("/api/events", {source: source, target: target, from: period, to: to, limit: 100});
      const items = data.items.filter(e => cls === "all" || classOf(e.type) === cls);
      Parley.fill(box, el("h2", {id: "point-title"}, source + " → " + target + ", " + (cls === "all" ? "all events" : cls) +
        ", " + period + " to " + to +
        " (" + items.length + ")"), el("ol", {class: "results"}, await eventItems(items)));
      document.getElementById("point-title").scrollIntoView({block: "nearest"});
    } catch (e) {
      showError(box, e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = params();
    const q = {};
    for (const f of ["a", "b", "by", "from", "to"]) {
      q[f] = (p.get(f) || "").trim();
      document.getElementById(f).value = q[f] || (f === "by" ? "week" : "");
    }
    const range = p.get("range") === "all" ? "all" : "";
    Parley.suggestCodes(document.getElementById("a"));
    Parley.suggestCodes(document.getElementById("b"));
    document.getElementById("dyad-form").addEventListener("submit", ev => {
      ev.preventDefault();
      const next = {};
      for (const f of ["a", "b", "by", "from", "to"]) next[f] = document.getElementById(f).value.trim();
      next.a = next.a.toUpperCase();
      next.b = next.b.toUpperCase();
      location.href = href("/dyad.html", next);
    });
    if (q.a && q.b) show(Object.assign({}, q, {range: range}));
    else Parley.fill(document.getElementById("dyad"), el("p", {class: "muted"},
      "Pick two actors by code, e.g. RUS and USA, to see what each did to the other over time."));
  });
})();
