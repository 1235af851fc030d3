#!/usr/bin/env python3
"""Turns `parley analyze` output (one JSON object per article) into the prediction format of the realnews
score.py: the id is the page's file name without its extension; events that did not happen (negated, or in a
condition) and CAMEO-only statements and appeals (no PLOVER type) are left out, as a user counting events would;
quotes keep their `attribution` (the scorer drops beliefs)."""
import json
import os
import sys

NON_PLOVER = {"STATEMENT", "APPEAL"}


def doc_id(d):
    origin = d.get("origin") or d.get("id") or ""
    base = os.path.basename(origin.split("#")[0])
    return base.rsplit(".", 1)[0] if "." in base else base


def counts(e):
    return (not e.get("negated") and e.get("modality") != "if"
            and e.get("plover_type") and e["plover_type"] not in NON_PLOVER)


def main(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            events = [{"plover_type": e["plover_type"], "source": e.get("source"), "target": e.get("target"),
                       "sentence": e.get("sentence"), "trigger": e.get("trigger"), "rule": e.get("rule")}
                      for e in d.get("events", []) if counts(e)]
            quotes = [{"text": q.get("text"), "type": q.get("type"), "speaker": q.get("speaker"),
                       "speaker_actor": q.get("speaker_actor"), "attribution": q.get("attribution", "speech")}
                      for q in d.get("quotes", [])]
            print(json.dumps({"id": doc_id(d), "events": events, "quotes": quotes}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
