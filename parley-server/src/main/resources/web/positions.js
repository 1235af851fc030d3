"use strict";
// The positions view: an actor's quotes and events on one topic in date order, stances marked, to see if it moved.
(() => {
  const {el, api, params, href, marked, showError, actorLink, articleHref, sourceLink, classOf} = Parley;

  function item(x, named) {
    return el("li", {class: x.stance || "", "data-kind": x.kind, "data-ref": x.id},
      el("div", {},
        el("strong", {}, x.day || "undated"), " ",
        x.stance ? el("span", {class: "badge stance " + x.stance, title: "stance"}, x.stance) : null,
        x.type && !x.stance ? el("span", {class: "badge " + classOf(x.type)}, x.type) : null,
        el("span", {class: "badge"}, x.kind),
        x.speaker ? el("span", {}, x.speaker) : null,
        x.target ? el("span", {class: "muted"}, " → ", actorLink(x.target, named[x.target])) : null),
      x.kind === "quote" ? el("blockquote", {class: "evidence"}, "“", marked(x.highlight || x.text), "”")
        : el("p", {class: "evidence"}, marked(x.highlight || x.text)),
      el("div", {class: "meta"}, el("a", {href: articleHref(x.articleId, x.id)}, "Open article"),
        x.site ? el("span", {}, x.site) : null, x.url ? sourceLink(x.url) : null));
  }

  async function show(q) {
    const box = document.getElementById("positions");
    Parley.fill(box, el("p", {class: "muted"}, "Loading…"));
    try {
      const d = await api("/api/positions", q);
      document.title = "Parley — " + d.actor + " on " + d.topic;
      const stances = d.items.filter(x => x.stance);
      const named = await Parley.names([d.actor, ...d.items.map(x => x.target)]);
      Parley.fill(box,
        el("h1", {}, "Positions of ", actorLink(d.actor, named[d.actor]), " on “" + d.topic + "”"),
        el("p", {class: "muted"}, d.quotes + " quotes and " + d.events + " events, oldest first."),
        stances.length ? el("div", {class: "stances", "aria-label": "Stances in date order"},
          el("span", {class: "muted"}, "Stance over time:"),
          stances.map((x, i) => [i ? " → " : "", el("span", {class: "badge stance " + x.stance, title: x.day || ""},
            x.stance + " " + (x.day || ""))])) : el("p", {class: "muted"}, "No REJECT, REQUEST, AGREE or CONCEDE on this topic."),
        d.items.length ? el("ol", {class: "results timeline"}, d.items.map(x => item(x, named))) : el("p", {}, "Nothing on this topic."));
    } catch (e) {
      showError(box, e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = params();
    const q = {};
    for (const f of ["actor", "topic", "from", "to"]) {
      q[f] = (p.get(f) || "").trim();
      document.getElementById(f).value = q[f];
    }
    Parley.suggestCodes(document.getElementById("actor"));
    document.getElementById("positions-form").addEventListener("submit", ev => {
      ev.preventDefault();
      const next = {};
      for (const f of ["actor", "topic", "from", "to"]) next[f] = document.getElementById(f).value.trim();
      next.actor = next.actor.toUpperCase();
      location.href = href("/positions.html", next);
    });
    if (q.actor && q.topic) show(q);
    else Parley.fill(document.getElementById("positions"), el("p", {class: "muted"},
      "Pick an actor (e.g. RUS) and a topic (e.g. sanctions) to see what it said and did about it over time."));
  });
})();
