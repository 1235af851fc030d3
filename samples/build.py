#!/usr/bin/env python3
"""Render Parley's sample corpus from its JSON sources.

Reads every samples/src/articles/<standoff>/<id>.json and writes, under samples/:
  pages/<site>/<id>.html   articles rendered through their site's own HTML template
  text/<id>.txt            "text" articles as scraped plain text with page chrome
  warc/sample.warc.gz      "warc" articles as HTTP request/response records (WARC 1.1)
  feeds/harbor.rss         RSS 2.0 feed of harbor "rss" articles (and harbor-local.rss for the demo)
  ANSWERS.jsonl            what a careful reader finds in each article (title, date, quotes, events)

Python 3 standard library only. The output depends on the sources alone (no clock, no randomness
that is not seeded from article ids), so re-running it on unchanged sources changes no byte.

Usage (from the repository root): python3 samples/build.py [--strict] [--check]
  --strict  treat answer problems (a quote or evidence sentence not found in the body) as errors
  --check   write nothing; exit 1 if the committed outputs differ from what the sources produce
"""

import base64
import datetime as dt
import email.utils
import gzip
import hashlib
import html
import json
import random
import re
import shutil
import sys
import uuid
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src" / "articles"
GENERATED_DIRS = ("pages", "text", "warc", "feeds")

