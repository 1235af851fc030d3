#!/usr/bin/env python3
"""Turns `parley analyze` output (one JSON object per article) into the prediction format of the realnews
score.py: the id is the page's file name without its extension; events that did not happen (negated, or in a
condition) and CAMEO-only statements and appeals (no PLOVER type) are left out, as a user counting events would;
so are events Parley dates more than a month before their article ("supported Lonegan in 2009" in a 2014 article):
the set's guidelines count such history as background, to be left out or marked as such, and Parley's date marks it;
quotes keep their `attribution` (the scorer drops beliefs)."""
import calendar
import datetime
import json
import os
import sys

BACKGROUND_DAYS = 31

NON_PLOVER = {"STATEMENT", "APPEAL"}


def doc_id(d):
    origin = d.get("origin") or d.get("id") or ""
    base = os.path.basename(origin.split("#")[0])
    return base.rsplit(".", 1)[0] if "." in base else base


def counts(e):
    return (not e.get("negated") and e.get("modality") != "if"
            and e.get("plover_type") and e["plover_type"] not in NON_PLOVER)


def period_end(e):
    """The last day of the period an event is dated to, or None when it carries only its article's date."""
    precision = (e.get("date_precision") or "article").lower()
    if precision == "article" or not e.get("date"):
        return None
    parts = [int(x) for x in e["date"][:10].split("-")]  # "2009", "2001-10" or "2014-12-15", as precise as known
    d = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if precision == "week":
        return d + datetime.timedelta(days=6)
    if precision == "month":
        return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return d.replace(month=12, day=31)
    return d


def background(e, published):
    end = period_end(e)
    return end is not None and published is not None and end < published - datetime.timedelta(days=BACKGROUND_DAYS)


def main(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            raw = (d.get("article") or {}).get("published")
            published = datetime.date.fromisoformat(raw[:10]) if raw else None
            events = [{"plover_type": e["plover_type"], "source": e.get("source"), "target": e.get("target"),
                       "sentence": e.get("sentence"), "trigger": e.get("trigger"), "rule": e.get("rule")}
                      for e in d.get("events", []) if counts(e) and not background(e, published)]
            quotes = [{"text": q.get("text"), "type": q.get("type"), "speaker": q.get("speaker"),
                       "speaker_actor": q.get("speaker_actor"), "attribution": q.get("attribution", "speech")}
                      for q in d.get("quotes", [])]
            print(json.dumps({"id": doc_id(d), "events": events, "quotes": quotes}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
