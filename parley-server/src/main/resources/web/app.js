// Shared helpers for Parley's pages. Everything that comes from the store is untrusted (it was scraped from the
// web), so it only ever reaches the page as text nodes or through vetted attributes: never through innerHTML.
"use strict";

const Parley = (() => {
  const SAFE_ATTRS = new Set(["class", "id", "title", "type", "name", "value", "for", "role", "tabindex",
    "placeholder", "min", "max", "maxlength", "aria-label", "aria-current", "aria-live", "aria-pressed",
    "aria-describedby", "colspan", "scope", "rel", "target", "data-ref", "data-kind", "data-period", "data-series"]);

  /** Builds an element; strings and numbers among the children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "href") {
        // Our own pages ("/…") and fragments ("#…") are fine as they are; anything else must be http(s).
        const s = String(v);
        const local = (s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\")) || s.startsWith("#");
        const safe = local ? s : safeUrl(s);
        if (safe) node.setAttribute("href", safe);
      } else if (k === "onclick") {
        node.addEventListener("click", v);
      } else if (SAFE_ATTRS.has(k)) {
        node.setAttribute(k, String(v));
      } else {
        throw new Error("attribute not allowed: " + k);
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Replaces a node's children; unlike replaceChildren, absent children (null, false) are skipped, not printed. */
  function fill(node, ...children) {
    node.replaceChildren();
    return append(node, children);
  }

  /** An absolute http(s) URL, or null: javascript:, data: and anything odd never become links. */
  function safeUrl(u) {
    try {
      const url = new URL(String(u));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * A source link when the URL is http(s). Anything else is where the page was read from (a file path on the machine
   * that ingested it, a WARC record): no place a reader can go, and no business of the page, so it is not shown.
   */
  function sourceLink(u) {
    const safe = safeUrl(u);
    return safe ? el("a", {href: safe, rel: "noopener noreferrer nofollow", target: "_blank"}, hostOf(safe))
      : el("span", {class: "muted no-url", title: "read from a file, not from the web"}, "no web address");
  }

  function hostOf(u) {
    try { return new URL(u).host; } catch (e) { return u; }
  }

  /** Text with the store's [[…]] match markers as <mark> elements; the text itself stays text. */
  function marked(text) {
    const frag = document.createDocumentFragment();
    const s = String(text || "");
    let i = 0;
    while (i < s.length) {
      const open = s.indexOf("[[", i);
      if (open < 0) break;
      const close = s.indexOf("]]", open + 2);
      if (close < 0) break;
      if (open > i) frag.append(document.createTextNode(s.slice(i, open)));
      frag.append(el("mark", {}, s.slice(open + 2, close)));
      i = close + 2;
    }
    if (i < s.length) frag.append(document.createTextNode(s.slice(i)));
    return frag;
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  function href(path, query) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(query || {})) {
      if (v !== null && v !== undefined && v !== "") p.set(k, v);
    }
    const qs = p.toString();
    return path + (qs ? "?" + qs : "");
  }

  /** GETs an API path; rejects with the server's message on an error status. */
  async function api(path, query) {
    const res = await fetch(href(path, query), {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error(body && body.error ? body.error : "request failed (" + res.status + ")");
    return body;
  }

  function showError(where, err) {
    fill(where, el("p", {class: "error", role: "alert"}, String(err && err.message ? err.message : err)));
  }

  const PAGES = [["/", "Overview"], ["/search.html", "Search"], ["/actor.html", "Actor"], ["/dyad.html", "Dyad"],
    ["/positions.html", "Positions"]];

  /** Adds the header with the navigation, and the skip link, to the top of the page. */
  function header() {
    const here = location.pathname === "/index.html" ? "/" : location.pathname;
    const nav = el("nav", {"aria-label": "Main"},
      PAGES.map(([path, label]) => el("a", {href: path, "aria-current": path === here ? "page" : null}, label)));
    const top = el("header", {class: "top"}, el("a", {class: "brand", href: "/"}, "Parley"), nav);
    document.body.prepend(el("a", {class: "skip", href: "#main"}, "Skip to content"), top);
  }

  function actorLink(code, name) {
    if (!code || code === "---") return el("span", {class: "muted"}, name || "unknown");
    return el("a", {href: href("/actor.html", {code: code}), title: name || code}, codeLabel(code, name));
  }

  /**
   * "Estonia (EST)" when the code has a display name, else the code alone; a name that ends in a bracket takes the
   * code inside it: "Estonia (government, ESTGOV)".
   */
  function codeLabel(code, name) {
    if (!name) return code;
    return name.endsWith(")") ? name.slice(0, -1) + ", " + code + ")" : name + " (" + code + ")";
  }

  const knownNames = new Map();

  /**
   * The display names of actor codes ({code: name}), asked of the server once per page for each code. A failure
   * leaves codes unnamed rather than the page unshown: a name is a help, the code is the record.
   */
  async function names(codes) {
    const wanted = [...new Set(codes.filter(c => c && /^[A-Z]{3,15}$/.test(c) && !knownNames.has(c)))];
    for (let i = 0; i < wanted.length; i += 200) {
      const batch = wanted.slice(i, i + 200);
      try {
        const got = await api("/api/names", {codes: batch.join(",")});
        for (const c of batch) knownNames.set(c, got[c] || null);
      } catch (e) {
        break;
      }
    }
    return Object.fromEntries(codes.filter(c => knownNames.get(c)).map(c => [c, knownNames.get(c)]));
  }

  /**
   * Suggests the store's actor codes, with their names, under a code input as one types (a datalist: the browser's
   * own list, kept by keyboard and screen readers alike). Choosing one puts its code in the input.
   */
  function suggestCodes(input) {
    const list = el("datalist", {id: input.id + "-suggestions"});
    input.after(list);
    input.setAttribute("list", list.id);
    input.setAttribute("autocomplete", "off");
    let asked = "";
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const typed = input.value.trim();
      if (!typed || typed === asked) return;
      timer = setTimeout(async () => {
        asked = typed;
        try {
          const found = await api("/api/suggest", {q: typed, limit: 12});
          if (input.value.trim() !== typed) return;
          fill(list, found.map(s => {
            const option = el("option", {value: s.code}, codeLabel(s.code, s.name) + " · " + s.count);
            option.label = codeLabel(s.code, s.name) + " · " + s.count;
            return option;
          }));
        } catch (e) {
          fill(list);
        }
      }, 120);
    });
    return list;
  }

  function articleHref(articleId, ref) {
    return href("/article.html", {id: articleId}) + (ref ? "#" + encodeURIComponent("ref-" + ref) : "");
  }

  function classOf(type) {
    const conflict = ["ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
    const coop = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"];
    return conflict.includes(type) ? "conflict" : coop.includes(type) ? "cooperation" : "other";
  }

  /**
   * An event's actor under the display name of its code, which says who acted whatever words the text used ("it",
   * "the minister"); those words, the record's name, stand beside it and in its tooltip. A code without a display name
   * keeps the record's name, as actorLink shows it. Display names are those already asked with names().
   */
  function eventActor(code, words) {
    const display = code ? knownNames.get(code) : null;
    if (!display) return actorLink(code, words);
    const link = el("a", {href: href("/actor.html", {code: code}), title: words ? "in the text: " + words : code},
      codeLabel(code, display));
    return words && !namedAlike(words, display)
      ? el("span", {class: "event-actor"}, link, " ", el("span", {class: "muted mention"}, "“" + words + "”")) : link;
  }

  /** Whether the words say no more than the display name: "Estonia" for "Estonia (government)". */
  function namedAlike(words, display) {
    const w = words.toLowerCase();
    const d = display.toLowerCase();
    return d === w || d.startsWith(w + " (");
  }

  /** The events as result items, their actors' display names asked of the server first (one request per list). */
  async function eventItems(events) {
    await names(events.flatMap(e => [e.source, e.target]));
    return events.map(eventItem);
  }

  /** One event as a result item: type, who → whom, evidence sentence, date and source. */
  function eventItem(e) {
    return el("li", {"data-kind": "event", "data-ref": e.id},
      el("div", {},
        el("span", {class: "badge " + classOf(e.type)}, e.type),
        eventActor(e.source, e.sourceName), " → ", e.target ? eventActor(e.target, e.targetName) : el("span", {class: "muted"}, "no target"),
        e.negated ? el("span", {class: "badge"}, "negated") : null),
      el("p", {class: "evidence"}, marked(e.highlight || e.sentence)),
      el("div", {class: "meta"},
        el("span", {}, e.day || "undated"),
        el("span", {}, "CAMEO " + e.cameoCode + " · Goldstein " + e.goldstein),
        el("a", {href: articleHref(e.articleId, e.id)}, "Open article"),
        e.url ? sourceLink(e.url) : null));
  }

  /** One quote as a result item: speaker, quoted words, date and source. */
  function quoteItem(q) {
    return el("li", {"data-kind": "quote", "data-ref": q.id},
      el("div", {}, el("span", {class: "badge"}, q.kind || "quote"),
        q.attribution === "belief" ? el("span", {class: "badge", title: "a belief, wish, plan or position, not words said"}, "belief") : null,
        q.speakerCode ? actorLink(q.speakerCode, q.speaker) : el("strong", {}, q.speaker || "unknown speaker"),
        q.cue ? el("span", {class: "muted"}, " " + q.cue) : null),
      el("blockquote", {class: "evidence"}, "“", marked(q.highlight || q.text), "”"),
      el("div", {class: "meta"}, el("span", {}, q.day || "undated"),
        el("a", {href: articleHref(q.articleId, q.id)}, "Open article"),
        q.url ? sourceLink(q.url) : null));
  }

  /** The last day of the bucket that starts on {@code period}, as YYYY-MM-DD. */
  function periodEnd(period, by) {
    const d = new Date(period + "T00:00:00Z");
    if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
    else if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  }

  /** Every period from the first to the last given, so that quiet weeks show as zero instead of vanishing. */
  function fillPeriods(periods, by) {
    if (!periods.length) return [];
    const sorted = [...periods].sort();
    const out = [];
    const d = new Date(sorted[0] + "T00:00:00Z");
    const last = sorted[sorted.length - 1];
    while (out.length < 5000) {
      const p = d.toISOString().slice(0, 10);
      if (p > last) break;
      out.push(p);
      if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
      else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
      else d.setUTCMonth(d.getUTCMonth() + 1);
    }
    return out;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c]));
  }

  return {el, append, fill, safeUrl, sourceLink, marked, params, href, api, showError, header, actorLink, articleHref,
    classOf, eventItems, eventActor, quoteItem, periodEnd, fillPeriods, escapeHtml, codeLabel, names, suggestCodes};
})();

document.addEventListener("DOMContentLoaded", Parley.header);
