"use strict";
// The article page: the text with its quotes, speakers and events highlighted, and the list of them beside it.
(() => {
  const {el, api, params, showError, eventActor, sourceLink, classOf} = Parley;

  /** The text cut at every span boundary; each piece carries the kinds and refs of the spans covering it. */
  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
    const points = [...cuts].sort((x, y) => x - y);
    const box = el("div", {class: "article-text", id: "article-text"});
    const firstOf = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const over = spans.filter(s => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (!over.length) { box.append(document.createTextNode(piece)); continue; }
      const node = el("span", {class: over.map(s => "s-" + s.kind).join(" "), title: over.map(s => s.label).join("; "),
        "data-ref": over.map(s => s.ref).join(" ")}, piece);
      for (const s of over) {
        if (!firstOf.has(s.ref) && (s.kind === "quote" || s.kind === "event")) {
          firstOf.add(s.ref);
          if (!node.id) node.id = "ref-" + s.ref;
        }
      }
      box.append(node);
    }
    return box;
  }

  function focusRef(ref) {
    document.querySelectorAll(".article-text .focus").forEach(n => n.classList.remove("focus"));
    const nodes = [...document.querySelectorAll(".article-text [data-ref]")].filter(n => n.dataset.ref.split(" ").includes(ref));
    nodes.forEach(n => n.classList.add("focus"));
    if (nodes.length) nodes[0].scrollIntoView({block: "center"});
  }

  /**
   * The article's view with only what was said, unless beliefs are asked for: a belief ("wants", "is seen as") is an
   * attribution but not a quote, so it is hidden with its highlights by default.
   */
  function shown(v, beliefs) {
    if (beliefs) return v;
    const hidden = new Set(v.quotes.filter(q => q.attribution === "belief").map(q => q.id));
    return Object.assign({}, v, {quotes: v.quotes.filter(q => !hidden.has(q.id)),
      spans: v.spans.filter(s => !hidden.has(s.ref))});
  }

  async function show(id) {
    const box = document.getElementById("article");
    try {
      const view = await api("/api/articles/" + encodeURIComponent(id));
      await Parley.names(view.events.flatMap(e => [e.source, e.target]));
      render(box, view, false);
    } catch (e) {
      showError(box, e);
    }
  }

  function beliefToggle(box, all, beliefs) {
    const toggle = el("input", {type: "checkbox", id: "show-beliefs"});
    toggle.checked = beliefs;
    toggle.addEventListener("change", () => render(box, all, toggle.checked));
    return toggle;
  }

  function render(box, all, beliefs) {
    const v = shown(all, beliefs);
    const a = v.article;
    const hiddenCount = all.quotes.length - shown(all, false).quotes.length;
    document.title = "Parley — " + (a.title || a.id);
    Parley.fill(box,
      el("h1", {id: "article-title"}, a.title || a.id),
      a.standfirst ? el("p", {class: "muted"}, a.standfirst) : null,
      el("p", {class: "meta"}, el("span", {}, a.day || "undated"), a.authors.length ? el("span", {}, "by " + a.authors.join(", ")) : null,
        el("span", {}, a.sites.join(", "))),
      el("p", {}, "Source" + (a.urls.length > 1 ? "s" : "") + ": ",
        a.urls.length ? a.urls.map((u, i) => [i ? ", " : "", sourceLink(u)]) : sourceLink(null)),
      el("p", {class: "legend"}, el("span", {class: "s-quote"}, "quote"), el("span", {class: "s-speaker"}, "speaker"),
        el("span", {class: "s-event"}, "event sentence")),
      el("div", {class: "two"},
        highlighted(a.text, v.spans),
        el("aside", {},
          el("h2", {}, "Quotes (" + v.quotes.length + ")"),
          hiddenCount ? el("label", {class: "muted"}, beliefToggle(box, all, beliefs),
            " also beliefs, wishes and plans (" + hiddenCount + ")") : null,
          el("ol", {id: "quote-list"}, v.quotes.map(q => el("li", {},
            el("a", {href: "#ref-" + q.id, onclick: ev => { ev.preventDefault(); focusRef(q.id); }},
              (q.speaker || "unknown speaker") + ": “" + q.text + "”")))),
          el("h2", {}, "Events (" + v.events.length + ")"),
          el("ol", {id: "event-list"}, v.events.map(e => el("li", {},
            el("span", {class: "badge " + classOf(e.type)}, e.type), eventActor(e.source, e.sourceName), " → ",
            e.target ? eventActor(e.target, e.targetName) : "—", " ",
            el("a", {href: "#ref-" + e.id, onclick: ev => { ev.preventDefault(); focusRef(e.id); }}, "show")))))));
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash.startsWith("ref-")) focusRef(hash.slice(4));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const id = params().get("id");
    if (id) show(id);
    else showError(document.getElementById("article"), "No article id given: open an article from a search result.");
  });
})();