SITES = {
    "northwind": {"name": "The Northwind Herald", "short": "Northwind Herald", "home": "https://www.northwind-herald.example/"},
    "meridian": {"name": "Meridian Wire", "short": "Meridian", "home": "https://www.meridianwire.example/"},
    "atlas": {"name": "Atlas Daily", "short": "Atlas Daily", "home": "https://www.atlasdaily.example/"},
    "harbor": {"name": "Harbor Post", "short": "Harbor Post", "home": "http://www.harborpost.example/"},
    "civic": {"name": "Civic Ledger", "short": "Civic Ledger", "home": "https://civicledger.example/"},
}
FORMATS = {"html", "text", "warc", "rss"}
QUOTE_TYPES = {"direct", "indirect", "mixed"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# The WARC pretends to be a crawl made after the last story; a fixed instant keeps output stable.
CRAWL_START = dt.datetime(2024, 5, 6, 8, 0, 0, tzinfo=dt.timezone.utc)
UUID_NS = uuid.UUID("6f1c2a52-3b0e-4f43-9d57-8a0b1c7e5d21")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def esc(text):
    return html.escape(text, quote=True)


def json_ld(obj):
    # "</" inside a script element would end it early.
    return json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")


def slug(text):
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def parse_time(value):
    return dt.datetime.fromisoformat(value)


def zone_abbr(moment):
    """A plausible zone abbreviation for a local time, as a regional paper would print it."""
    off = moment.utcoffset()
    hours = off.total_seconds() / 3600
    summer = 4 <= moment.month <= 10
    table = {
        0: "GMT", 1: "BST" if summer else "CET", 2: "CEST" if summer else "EET", 3: "EEST" if summer else "MSK",
        -5: "EST", -4: "EDT", 8: "SGT", 9: "JST", 10: "AEST", 11: "AEDT",
    }
    if hours in table:
        return table[hours]
    sign = "+" if hours >= 0 else "-"
    return "GMT%s%g" % (sign, abs(hours))


def utc(moment):
    return moment.astimezone(dt.timezone.utc)


def seeded(article, salt):
    digest = hashlib.sha256((article["id"] + "/" + salt).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def byline_names(authors):
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def place_of(article):
    """The dateline city of the first paragraph, e.g. 'TALLINN, March 4 (Meridian) -' -> 'Tallinn'."""
    first = article["paragraphs"][0]
    head = first.split(",", 1)[0]
    if head.isupper() and 2 < len(head) < 30:
        return head.title()
    return ""


# ---------------------------------------------------------------------------------------------
# Loading and checking sources

class Problems:
    def __init__(self):
        self.errors = []
        self.warnings = []


def strip_marks(text):
    for mark in "\u201c\u201d\u2018\u2019\"'":
        text = text.replace(mark, "")
    return " ".join(text.split())


def load_articles(problems):
    articles = []
    for path in sorted(SRC.glob("*/*.json")):
        try:
            art = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.errors.append("%s: unreadable: %s" % (path, exc))
            continue
        art["_path"] = path
        articles.append(art)
    seen = {}
    for art in articles:
        where = art["_path"].relative_to(ROOT)
        for key in ("id", "standoff", "site", "url", "published", "title", "standfirst", "authors",
                    "paragraphs", "formats", "answers"):
            if key not in art:
                problems.errors.append("%s: missing key %s" % (where, key))
        if any(key not in art for key in ("id", "site", "paragraphs", "formats", "published")):
            continue
        if art["id"] in seen:
            problems.errors.append("%s: duplicate id %s (also %s)" % (where, art["id"], seen[art["id"]]))
        seen[art["id"]] = where
        if art["_path"].stem != art["id"]:
            problems.warnings.append("%s: file name differs from id %s" % (where, art["id"]))
        if art["site"] not in SITES:
            problems.errors.append("%s: unknown site %s" % (where, art["site"]))
        bad = set(art["formats"]) - FORMATS
        if bad or not art["formats"]:
            problems.errors.append("%s: bad formats %s" % (where, art["formats"]))
        if "rss" in art["formats"] and art["site"] != "harbor":
            problems.warnings.append("%s: only harbor has a feed; rss ignored" % where)
        try:
            if parse_time(art["published"]).utcoffset() is None:
                problems.errors.append("%s: published has no offset" % where)
        except ValueError:
            problems.errors.append("%s: bad published %s" % (where, art["published"]))
        art.setdefault("duplicate_of", None)
        art.setdefault("broken", None)
    ids = {a.get("id") for a in articles}
    for art in articles:
        if "answers" not in art or "paragraphs" not in art:
            continue
        where = art["_path"].relative_to(ROOT)
        if art["duplicate_of"] and art["duplicate_of"] not in ids:
            problems.warnings.append("%s: duplicate_of %s is not in the corpus" % (where, art["duplicate_of"]))
        body = strip_marks(" ".join(art["paragraphs"]))
        for q in art["answers"].get("quotes", []):
            if q.get("type") not in QUOTE_TYPES:
                problems.errors.append("%s: bad quote type %s" % (where, q.get("type")))
            if strip_marks(q.get("text", "")) not in body:
                problems.warnings.append("%s: quote not in body: %.60s" % (where, q.get("text")))
        for e in art["answers"].get("events", []):
            if e.get("type") not in PLOVER:
                problems.errors.append("%s: bad event type %s" % (where, e.get("type")))
            if e.get("evidence", "") not in " ".join(art["paragraphs"]):
                problems.warnings.append("%s: evidence not in body: %.60s" % (where, e.get("evidence")))
    return [a for a in articles if all(k in a for k in ("id", "site", "paragraphs", "formats", "published"))]


# ---------------------------------------------------------------------------------------------
# Shared chrome: related stories, comments, ads

COMMENTS = [
    ("baltic_watcher", "Nothing about this surprises me. The same pattern every spring."),
    ("GreyHeron", "Can we get a map with the flight path? The description is hard to follow."),
    ("m.k.", "Good reporting, but the headline oversells it a little."),
    ("northern_light_77", "My grandparents lived through worse. People should keep calm."),
    ("TallShip", "Who actually benefits from all this noise? Follow the money."),
    ("kaisa_r", "Subscribed for coverage like this. Thank you."),
    ("Realist2019", "Diplomats talk, nothing changes. Wake me up when something happens."),
    ("harbourmaster", "The ferries were running normally this morning, for what it's worth."),
    ("OldSchoolReader", "Typo in the fourth paragraph, by the way."),
    ("Linnea", "Interesting that the other side has said so little so far."),
    ("pj_from_leeds", "I was there last summer, lovely city, hard to imagine any of this."),
    ("anon_analyst", "Worth reading alongside last week's piece on the budget."),
]

ADS = [
    ("Advertisement", "Fly direct to the sun this winter. Fares from 49 euros.", "SunSkip Airlines"),
    ("Sponsored", "This one trick is changing how people heat their homes.", "WarmNest"),
    ("Advertisement", "Open a savings account in minutes. Capital at risk.", "Brightvale Bank"),
    ("Sponsored content", "The best running shoes of the year, tested by experts.", "StrideLab"),
    ("Advertisement", "Learn a language in 15 minutes a day.", "Lingofox"),
]

MOST_READ = [
    "Ferry timetable changes from next Monday",
    "Ten recipes for the last of the winter vegetables",
    "Local choir wins regional title for third year running",
    "Storm warning lifted as winds ease along the coast",
    "Why everyone is suddenly talking about sourdough",
    "Property prices edge up for a fifth month",
    "Ice hockey: late goal settles a tense derby",
    "The quiet return of the night train",
]


def related(article, articles, limit=4):
    same = [a for a in articles if a["site"] == article["site"] and a.get("standoff") == article.get("standoff")
            and a["id"] != article["id"]]
    when = parse_time(article["published"])
    same.sort(key=lambda a: (abs((parse_time(a["published"]) - when).total_seconds()), a["id"]))
    return same[:limit]


def pick_comments(article, count):
    rnd = seeded(article, "comments")
    chosen = rnd.sample(COMMENTS, count)
    base = parse_time(article["published"])
    out = []
    for i, (user, text) in enumerate(chosen):
        at = base + dt.timedelta(minutes=37 + 53 * i + rnd.randint(0, 30))
        out.append((user, text, at))
    return out


def pick_ad(article, salt):
    return seeded(article, salt).choice(ADS)


def wire_credit(article, articles, fallback):
    """Who to credit on a page with no named author: the agency for syndicated copy, else the site's own desk."""
    if article.get("duplicate_of"):
        for other in articles:
            if other["id"] == article["duplicate_of"]:
                return SITES[other["site"]]["name"]
    return fallback


def local_href(article):
    """Path of the article's URL, used in on-site links."""
    parts = urlsplit(article["url"])
    return parts.path + ("?" + parts.query if parts.query else "")


def image_caption(article):
    place = place_of(article) or "the capital"
    return "A view of %s. %s" % (place, article["title"])


# ---------------------------------------------------------------------------------------------
# Site templates

def render_northwind(a, articles):
    site = SITES["northwind"]
    when = parse_time(a["published"])
    u = utc(when)
    modified = when + dt.timedelta(hours=1, minutes=26)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["standfirst"],
        "datePublished": when.isoformat(),
        "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": n, "url": site["home"] + "profile/" + slug(n)} for n in a["authors"]]
        or {"@type": "Organization", "name": wire_credit(a, articles, "Northwind Herald staff")},
        "publisher": {"@type": "Organization", "name": site["name"],
                      "logo": {"@type": "ImageObject", "url": site["home"] + "static/logo.png"}},
        "mainEntityOfPage": a["url"],
        "image": site["home"] + "img/" + slug(a["title"])[:40] + ".jpg",
    }
    visible_date = "%s %d %s %d %02d.%02d GMT" % (DAYS[u.weekday()][:3], u.day, MONTHS[u.month - 1][:3], u.year,
                                                    u.hour, u.minute)
    byline = ""
    if a["authors"]:
        links = [('<a rel="author" href="/profile/%s">%s</a>' % (slug(n), esc(n))) for n in a["authors"]]
        byline = "By " + (links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1])
        if place_of(a):
            byline += " in " + esc(place_of(a))
    else:
        byline = esc(wire_credit(a, articles, "Herald staff"))
    paras = "\n".join("        <p>%s</p>" % esc(p) for p in a["paragraphs"])
    rel = "\n".join('          <li><a href="%s">%s</a></li>' % (esc(local_href(r)), esc(r["title"])) for r in related(a, articles))
    comments = "\n".join(
        '        <li class="comment"><span class="comment__user">%s</span> <span class="comment__time">%s</span><p>%s</p>'
        '<button>Reply</button> <button>Report</button></li>' % (esc(user), at.strftime("%d %b %Y %H:%M"), esc(text))
        for user, text, at in pick_comments(a, 3))
    ad_label, ad_text, ad_brand = pick_ad(a, "nw")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a["title"])} | The Northwind Herald</title>
  <meta name="description" content="{esc(a["standfirst"])}">
  <link rel="canonical" href="{esc(a["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Northwind Herald">
  <meta property="og:title" content="{esc(a["title"])}">
  <meta property="og:description" content="{esc(a["standfirst"])}">
  <meta property="og:url" content="{esc(a["url"])}">
  <meta property="og:image" content="{esc(ld["image"])}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/static/css/nw.4f2a9c.css">
  <script type="application/ld+json">
{json_ld(ld)}
  </script>
