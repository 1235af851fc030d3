"use strict";
// The search page: events, quotes or articles matching words and filters, with facets to narrow them down.
(() => {
  const {el, api, params, href, marked, showError, eventItems, quoteItem, sourceLink, articleHref, codeLabel, names} =
    Parley;
  const KINDS = {events: "Events", quotes: "Quotes", articles: "Articles"};
  const FILTERS = {events: ["q", "actor", "source", "target", "type", "site", "from", "to"],
    quotes: ["q", "speaker", "site", "from", "to", "attribution"], articles: ["q", "site", "from", "to"]};
  const FACET_PARAM = {events: {actor: "actor", type: "type", site: "site", month: "month"},
    quotes: {actor: "speaker", site: "site", month: "month"}, articles: {site: "site", month: "month"}};
  const FACET_TITLE = {actor: "Actor", type: "Event type", site: "Site", month: "Month"};

  const p = params();
  const kind = KINDS[p.get("kind")] ? p.get("kind") : "events";
  let cursor = null;

  function current() {
    const q = {kind: kind};
    for (const f of FILTERS[kind]) if (p.get(f)) q[f] = p.get(f);
    return q;
  }

  function go(changes) {
    const q = Object.assign(current(), changes);
    location.href = href("/search.html", q);
  }

  function article(a) {
    return el("li", {"data-kind": "article", "data-ref": a.id},
      el("a", {href: articleHref(a.id)}, el("strong", {}, a.title || a.id)),
      el("p", {class: "evidence"}, marked(a.highlight)),
      el("div", {class: "meta"}, el("span", {}, a.day || "undated"), el("span", {}, (a.sites || []).join(", ")),
        a.urls && a.urls.length ? sourceLink(a.urls[0]) : null));
  }

  /** Actor facets show each code with its name ("Estonia (EST)"); the code stays what the filter uses. */
  function facets(data, named) {
    const box = document.getElementById("facets");
    Parley.fill(box, el("h2", {}, "Refine"));
    for (const [dim, values] of Object.entries(data.facets || {})) {
      const param = FACET_PARAM[kind][dim];
      if (!param || !values.length) continue;
      box.append(el("h3", {}, FACET_TITLE[dim] || dim),
        el("ul", {}, values.map(v => el("li", {}, el("button", {type: "button", "data-kind": dim, value: v.value,
          onclick: () => param === "month" ? go({from: v.value, to: v.value}) : go({[param]: v.value})},
          el("span", {}, dim === "actor" ? codeLabel(v.value, named[v.value]) : v.value),
          el("span", {class: "count"}, v.count))))));
    }
  }

  const CODE_FILTERS = ["actor", "source", "target", "speaker"];

  async function chips() {
    const box = document.getElementById("chips");
    const named = await names(CODE_FILTERS.map(f => (p.get(f) || "").toUpperCase()));
    for (const f of FILTERS[kind]) {
      if (f === "q" || !p.get(f)) continue;
      const shown = CODE_FILTERS.includes(f) ? codeLabel(p.get(f), named[p.get(f).toUpperCase()]) : p.get(f);
      box.append(el("span", {class: "chip"}, f + ": " + shown, " ",
        el("button", {type: "button", "aria-label": "Remove filter " + f, onclick: () => go({[f]: ""})}, "×")));
    }
  }

  /** Quotes are what was said unless the reader asks for beliefs, wishes and plans too (or only). */
  function attributionChoice() {
    const choice = el("select", {id: "attribution", "aria-label": "Which attributions"},
      el("option", {value: "speech"}, "what was said"),
      el("option", {value: "belief"}, "beliefs, wishes and plans"),
      el("option", {value: "all"}, "both"));
    choice.value = p.get("attribution") || "speech";
    choice.addEventListener("change", () => go({attribution: choice.value === "speech" ? "" : choice.value}));
    document.getElementById("chips").append(el("label", {class: "chip"}, "Quotes: ", choice));
  }

  async function load() {
    const results = document.getElementById("results");
    const more = document.getElementById("more");
    try {
      const q = current();
      delete q.kind;
      if (cursor) q.cursor = cursor;
      const data = await api("/api/" + kind, q);
      if (!cursor) {
        facets(data, await names(((data.facets || {}).actor || []).map(v => v.value)));
        document.getElementById("summary").textContent =
          data.total === 0 ? "Nothing matches." : data.total === 1 ? "1 " + kind.slice(0, -1) + " matches."
            : data.total + " " + kind + " match" + (data.total >= 1000 ? " (showing the first 1000)" : "") + ".";
      }
      results.append(...(kind === "events" ? await eventItems(data.items)
        : data.items.map(kind === "quotes" ? quoteItem : article)));
      cursor = data.next;
      more.hidden = !cursor;
    } catch (e) {
      showError(document.getElementById("summary"), e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const f of ["q", "from", "to"]) document.getElementById(f).value = p.get(f) || "";
    document.getElementById("kind").value = kind;
    const tabs = document.getElementById("tabs");
    for (const [k, label] of Object.entries(KINDS)) {
      const keep = {kind: k, q: p.get("q"), from: p.get("from"), to: p.get("to")};
      tabs.append(el("a", {href: href("/search.html", keep), "aria-current": k === kind ? "true" : null}, label));
    }
    document.getElementById("search-form").addEventListener("submit", ev => {
      ev.preventDefault();
      go({q: document.getElementById("q").value.trim(), from: document.getElementById("from").value.trim(),
        to: document.getElementById("to").value.trim()});
    });
    document.getElementById("more").addEventListener("click", load);
    if (kind === "quotes") attributionChoice();
    chips();
    load();
  });
})();
