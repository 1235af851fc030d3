#!/usr/bin/env python3
"""Precision of each event rule on the realnews set: for every `rule` named in the predictions, how many events it
emitted in complete articles, how many of them match some gold event of the article under `event` (sentence, type,
source and target countries) and under `type` (sentence and type), and how many fall on a sentence with no gold event
at all (non-events). Matching is per prediction (not one-to-one), so it answers "is this record right", the question a
user asks of one record. Uses the set's own score.py for the matching functions.
Usage: by_rule.py PREDICTIONS.jsonl DATA_DIR"""
import importlib.util
import json
import os
import sys
from collections import Counter


def load_scorer(data):
    spec = importlib.util.spec_from_file_location("realnews_score", os.path.join(data, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(pred_path, data):
    sc = load_scorer(data)
    gold, _ = sc.load_gold([data])
    preds, _ = sc.load_preds(pred_path, gold)
    rules = {}
    raw = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            raw[os.path.splitext(os.path.basename(str(d["id"])))[0]] = d
    for gid, g in gold.items():
        if not g["complete"] or gid not in preds:
            continue
        for k, p in enumerate(preds[gid]["events"]):
            rule = raw[gid]["events"][k].get("rule") or "(none)"
            c = rules.setdefault(rule, Counter())
            c["n"] += 1
            sims = [(ge, sc.sent_sim(p, ge)) for ge in g["events"]]
            same = [ge for ge, s in sims if s is not None]
            if not same:
                c["non_event"] += 1
            if any(ge["type"] == p["type"] for ge in same):
                c["type"] += 1
            if any(sc.EV_TEST["event"](p, ge) for ge in same):
                c["event"] += 1
    families = {}
    for rule, c in rules.items():
        families.setdefault(rule.split(":")[0] + ("/" + rule.split("/", 1)[1] if "/" in rule else ""),
                            Counter()).update(c)
    table("per rule family", families)
    table("per rule (3 or more events)", {r: c for r, c in rules.items() if c["n"] >= 3})


def table(title, rows):
    print(f"{title} (complete articles; a record is right when some gold event of its sentence agrees):")
    print(f"  {'rule':44s} {'n':>5s} {'event P':>8s} {'type P':>8s} {'non-event':>10s}")
    for rule, c in sorted(rows.items(), key=lambda kv: -kv[1]["n"]):
        n = c["n"]
        print(f"  {rule:44s} {n:5d} {c['event'] / n:8.2f} {c['type'] / n:8.2f} {c['non_event'] / n:10.2f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
