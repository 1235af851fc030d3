"use strict";
// The actor page: who it is, its events over time by type, its counterparts and its latest quotes.
(() => {
  const {el, api, params, href, showError, eventItems, quoteItem, actorLink, periodEnd, fillPeriods} = Parley;
  const TYPE_COLORS = {ACCUSE: "#e67e22", REJECT: "#c0392b", THREATEN: "#8e44ad", PROTEST: "#d35400",
    SANCTION: "#7b241c", MOBILIZE: "#a04000", COERCE: "#922b21", ASSAULT: "#4a0d0d", AGREE: "#1e8449",
    CONSULT: "#2e86c1", SUPPORT: "#17a589", CONCEDE: "#1f6f8b", COOPERATE: "#229954", AID: "#52be80",
    RETREAT: "#76d7c4", REQUEST: "#b7950b"};

  /** What the timeline's axis shows and the control that widens or narrows it (as on the dyad page). */
  function rangeNote(a, all) {
    if (!a.busy || !a.busy.outside) return null;
    const n = a.busy.outside;
    const first = a.timeline[0].period;
    const last = a.timeline[a.timeline.length - 1].period;
    if (!all) {
      return el("p", {id: "range-note", class: "muted"}, "Showing " + a.busy.from + " to " + a.busy.to +
        ", where the events are; " + (n === 1 ? "1 event lies" : n + " events lie") + " more than 90 quiet days away. ",
        el("a", {id: "widen", href: href("/actor.html", {code: a.code, by: a.by, range: "all"})},
          "Show every period (" + first + " to " + last + ")"));
    }
    return el("p", {id: "range-note", class: "muted"}, "Showing every period. ",
      el("a", {id: "narrow", href: href("/actor.html", {code: a.code, by: a.by})},
        "Show only " + a.busy.from + " to " + a.busy.to + ", where the events are"));
  }

  async function show(code, by, all) {
    const box = document.getElementById("profile");
    Parley.fill(box, el("p", {class: "muted"}, "Loading…"));
    let a;
    try {
      a = await api("/api/actors/" + encodeURIComponent(code), {by: by});
    } catch (e) {
      showError(box, e);
      return;
    }
    document.title = "Parley — " + (a.names[0] || a.code);
    const named = await Parley.names(a.counterparts.map(c => c.value));
    const eventsBox = el("section", {id: "period-events", "aria-live": "polite"});
    const chartBox = el("div", {class: "chart", id: "timeline", role: "img",
      "aria-label": "Events involving " + a.code + " per " + a.by + ", by type"});
    Parley.fill(box,
      el("h1", {}, (a.names[0] || a.code) + " ", el("span", {class: "muted"}, "(" + a.code + ")")),
      el("p", {class: "muted"}, "Also named: " + (a.names.slice(1).join(", ") || "—") + " · Codes: " + (a.codes.join(", ") || a.code)),
      el("p", {}, a.asSource + " events as source · " + a.asTarget + " as target · " + a.quotes + " quotes"),
      el("div", {class: "two"},
        el("div", {},
          el("h2", {}, "Events over time, by type"), rangeNote(a, all), chartBox,
          el("p", {class: "muted"}, "Click a bar (or a cell in the table) to list its events."),
          table(a), eventsBox),
        el("aside", {},
          el("h2", {}, "Counterparts"),
          a.counterparts.length ? el("ol", {}, a.counterparts.map(c => el("li", {},
            actorLink(c.value, named[c.value]), " ", el("span", {class: "muted"}, c.count + (c.count === 1 ? " event" : " events")), " · ",
            el("a", {href: href("/dyad.html", {a: a.code, b: c.value, by: a.by})}, "dyad")))) : el("p", {class: "muted"}, "None."),
          el("h2", {}, "Positions on a topic"),
          el("form", {class: "bar", id: "positions-form"},
            el("label", {}, "Topic", el("input", {name: "topic", id: "topic", placeholder: "e.g. sanctions", maxlength: 200})),
            el("button", {type: "submit"}, "Show positions")),
          el("h2", {}, "Latest quotes"),
          a.latestQuotes.length ? el("ol", {class: "results"}, a.latestQuotes.map(quoteItem)) : el("p", {class: "muted"}, "No quotes."))));
    document.getElementById("positions-form").addEventListener("submit", ev => {
      ev.preventDefault();
      location.href = href("/positions.html", {actor: a.code, topic: document.getElementById("topic").value.trim()});
    });
    const types = Object.keys(a.byType);
    const byPeriod = Object.fromEntries(a.timeline.map(b => [b.period, b]));
    const clip = !all && a.busy && a.busy.outside > 0;
    const periods = fillPeriods(clip ? [a.busy.from, a.busy.to] : a.timeline.map(b => b.period), a.by);
    const chart = Charts.draw(chartBox, {
      animation: false,
      tooltip: {trigger: "axis", formatter: Charts.axisTooltip},
      legend: {top: 0, type: "scroll"},
      grid: {left: 24, right: 40, top: 44, bottom: 24, containLabel: true},
      xAxis: {type: "category", data: periods},
      yAxis: {type: "value", minInterval: 1},
      series: types.map(t => ({name: t, type: "bar", stack: "all", itemStyle: {color: TYPE_COLORS[t] || "#7f8c8d"},
        data: periods.map(p => byPeriod[p] ? byPeriod[p].byType[t] || 0 : 0)}))
    });
    chart.on("click", ev => listEvents(a, periods[ev.dataIndex], ev.seriesName));
  }

  function table(a) {
    const types = Object.keys(a.byType);
    return el("details", {}, el("summary", {}, "Table of the chart"),
      el("table", {class: "data"},
        el("thead", {}, el("tr", {}, el("th", {scope: "col"}, "Period"), types.map(t => el("th", {scope: "col"}, t)))),
        el("tbody", {}, a.timeline.map(b => el("tr", {}, el("th", {scope: "row"}, b.period),
          types.map(t => el("td", {}, b.byType[t] ? el("button", {type: "button", "data-period": b.period,
            "data-series": t, onclick: () => listEvents(a, b.period, t)}, b.byType[t]) : "0")))))));
  }

  async function listEvents(a, period, type) {
    const box = document.getElementById("period-events");
    const to = periodEnd(period, a.by);
    try {
      const data = await api("/api/events", {actor: a.code, type: type, from: period, to: to, limit: 50});
      Parley.fill(box, el("h2", {}, type + " events involving " + a.code + ", " + period + " to " + to),
        el("ol", {class: "results"}, await eventItems(data.items)));
      box.querySelector("h2").scrollIntoView({block: "nearest"});
    } catch (e) {
      showError(box, e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = params();
    const code = (p.get("code") || "").trim();
    const by = ["day", "week", "month"].includes(p.get("by")) ? p.get("by") : "week";
    document.getElementById("code").value = code;
    document.getElementById("by").value = by;
    Parley.suggestCodes(document.getElementById("code"));
    document.getElementById("actor-form").addEventListener("submit", ev => {
      ev.preventDefault();
      location.href = href("/actor.html", {code: document.getElementById("code").value.trim().toUpperCase(),
        by: document.getElementById("by").value});
    });
    if (code) {
      show(code, by, p.get("range") === "all");
    } else {
      topActors();
    }
  });

  async function topActors() {
    const box = document.getElementById("profile");
    try {
      const top = await api("/api/actors", {top: 30});
      Parley.fill(box, el("h1", {}, "Actors"), el("p", {class: "muted"}, "The actors that appear most."),
        el("table", {class: "data"}, el("thead", {}, el("tr", {}, ["Actor", "As source", "As target", "Quotes"].map(h => el("th", {scope: "col"}, h)))),
          el("tbody", {}, top.map(t => el("tr", {}, el("td", {}, actorLink(t.code, t.name)), el("td", {}, t.asSource),
            el("td", {}, t.asTarget), el("td", {}, t.quotes))))));
    } catch (e) {
      showError(box, e);
    }
  }
})();