</head>
<body class="nw nw--article">
  <a class="skip-link" href="#maincontent">Skip to main content</a>
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to improve your experience, to show you relevant advertising and to measure our audience.
    You can change your choices at any time from the Privacy settings link at the foot of each page.</p>
    <button class="cookie-banner__accept">Yes, I'm happy</button> <button class="cookie-banner__manage">Manage my cookies</button>
  </div>
  <header class="masthead">
    <div class="masthead__top"><a href="/support">Support the Herald</a> <a href="/signin">Sign in</a> <a href="/subscribe">Subscribe</a>
      <span class="edition">UK edition</span> <span class="edition">International edition</span></div>
    <a class="masthead__logo" href="/"><span class="visually-hidden">The Northwind Herald</span></a>
    <nav class="pillars" aria-label="Sections">
      <ul>
        <li><a href="/">News</a></li><li><a href="/world">World</a></li><li class="is-active"><a href="/world/europe-news">Europe</a></li>
        <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/commentisfree">Opinion</a></li>
        <li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li><li><a href="/lifeandstyle">Lifestyle</a></li>
      </ul>
    </nav>
  </header>
  <main id="maincontent">
    <article class="article">
      <div class="article__kicker"><a href="/world/europe-news">Europe</a></div>
      <h1 class="article__headline">{esc(a["title"])}</h1>
      <div class="article__standfirst"><p>{esc(a["standfirst"])}</p></div>
      <figure class="article__media">
        <img src="{esc(ld["image"])}" alt="">
        <figcaption>{esc(image_caption(a))} Photograph: Herald picture desk</figcaption>
      </figure>
      <aside class="article__meta">
        <p class="byline">{byline}</p>
        <p class="article__date">{visible_date}</p>
        <div class="share-bar">
          <a class="share share--facebook" href="#">Share on Facebook</a>
          <a class="share share--twitter" href="#">Share on Twitter</a>
          <a class="share share--email" href="#">Share via Email</a>
          <span class="share-count">1,2{len(a["paragraphs"])}4 shares</span>
        </div>
      </aside>
      <div class="article__body" itemprop="articleBody">
{paras}
      </div>
      <div class="inline-ad"><span class="ad-label">{esc(ad_label)}</span><p>{esc(ad_text)}</p><span class="ad-brand">{esc(ad_brand)}</span></div>
      <div class="article__topics">Topics <a href="/world/estonia">World news</a> <a href="/world/europe-news">Europe</a> <a href="/world/diplomacy">Diplomacy</a></div>
      <a class="reuse" href="/help/reuse">Reuse this content</a>
    </article>
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">More on this story</h2>
      <ul>
{rel}
      </ul>
    </section>
    <section class="newsletter">
      <h2>Sign up to First Edition</h2>
      <p>Our morning email breaks down the key stories of the day.</p>
      <form action="/email/signup"><input type="email" placeholder="Enter your email address"><button>Sign up</button></form>
      <p class="newsletter__small">Privacy notice: newsletters may contain info about charities, online ads and content funded by outside parties.</p>
    </section>
    <section class="comments" id="comments">
      <h2>Comments (3)</h2>
      <p class="comments__note">This discussion is closed for comments.</p>
      <ul>
{comments}
      </ul>
    </section>
    <section class="most-viewed"><h2>Most viewed</h2><ol>{"".join("<li>%s</li>" % esc(t) for t in MOST_READ[:5])}</ol></section>
  </main>
  <footer class="footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/help/complaints">Complaints &amp; corrections</a></li>
    <li><a href="/info/privacy">Privacy policy</a></li><li><a href="/info/cookies">Cookie policy</a></li><li><a href="/info/terms">Terms &amp; conditions</a></li></ul>
    <p>&copy; 2019 Northwind Herald Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def render_meridian(a, articles):
    site = SITES["meridian"]
    when = parse_time(a["published"])
    u = utc(when)
    hour12 = u.hour % 12 or 12
    visible = "%s %d, %d / %d:%02d %s / Updated %d hours ago" % (MONTHS[u.month - 1].upper(), u.day, u.year, hour12,
                                                               u.minute, "AM" if u.hour < 12 else "PM",
                                                               2 + len(a["paragraphs"]) % 5)
    author_meta = ", ".join(a["authors"]) if a["authors"] else "Meridian Wire"
    paras = "\n".join('      <p class="story-body__para">%s</p>' % esc(p) for p in a["paragraphs"])
    rnd = seeded(a, "editor")
    editor = rnd.choice(["Hugh Larkin", "Petra Vos", "Simon Achterberg", "Ruth Callaghan"])
    if a["authors"]:
        place = place_of(a)
        credit = "Reporting by %s%s; Editing by %s" % (byline_names(a["authors"]), " in " + place if place else "", editor)
    else:
        credit = "Compiled by Meridian Wire staff; Editing by %s" % editor
    rel = "\n".join('        <li><a href="%s">%s</a> <span class="rel-time">%s</span></li>' % (
        esc(local_href(r)), esc(r["title"]), utc(parse_time(r["published"])).strftime("%d %b"))
        for r in related(a, articles, 3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} | Meridian Wire</title>
<meta name="author" content="{esc(author_meta)}">
<meta name="description" content="{esc(a["standfirst"])}">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["standfirst"])}">
<meta property="og:url" content="{esc(a["url"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian Wire">
<meta property="article:published_time" content="{u.strftime("%Y-%m-%dT%H:%M:%SZ")}">
<meta property="article:modified_time" content="{utc(when + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")}">
<meta property="article:section" content="World News">
<link rel="canonical" href="{esc(a["url"])}">
</head>
<body>
<div id="cookie-notice" class="notice">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header class="site-header">
  <a class="logo" href="/">Meridian Wire</a>
  <nav><a href="/world">World</a> | <a href="/business">Business</a> | <a href="/markets">Markets</a> | <a href="/politics">Politics</a> | <a href="/tech">Tech</a> | <a href="/breakingviews">Analysis</a></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Meridian"></form>
