#!/usr/bin/env python3
"""Speaker actor codes of span-matched quotes, predicted against gold: a confusion summary and the mismatches.

Usage: python3 bench/realnews/actor_errors.py [PRED.jsonl] [DATA_DIR] [--all]
Pairs quotes as score.py does for `span+speaker` (token Dice >= 0.5, greedy), then lists the pairs whose full
speaker_actor codes differ, grouped by error class (wrong country, wrong sector, null/UNK, spurious code).
"""
import collections
import importlib.util
import os
import signal
import sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head

args = [a for a in sys.argv[1:] if not a.startswith("--")]
pred_path = args[0] if args else "bench/out/realnews/predictions.jsonl"
data = args[1] if len(args) > 1 else os.path.join(os.environ.get("PARLEY_BENCH", "../shared/bench"), "realnews")
spec = importlib.util.spec_from_file_location("score", os.path.join(data, "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

gold, _ = score.load_gold([data])
preds, _ = score.load_preds(pred_path, gold)


def klass(p, g):
    if p in (None, "UNK"):
        return "pred null/UNK"
    if g is None:
        return "gold null"
    if p[:3] != g[:3]:
        return "country"
    return "sector"


errs = collections.defaultdict(list)
n = ok = 0
for gid, gd in gold.items():
    P = preds.get(gid, {"quotes": []})["quotes"]
    G = gd["quotes"]
    cands = [(-score.dice(p["bag"], g["bag"]), i, j) for i, p in enumerate(P) for j, g in enumerate(G)
             if score.dice(p["bag"], g["bag"]) >= score.QUOTE_DICE]
    for i, j in score.greedy(cands):
        p, g = P[i], G[j]
        n += 1
        if p["actor"] == g["actor"]:
            ok += 1
            continue
        errs[klass(p["actor"], g["actor"])].append((gid, g["speaker"], g["actor"], p["speaker"], p["actor"]))
print(f"span-matched quotes {n}, exact speaker code {ok} ({ok / max(n, 1):.2f})")
for k, v in sorted(errs.items(), key=lambda kv: -len(kv[1])):
    print(f"\n== {k}: {len(v)}")
    for e in v if "--all" in sys.argv else v[:40]:
        print("  %-22s gold %-24s %-11s pred %-28s %s" % (e[0][:22], (e[1] or "")[:24], e[2], (e[3] or "")[:28], e[4]))
