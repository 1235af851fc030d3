#!/usr/bin/env python3
"""Turns `parley analyze` output (one JSON object per record) into the prediction format of
$PARLEY_BENCH/events/score.py, with the same conventions as the in-process runner (see README.md):
events that did not happen (negated, or in a condition) are left out; Parley's UNK country prefix is written "---";
--plover merges the events of one predicate into one event with compound source and target sets and leaves out
CAMEO-only statements and appeals; otherwise one dyadic event per (source, target) pair is written."""
import argparse
import json
import sys

NON_PLOVER = {"STATEMENT", "APPEAL"}


def code(c):
    if c is None:
        return None
    return "---" + c[3:] if c.startswith("UNK") else c


def counts(e):
    return not e.get("negated") and e.get("modality") != "if"


def base(e):
    out = {"cameo_code": e["cameo_code"], "cameo_root": e["cameo_root"]}
    if e.get("plover_type") and e["plover_type"] not in NON_PLOVER:
        out["plover_type"] = e["plover_type"]
    return out


def dyadic(events):
    out = []
    for e in events:
        if counts(e):
            ev = base(e)
            ev["source"] = code(e["source"])
            ev["target"] = code(e.get("target"))
            out.append(ev)
    return out


def merged(events):
    groups = {}
    for e in events:
        if counts(e) and e.get("plover_type") not in NON_PLOVER:
            groups.setdefault((e["plover_type"], e.get("trigger_start")), []).append(e)
    out = []
    for g in groups.values():
        srcs, tgts = [], []
        for e in g:
            s = code(e["source"])
            if s not in srcs:
                srcs.append(s)
            t = code(e.get("target"))
            if t is not None and t not in tgts:
                tgts.append(t)
        mutual = len(g) >= 2 and all(t in srcs for t in tgts)
        ev = base(g[0])
        ev["source"] = srcs
        ev["target"] = None if mutual or not tgts else tgts
        out.append(ev)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("analysis", help="parley analyze output (JSON lines)")
    ap.add_argument("--plover", action="store_true", help="PLOVER conventions (merged predicates)")
    args = ap.parse_args()
    with open(args.analysis, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            events = doc.get("events") or []
            rec = {"id": doc["id"], "events": merged(events) if args.plover else dyadic(events)}
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