</header>
<main class="story">
  <div class="story-topic"><a href="/world/europe">World News</a></div>
  <h1 class="story-headline">{esc(a["title"])}</h1>
  <div class="story-meta"><span class="story-date">{visible}</span> <span class="read-time">{max(2, sum(len(p.split()) for p in a["paragraphs"]) // 200)} Min Read</span></div>
  <div class="share-tools"><a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
  <div class="story-body">
{paras}
      <p class="story-credit">{esc(credit)}</p>
  </div>
  <div class="trust"><a href="/trust-principles">Our Standards: The Meridian Trust Principles.</a></div>
  <aside class="more-from">
    <h3>More from Meridian</h3>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2019 Meridian Wire. All rights reserved.</p>
  <p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/licensing">Licensing</a></p>
</footer>
</body>
</html>
"""


def atlas_time(when):
    return "%d %s, %d %02d:%02d" % (when.day, MONTHS[when.month - 1][:3], when.year, when.hour, when.minute)


def render_atlas(a, articles):
    when = parse_time(a["published"])
    updated = when + dt.timedelta(hours=3, minutes=4)
    authors = " and ".join('<a rel="author" class="author-link" href="/authors/%s">%s</a>' % (slug(n), esc(n))
                           for n in a["authors"]) or '<span class="author-link">%s</span>' % esc(wire_credit(a, articles, "Atlas Daily Reporter"))
    body = []
    ad_no = 0
    for i, p in enumerate(a["paragraphs"]):
        body.append('          <p class="mol-para-with-font">%s</p>' % esc(p))
        if i in (2, 6):
            ad_no += 1
            label, text, brand = pick_ad(a, "atlas%d" % i)
            body.append('          <div class="ad-slot ad-slot--inline" id="ad-inline-%d"><span class="ad-caption">%s</span>'
                        '<div class="ad-creative"><p>%s</p><p class="ad-brand">%s</p></div></div>' % (ad_no, esc(label), esc(text), esc(brand)))
        if i == 3:
            rel = related(a, articles, 1)
            if rel:
                body.append('          <div class="read-more-inline"><strong>READ MORE:</strong> <a href="%s">%s</a></div>'
                            % (esc(local_href(rel[0])), esc(rel[0]["title"])))
    body = "\n".join(body)
    rel = "\n".join('            <li><a href="%s"><img src="/i/thumb/%s.jpg" alt=""><span>%s</span></a></li>' % (
        esc(local_href(r)), slug(r["title"])[:30], esc(r["title"])) for r in related(a, articles))
    comments = "\n".join(
        '            <div class="comment"><div class="comment-user">%s, %s</div><p class="comment-text">%s</p>'
        '<div class="comment-votes"><span class="up">%d</span> <span class="down">%d</span></div></div>'
        % (esc(user), esc(rnd_place), esc(text), 3 + len(text) % 40, len(user) % 9)
        for (user, text, _at), rnd_place in zip(pick_comments(a, 4), ["London", "Tartu", "Manchester", "Riga"]))
    breadcrumb = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.atlasdaily.example/news"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.atlasdaily.example/news/world"}]}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a["title"])} | Atlas Daily</title>
<meta name="description" content="{esc(a["standfirst"])}">
<meta name="keywords" content="world news,europe,politics,russia,nato,breaking">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(a["url"])}">
<meta property="og:description" content="{esc(a["standfirst"])}">
<meta property="og:site_name" content="Atlas Daily">
<meta name="twitter:site" content="@AtlasDaily">
<script type="application/ld+json">{json_ld(breadcrumb)}</script>
<script>window.adQueue = window.adQueue || []; window.adQueue.push({{slot: "top", sizes: [[970, 250], [728, 90]]}});</script>
</head>
<body class="atlas article-page">
<div id="consent-overlay" class="consent">
  <div class="consent-box">
    <h2>We value your privacy</h2>
    <p>We and our 312 partners store and access information on your device, such as cookies, and process personal data
    such as unique identifiers for personalised ads and content, ad and content measurement, audience insights and product development.</p>
    <button class="consent-accept">ACCEPT ALL</button> <button class="consent-more">MORE OPTIONS</button>
  </div>
</div>
<div class="top-bar">
  <span class="icon icon-search">icon search</span><span class="icon icon-share">icon share</span><span class="icon icon-arrow-left">icon-arrow left</span><span class="icon icon-menu">icon menu</span><span class="icon icon-play">icon play</span>
  <a href="/" class="logo">Atlas Daily</a>
  <a href="/login" class="login">Login</a>
</div>
<nav class="mega-nav">
  <ul class="nav-primary">
    <li><a href="/home">Home</a></li><li class="selected"><a href="/news">News</a></li><li><a href="/news/world">World</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/showbiz">Showbiz</a></li><li><a href="/money">Money</a></li><li><a href="/health">Health</a></li><li><a href="/travel">Travel</a></li><li><a href="/video">Video</a></li>
  </ul>
  <ul class="nav-secondary"><li><a href="/news/world/europe">Europe</a></li><li><a href="/news/world/us">US</a></li><li><a href="/news/royals">Royals</a></li><li><a href="/news/crime">Crime</a></li></ul>
</nav>
<div class="ticker"><span class="ticker-label">BREAKING</span> <span class="ticker-item">{esc(MOST_READ[len(a["title"]) % len(MOST_READ)])}</span></div>
<div class="ad-slot ad-slot--billboard" id="ad-top"><span class="ad-caption">Advertisement</span></div>
<div class="page">
  <div class="col-main">
    <article class="article-text" data-article-id="{len(a["url"]) * 7919 % 100000}">
      <h1 class="headline">{esc(a["title"])}</h1>
      <ul class="mol-bullets-with-font"><li>{esc(a["standfirst"])}</li></ul>
      <div class="author-section">
        <p class="byline">By {authors}</p>
        <p class="byline-section">
          <span class="article-timestamp article-timestamp-published">Published: <time datetime="{when.isoformat()}">{atlas_time(when)}</time></span>
          <span class="article-timestamp article-timestamp-updated">| Updated: <time datetime="{updated.isoformat()}">{atlas_time(updated)}</time></span>
        </p>
      </div>
      <div class="social-share">
        <a class="share-fb" href="#">Share</a> <a class="share-tw" href="#">Tweet</a> <a class="share-wa" href="#">WhatsApp</a>
        <span class="share-count"><b>{(len(a["title"]) * 37) % 900 + 12}</b> shares</span>
        <a class="comments-count" href="#comments">{(len(a["standfirst"]) * 3) % 200 + 5} comments</a>
      </div>
      <div class="image-wrap">
        <img src="/i/pix/{slug(a["title"])[:40]}.jpg" alt="{esc(a["title"])}">
        <p class="imageCaption">{esc(a["title"])}</p>
      </div>
      <div itemprop="articleBody">
{body}
      </div>
      <div class="social-share social-share--bottom"><span>Share or comment on this article:</span> <a href="#">Share</a> <a href="#">Tweet</a></div>
      <div class="newsletter-signup">
        <h3>Get the Atlas Daily Morning Briefing</h3>
        <p>Sign up for the biggest stories, direct to your inbox every morning.</p>
        <input type="email" placeholder="Your email"><button>SUBSCRIBE</button>
      </div>
      <section id="comments" class="comments">
        <h3>Comments</h3>
        <p class="comment-policy">The comments below have not been moderated. The views expressed are those of the readers.</p>
        <div class="comment-sort">Newest | Oldest | Best rated | Worst rated</div>
{comments}
      </section>
    </article>
  </div>
  <aside class="col-side">
    <div class="ad-slot ad-slot--mpu"><span class="ad-caption">Advertisement</span></div>
    <div class="puff">
      <h3>MORE TOP STORIES</h3>
      <ul>
{rel}
      </ul>
    </div>
    <div class="trending"><h3>TRENDING</h3><ol>{"".join("<li>%s</li>" % esc(t) for t in MOST_READ[3:8])}</ol></div>
    <div class="sponsored"><h4>Sponsored Stories</h4><p>Doctors baffled by this morning habit</p><p>The town where houses cost one euro</p></div>
  </aside>
</div>
<footer class="footer">
  <div class="footer-nav"><a href="/home">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/showbiz">Showbiz</a> <a href="/money">Money</a></div>
  <p>Published by Atlas Media Group. &copy; 2019 Atlas Daily. Part of the Atlas Media Group.</p>
  <p><a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookie Policy</a> <a href="/terms">Terms</a> <a href="/advertise">Advertise with us</a></p>
</footer>
</body>
</html>
"""


def harbor_dateline(when):
    return "%s %d %s %d %02d.%02d %s" % (DAYS[when.weekday()], when.day, MONTHS[when.month - 1], when.year, when.hour,
                                         when.minute, zone_abbr(when))


def render_harbor(a, articles):
    when = parse_time(a["published"])
    byline = "By " + esc(byline_names(a["authors"])) if a["authors"] else esc(wire_credit(a, articles, "From staff reports"))
    paras = "\n".join("<p>%s</p>" % esc(p) for p in a["paragraphs"])
    rel = "".join('<tr><td><font size="2">&raquo; <a href="%s">%s</a></font></td></tr>\n' % (esc(local_href(r)), esc(r["title"]))
                  for r in related(a, articles, 3))
    comments = "".join('<p><font size="2"><b>%s</b> wrote:<br>%s</font></p>\n' % (esc(u), esc(t))
                       for u, t, _ in pick_comments(a, 2))
    label, ad_text, brand = pick_ad(a, "harbor")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"])} | Harbor Post</title>
<meta name="keywords" content="harbor post, news, local, world">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{esc(a["url"])}">
<link rel="alternate" type="application/rss+xml" title="Harbor Post headlines" href="/rss/headlines.xml">
<link rel="stylesheet" type="text/css" href="/styles/main.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<div id="cookiebar" style="background:#ffd;padding:4px"><font size="1">Harbor Post uses cookies to remember your preferences. <a href="/cookies.php">Find out more</a> | <a href="#" onclick="hideCookieBar()">Close</a></font></div>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" bgcolor="#0b2a4a"><a href="/"><img src="/images/masthead.gif" width="760" height="90" alt="Harbor Post" border="0"></a></td></tr>
<tr><td colspan="3" bgcolor="#dde4ec"><font size="2"><a href="/">Home</a> | <a href="/news.php">News</a> | <a href="/world.php">World</a> | <a href="/business.php">Business</a> | <a href="/sports.php">Sports</a> | <a href="/obits.php">Obituaries</a> | <a href="/classifieds.php">Classifieds</a> | <a href="/contact.php">Contact</a></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#f2f2f2">
  <table width="100%" cellpadding="4"><tr><td><font size="2"><b>Sections</b><br><a href="/news.php">Local News</a><br><a href="/world.php">World</a><br><a href="/opinion.php">Opinion</a><br><a href="/letters.php">Letters</a><br><a href="/weather.php">Weather</a><br><a href="/tides.php">Tide Tables</a><br><a href="/archive.php">Archive</a></font></td></tr>
  <tr><td><font size="1">{esc(label)}</font><br><font size="2">{esc(ad_text)}<br><i>{esc(brand)}</i></font></td></tr></table>
</td>
<td valign="top">
<table width="100%" cellpadding="8"><tr><td>
<font face="Georgia, Times New Roman, serif">
<font size="2" color="#666666">World</font><br>
<font size="5"><b>{esc(a["title"])}</b></font><br>
<font size="3"><i>{esc(a["standfirst"])}</i></font><br><br>
<font size="2"><b>{byline}</b><br>
{harbor_dateline(when)}</font>
<div class="storytext">
{paras}
</div>
</font>
<p><font size="2"><a href="/print.php">Printer-friendly version</a> | <a href="/email.php">E-mail this story</a> | <a href="/letters.php">Write a letter to the editor</a></font></p>
<hr size="1">
<p><font size="2"><b>Reader comments</b></font></p>
{comments}<p><font size="1">Comments are the opinions of readers and not of the Harbor Post.</font></p>
</td></tr></table>
</td>
<td width="200" valign="top" bgcolor="#f9f9f9">
<table width="100%" cellpadding="4">
<tr><td><font size="2"><b>Related stories</b></font></td></tr>
{rel}<tr><td><font size="2"><b>Weather</b><br>Cloudy, 4&deg;C. Wind W 18 km/h.</font></td></tr>
<tr><td><font size="2"><b>Newsletter</b><br>Get the Harbor Post headlines by e-mail every morning.<br><input type="text" name="email" size="14"> <input type="submit" value="Join"></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#dde4ec"><font size="1">Copyright &copy; 2019 Harbor Post Publishing Co. All rights reserved. | <a href="/privacy.php">Privacy</a> | <a href="/advertise.php">Advertise</a></font></td></tr>
</table>
</body>
</html>
"""


def render_civic(a, articles):
    when = parse_time(a["published"])
    author = a["authors"][0] if a["authors"] else "Civic Ledger"
    authors_meta = ", ".join(a["authors"]) if a["authors"] else "Civic Ledger"
    words = sum(len(p.split()) for p in a["paragraphs"])
    visible = "%s %d, %d" % (MONTHS[when.month - 1], when.day, when.year)
    paras = "\n".join("<p>%s</p>" % esc(p) for p in a["paragraphs"])
    if len(a["authors"]) > 1:
        extra = "<p class=\"coauthors\"><em>With additional reporting by %s.</em></p>" % esc(byline_names(a["authors"][1:]))
    else:
        extra = ""
    rel = "\n".join('<li class="jp-related"><a href="%s">%s</a><span class="jp-related-date">%s</span></li>' % (
        esc(r["url"]), esc(r["title"]), "%s %d, %d" % (MONTHS[parse_time(r["published"]).month - 1],
                                                       parse_time(r["published"]).day, parse_time(r["published"]).year))
        for r in related(a, articles, 3))
    recent = "\n".join('<li><a href="%s">%s</a></li>' % (esc(r["url"]), esc(r["title"])) for r in related(a, articles, 5))
    comments = "\n".join(
        '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> '
        '<time datetime="%s">%s at %s</time></footer><div class="comment-content"><p>%s</p></div>'
        '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (
            esc(u), at.isoformat(), "%s %d, %d" % (MONTHS[at.month - 1], at.day, at.year), at.strftime("%I:%M %p").lstrip("0"), esc(t))
        for u, t, at in pick_comments(a, 2))
    # WordPress SEO plugins emit one @graph whose Article points at its author by @id and states dates in UTC.
    people = [{"@type": "Person", "@id": "https://civicledger.example/#/schema/person/" + slug(n), "name": n}
              for n in a["authors"]]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://civicledger.example/#website", "url": "https://civicledger.example/",
         "name": "Civic Ledger"},
        {"@type": "WebPage", "@id": a["url"] + "#webpage", "url": a["url"], "name": a["title"] + " | Civic Ledger",
         "isPartOf": {"@id": "https://civicledger.example/#website"}},
        {"@type": "Article", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"] + "#webpage"},
         "headline": a["title"],
         "datePublished": utc(when).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "dateModified": utc(when + dt.timedelta(days=1, hours=2)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "author": [{"@id": p["@id"]} for p in people] or {"@id": "https://civicledger.example/#organization"},
         "wordCount": words, "articleSection": ["Analysis"], "inLanguage": "en-US"},
    ] + people}
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Civic Ledger</title>
<meta name="author" content="{esc(authors_meta)}">
<meta name="description" content="{esc(a["standfirst"])}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["standfirst"])}">
<meta property="og:url" content="{esc(a["url"])}">
<meta property="og:site_name" content="Civic Ledger">
<link rel="alternate" type="application/rss+xml" title="Civic Ledger &raquo; Feed" href="https://civicledger.example/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{json_ld(graph)}</script>
<link rel="stylesheet" id="twentynineteen-style-css" href="/wp-content/themes/ledger/style.css?ver=1.3" media="all">
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">Civic Ledger</a></p>
  <p class="site-description">Long reads on power, policy and the people in between</p>
  <nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>
    <ul id="menu-primary" class="menu"><li><a href="/">Home</a></li><li><a href="/category/analysis/">Analysis</a></li><li><a href="/category/dispatches/">Dispatches</a></li><li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li><a href="/donate/">Support us</a></li></ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry category-analysis">
<header class="entry-header">
  <span class="cat-links"><a href="/category/analysis/" rel="category tag">Analysis</a></span>
  <h1 class="entry-title">{esc(a["title"])}</h1>
  <div class="entry-meta">
    <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/{slug(author)}/">{esc(author)}</a></span></span>
    <span class="posted-on"><a href="{esc(a["url"])}" rel="bookmark"><time class="entry-date published" datetime="{when.isoformat()}">{visible}</time></a></span>
    <span class="reading-time">{max(2, words // 220)} min read</span>
  </div>
</header>
<div class="entry-content">
<p class="standfirst"><strong>{esc(a["standfirst"])}</strong></p>
<figure class="wp-block-image"><img src="/wp-content/uploads/{when.year}/{when.month:02d}/{slug(a["title"])[:30]}.jpg" alt=""><figcaption>{esc(image_caption(a))}</figcaption></figure>
{paras}
{extra}
<div class="newsletter-box"><h3>Get the Ledger in your inbox</h3><p>One thoughtful email a week. No spam, unsubscribe any time.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">Email</a></li><li><a class="share-print" href="#">Print</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>
{rel}
</ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/diplomacy/" rel="tag">diplomacy</a>, <a href="/tag/security/" rel="tag">security</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;{esc(a["title"])}&rdquo;</h2>
<ol class="comment-list">
{comments}
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{recent}
</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2019/04/">April 2019</a></li><li><a href="/2019/03/">March 2019</a></li><li><a href="/2019/02/">February 2019</a></li><li><a href="/2019/01/">January 2019</a></li></ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/category/analysis/">Analysis</a></li><li><a href="/category/dispatches/">Dispatches</a></li><li><a href="/category/interviews/">Interviews</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2019 Civic Ledger &middot; <a href="/privacy-policy/">Privacy Policy</a> &middot; Theme by Ledger Studio</div></footer>
</div>
</body>
</html>
"""


TEMPLATES = {"northwind": render_northwind, "meridian": render_meridian, "atlas": render_atlas,
             "harbor": render_harbor, "civic": render_civic}


def render_page(article, articles):
    return TEMPLATES[article["site"]](article, articles)


# ---------------------------------------------------------------------------------------------
# Deliberately broken pages

def broken_kind(article):
    desc = (article.get("broken") or "").lower()
    if not desc:
        return None
    if "trunc" in desc:
        return "truncated"
    if "charset" in desc or "1252" in desc or "encoding" in desc:
        return "charset"
    if "nest" in desc or "unclosed" in desc:
        return "nested"
    return "unknown"


def break_page(article, page):
    """Return the page bytes with the article's declared breakage applied."""
    kind = broken_kind(article)
    if kind is None:
        return page.encode("utf-8")
    if kind == "truncated":
        # Cut inside the first tag after the body, as if the download stopped: the article text survives,
        # the page has no closing tags and ends inside an attribute.
        last = esc(article["paragraphs"][-1])
        at = page.index(last) + len(last)
        tag = re.compile(r"<[a-zA-Z][^>]{8,}>").search(page, at)
        cut = tag.start() + (tag.end() - tag.start()) // 2
        return page[:cut].encode("utf-8")
    if kind == "charset":
        # The page keeps its utf-8 declaration but the bytes are windows-1252; characters that code page lacks
        # become numeric references, as a CMS writing cp1252 would emit them.
        return page.encode("cp1252", errors="xmlcharrefreplace")
    if kind == "nested":
        # Each paragraph goes one level deeper into a div that is never closed; no closing tags at the end.
        first = esc(article["paragraphs"][0])
        start = page.index(first)
        start = page.rindex("<p", 0, start)
        last = esc(article["paragraphs"][-1])
        end = page.index("</p>", page.index(last)) + len("</p>")
        deep = []
        for i, p in enumerate(article["paragraphs"]):
            deep.append('<div class="wrap-%d"><div class="inner"><div class="cell">' % i + "<p>%s</p>\n" % esc(p))
        head = page[:start]
        tail = page[end:]
        tail = tail.replace("</div>", "").replace("</body>", "").replace("</html>", "")
        return (head + "".join(deep) + tail).encode("utf-8")
    print("warning: %s: cannot tell which breakage %r means (say truncated, charset or nested); page left intact"
          % (article["id"], article.get("broken")), file=sys.stderr)
    return page.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Scraped plain text

ICON_LINES = [
    "icon searchicon shareicon-arrow lefticon menuicon playicon",
    "icon-closeicon-searchicon-menuicon-shareicon-facebookicon-twitter",
]


PHOTO_CREDIT = {"northwind": "Herald picture desk", "meridian": "Meridian Pictures", "atlas": "Atlas Daily",
                "harbor": "Harbor Post files", "civic": "Civic Ledger"}


def text_layout_a(a, articles):
    """Tabloid scrape: glued icon names, menu words, dateline, headline, standfirst, caption, body, footer."""
    when = parse_time(a["published"])
    site = SITES[a["site"]]["name"]
    lines = [ICON_LINES[0], "Home", "News", "World", "Sport", "Showbiz", "Money", "Video",
             atlas_time(when), a["title"], a["standfirst"]]
    if a["authors"]:
        lines.append("By " + byline_names(a["authors"]))
    lines += [a["title"], ""]
    for p in a["paragraphs"]:
        lines += [p, ""]
    lines += ["Share this article", "Facebook", "Twitter", "WhatsApp", "Comments (%d)" % (len(a["title"]) % 30 + 3),
              "MORE TOP STORIES"]
    lines += [r["title"] for r in related(a, articles, 3)]
    lines += ["Advertisement", "\u00a9 2019 %s" % site, "Privacy Policy Terms Advertise with us"]
    return "\n".join(lines) + "\n"


def text_layout_b(a, articles):
    """Broadsheet scrape: skip link, menu row, kicker, headline, standfirst, byline, UTC date, caption, topics."""
    when = utc(parse_time(a["published"]))
    site = SITES[a["site"]]["name"]
    lines = ["Skip to main content", "Sign in", "Subscribe", site,
             "News World Europe Politics Business Opinion Culture Sport", "Europe", a["title"], a["standfirst"]]
    if a["authors"]:
        place = place_of(a)
        lines.append(byline_names(a["authors"]) + (" in " + place if place else ""))
    lines += ["%s %d %s %d %02d.%02d GMT" % (DAYS[when.weekday()][:3], when.day, MONTHS[when.month - 1][:3], when.year,
                                             when.hour, when.minute),
              "Share on Facebook Share on Twitter Share via Email",
              a["title"] + " Photograph: " + PHOTO_CREDIT[a["site"]], ""]
    lines += a["paragraphs"]
    lines += ["", "Topics", "World news", "Europe", "Diplomacy", "Reuse this content", "Most viewed"]
    lines += MOST_READ[:4]
    lines += ["\u00a9 2019 %s. All rights reserved." % site]
    return "\n".join(lines) + "\n"


def text_layout_c(a, articles):
    """Blog scrape: site title, menu, category, headline, 'Posted on ... by ...', image caption, share and reply chrome."""
    when = parse_time(a["published"])
    site = SITES[a["site"]]["name"]
    author = byline_names(a["authors"]) or site
    lines = [site, "Menu", "Home", "Analysis", "Dispatches", "Podcast", "About", "", "Analysis", a["title"],
             "Posted on %s %d, %d by %s" % (MONTHS[when.month - 1], when.day, when.year, author), "", a["standfirst"],
             "", "[Image: %s]" % a["title"], ""]
    for p in a["paragraphs"]:
        lines += [p, ""]
    lines += ["Share this:", "Twitter", "Facebook", "Email", "Like this:", "Like Loading...", "", "Related"]
    lines += [r["title"] for r in related(a, articles, 3)]
    lines += ["", "Leave a Reply Cancel reply", "Your email address will not be published.", "",
              "\u00a9 2019 %s" % site]
    return "\n".join(lines) + "\n"


TEXT_LAYOUTS = {"atlas": text_layout_a, "harbor": text_layout_a, "northwind": text_layout_b,
                "meridian": text_layout_b, "civic": text_layout_c}


# ---------------------------------------------------------------------------------------------
# WARC 1.1, written by hand: one gzip member per record

def warc_record(headers, block):
    head = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % (k, v) for k, v in headers) + "Content-Length: %d\r\n\r\n" % len(block)
    raw = head.encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(UUID_NS, "/".join(parts))


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def build_warc(items):
    """items: list of (article, html bytes). Returns the bytes of a .warc.gz."""
    out = bytearray()
    info = ("software: Parley samples/build.py\r\nformat: WARC File Format 1.1\r\n"
            "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            "description: Sample crawl of fictional news sites for the Parley demo\r\n").encode("utf-8")
    out += warc_record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", record_id("warcinfo")),
                        ("WARC-Date", CRAWL_START.strftime("%Y-%m-%dT%H:%M:%SZ")),
                        ("WARC-Filename", "sample.warc.gz"), ("Content-Type", "application/warc-fields")], info)
    for i, (art, body) in enumerate(items):
        when = CRAWL_START + dt.timedelta(seconds=17 * (i + 1))
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(art["url"])
        path = parts.path + ("?" + parts.query if parts.query else "")
        req = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0 (compatible; ParleySampleBot/1.0)\r\n"
               "Accept: text/html,application/xhtml+xml\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n"
               % (path or "/", parts.netloc)).encode("ascii")
        resp_head = ("HTTP/1.1 200 OK\r\nDate: %s\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
                     "Content-Length: %d\r\nConnection: close\r\n\r\n"
                     % (email.utils.format_datetime(when, usegmt=True), len(body))).encode("ascii")
        resp = resp_head + body
        resp_id = record_id("response", art["url"])
        req_id = record_id("request", art["url"])
        out += warc_record([("WARC-Type", "request"), ("WARC-Record-ID", req_id), ("WARC-Date", stamp),
                            ("WARC-Target-URI", art["url"]), ("WARC-Concurrent-To", resp_id),
                            ("Content-Type", "application/http; msgtype=request")], req)
        out += warc_record([("WARC-Type", "response"), ("WARC-Record-ID", resp_id), ("WARC-Date", stamp),
                            ("WARC-Target-URI", art["url"]), ("WARC-IP-Address", "192.0.2.%d" % (10 + i)),
                            ("WARC-Payload-Digest", sha1_b32(body)), ("WARC-Block-Digest", sha1_b32(resp)),
                            ("Content-Type", "application/http; msgtype=response")], resp)
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# RSS

def build_rss(items, link_of):
    items = sorted(items, key=lambda a: (parse_time(a["published"]), a["id"]), reverse=True)
    newest = parse_time(items[0]["published"]) if items else CRAWL_START
    entries = []
    for a in items:
        link = link_of(a)
        entries.append("""    <item>
      <title>%s</title>
      <link>%s</link>
      <description>%s</description>
      <pubDate>%s</pubDate>
      <guid isPermaLink="false">%s</guid>%s
    </item>""" % (esc(a["title"]), esc(link), esc(a["standfirst"]), email.utils.format_datetime(parse_time(a["published"])),
                  esc("harborpost-" + a["id"]),
                  "".join("\n      <author>news@harborpost.example (%s)</author>" % esc(n) for n in a["authors"][:1])))
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Harbor Post - World headlines</title>
    <link>http://www.harborpost.example/</link>
    <description>World and regional news from the Harbor Post</description>
    <language>en</language>
    <lastBuildDate>%s</lastBuildDate>
    <ttl>60</ttl>
%s
  </channel>
</rss>
""" % (email.utils.format_datetime(newest), "\n".join(entries))


# ---------------------------------------------------------------------------------------------

class _TextOf(HTMLParser):
    """Visible text of a page, as a browser would show it (scripts and styles left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.title = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def check_page(article, page):
    """Problems found when reading the rendered page back: every paragraph and the title must survive escaping."""
    reader = _TextOf()
    reader.feed(page)
    reader.close()
    text = " ".join(" ".join(reader.parts).split())
    problems = []
    if "".join(reader.title).strip() != article["title"] + " | " + SITES[article["site"]]["name"]:
        problems.append("%s: <title> reads back as %r" % (article["id"], "".join(reader.title)))
    # Wire pages carry the standfirst only in their meta description, as agencies' sites do.
    shown = [article["title"]] + ([] if article["site"] == "meridian" else [article["standfirst"]])
    for p in article["paragraphs"] + shown:
        if " ".join(p.split()) not in text:
            problems.append("%s: text not found in rendered page: %.50s" % (article["id"], p))
    return problems


def primary_file(a):
    fmts = a["formats"]
    if "html" in fmts or "rss" in fmts:
        return "pages/%s/%s.html" % (a["site"], a["id"])
    if "text" in fmts:
        return "text/%s.txt" % a["id"]
    return "warc/sample.warc.gz"


def all_files(a):
    files = []
    if "html" in a["formats"] or "rss" in a["formats"]:
        files.append("pages/%s/%s.html" % (a["site"], a["id"]))
    if "text" in a["formats"]:
        files.append("text/%s.txt" % a["id"])
    if "warc" in a["formats"]:
        files.append("warc/sample.warc.gz")
    if "rss" in a["formats"] and a["site"] == "harbor":
        files.append("feeds/harbor.rss")
    return files


def as_bytes(data):
    return data.encode("utf-8") if isinstance(data, str) else data


def existing_outputs():
    """Relative paths of the generated files now on disk."""
    found = set()
    for d in GENERATED_DIRS:
        base = ROOT / d
        if base.is_dir():
            found.update(str(p.relative_to(ROOT)) for p in base.rglob("*") if p.is_file())
    if (ROOT / "ANSWERS.jsonl").is_file():
        found.add("ANSWERS.jsonl")
    return found


def render_all(articles):
    """All generated files as {path relative to samples/: bytes}, plus counts; None when a page fails read-back."""
    outputs = {}
    counts = {"pages": 0, "text": 0, "warc": 0, "rss": 0, "broken": 0}
    warc_items = []
    for a in articles:
        page = render_page(a, articles)
        render_problems = check_page(a, page)
        if render_problems:
            for problem in render_problems:
                print("error: " + problem, file=sys.stderr)
            return None, counts
        if "html" in a["formats"] or "rss" in a["formats"]:
            outputs["pages/%s/%s.html" % (a["site"], a["id"])] = break_page(a, page)
            counts["pages"] += 1
            counts["broken"] += 1 if a.get("broken") else 0
        if "text" in a["formats"]:
            outputs["text/%s.txt" % a["id"]] = as_bytes(TEXT_LAYOUTS[a["site"]](a, articles))
            counts["text"] += 1
        if "warc" in a["formats"]:
            warc_items.append((a, page.encode("utf-8")))
    outputs["pages/atlas/empty.html"] = b""
    warc_items.sort(key=lambda item: (parse_time(item[0]["published"]), item[0]["id"]))
    outputs["warc/sample.warc.gz"] = build_warc(warc_items)
    counts["warc"] = len(warc_items)
    feed = [a for a in articles if a["site"] == "harbor" and "rss" in a["formats"]]
    counts["rss"] = len(feed)
    outputs["feeds/harbor.rss"] = as_bytes(build_rss(feed, lambda a: a["url"]))
    outputs["feeds/harbor-local.rss"] = as_bytes(
        build_rss(feed, lambda a: "http://127.0.0.1:{PORT}/harbor/%s.html" % a["id"]))
    lines = []
    for a in sorted(articles, key=lambda a: (a.get("standoff", ""), parse_time(a["published"]), a["id"])):
        row = {
            "id": a["id"], "file": primary_file(a), "files": all_files(a), "url": a["url"],
            "site": a["site"], "standoff": a.get("standoff"), "title": a["title"], "published": a["published"],
            "authors": a["authors"], "quotes": a["answers"].get("quotes", []), "events": a["answers"].get("events", []),
            "duplicate_of": a.get("duplicate_of"), "broken": a.get("broken"),
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    outputs["ANSWERS.jsonl"] = as_bytes("\n".join(lines) + ("\n" if lines else ""))
    return outputs, counts


def main(argv):
    strict = "--strict" in argv
    check = "--check" in argv
    problems = Problems()
    articles = load_articles(problems)
    for w in problems.warnings:
        print("warning: " + w, file=sys.stderr)
    for e in problems.errors:
        print("error: " + e, file=sys.stderr)
    if problems.errors or (strict and problems.warnings):
        return 1
    articles.sort(key=lambda a: a["id"])
    outputs, counts = render_all(articles)
    if outputs is None:
        return 1
    if check:
        stale = sorted(rel for rel in outputs if not (ROOT / rel).is_file() or (ROOT / rel).read_bytes() != outputs[rel])
        extra = sorted(existing_outputs() - set(outputs))
        for rel in stale:
            print("stale: " + rel, file=sys.stderr)
        for rel in extra:
            print("not generated by build.py: " + rel, file=sys.stderr)
        if stale or extra:
            print("samples: outputs are out of date; run python3 samples/build.py", file=sys.stderr)
            return 1
        print("samples: %d generated files match the sources" % len(outputs), file=sys.stderr)
        return 0
    for d in GENERATED_DIRS:
        shutil.rmtree(ROOT / d, ignore_errors=True)
    for rel, data in sorted(outputs.items()):
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    standoffs = sorted({a.get("standoff") for a in articles})
    print("samples: %d articles (%s); %d pages (%d broken, +1 empty), %d text, %d in WARC, %d in RSS; %d answer warnings"
          % (len(articles), ", ".join(standoffs), counts["pages"], counts["broken"], counts["text"], counts["warc"],
             counts["rss"], len(problems.warnings)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
