#!/usr/bin/env python3
"""Scores `parley analyze` output on the bundled samples against samples/ANSWERS.jsonl.

Metrics follow ../shared/bench where they apply: title normalised exact match and calendar-day date accuracy
(metadata), author set F1, quote matching by token overlap >= 0.5 (quotes, lenient) with the speaker right when
its surname matches the answer's, and event triples (source country, PLOVER type, target country) matched one to
one within an article (events). Articles are matched by URL, then by id.
Usage: score_samples.py ANSWERS.jsonl ANALYSIS.jsonl
"""
import json, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFKC', s or '').casefold()
    s = re.sub(r'[‘’“”"\']', '', s)
    return re.sub(r'\s+', ' ', s).strip(' .,:;!?-–—')

def tokens(s):
    return [t for t in re.findall(r'\w+', (s or '').casefold())]

def overlap(a, b):
    ta, tb = set(tokens(a)), set(tokens(b))
    return len(ta & tb) / max(len(ta), len(tb)) if ta and tb else 0.0

def surname(s):
    t = tokens(s)
    return t[-1] if t else ''

def country(code):
    return (code or '')[:3] if code and not code.startswith('IGO') else (code or '')

def main(answers_path, analysis_path):
    answers = [json.loads(l) for l in open(answers_path, encoding='utf-8')]
    got = {}
    for line in open(analysis_path, encoding='utf-8'):
        d = json.loads(line)
        art = d['article']
        got[art.get('url') or ''] = d
        got[art['id']] = d
    n = title_ok = date_n = date_ok = 0
    auth_f1 = []
    q_gold = q_pred = q_match = q_speaker = 0
    e_gold = e_pred = e_match = 0
    missing = 0
    for a in answers:
        if a.get('duplicate_of'):
            continue  # folded into its original by the store; its answers repeat the original's
        d = got.get(a['url']) or got.get(a['id'])
        if d is None:
            missing += 1
            q_gold += len(a['quotes']); e_gold += len(a['events'])
            continue
        art = d['article']
        n += 1
        title_ok += norm(art.get('title')) == norm(a['title'])
        if a.get('published'):
            date_n += 1
            date_ok += (art.get('published') or '')[:10] == a['published'][:10]
        gold_auth = {norm(x) for x in a.get('authors', [])}
        pred_auth = {norm(x) for x in art.get('authors', [])}
        if gold_auth or pred_auth:
            tp = len(gold_auth & pred_auth)
            auth_f1.append(0.0 if tp == 0 else 2 * tp / (len(gold_auth) + len(pred_auth)))
        preds = list(d['quotes'])
        q_gold += len(a['quotes']); q_pred += len(preds)
        used = set()
        for g in a['quotes']:
            best, bi = 0.0, -1
            for i, p in enumerate(preds):
                if i not in used:
                    o = overlap(g['text'], p['text'])
                    if o > best:
                        best, bi = o, i
            if best >= 0.5:
                used.add(bi); q_match += 1
                p = preds[bi]
                names = [p.get('speaker') or '', p.get('speaker_mention') or '']
                if any(surname(x) == surname(g['speaker']) for x in names if x) or \
                        (p.get('speaker_actor') and p['speaker_actor'] == g.get('speaker_actor') and
                         not g['speaker'][:1].isupper()):
                    q_speaker += 1
        ev = [e for e in d['events'] if not e.get('negated') and e.get('modality') != 'if']
        e_gold += len(a['events']); e_pred += len(ev)
        used = set()
        for g in a['events']:
            for i, p in enumerate(ev):
                if i not in used and p['plover_type'] == g['type'] and country(p['source']) == country(g['source']) \
                        and country(p.get('target')) == country(g.get('target')):
                    used.add(i); e_match += 1
                    break
    f1 = lambda tp, np, ng: (0.0 if tp == 0 else 2 * tp / (np + ng))
    print(f"articles scored: {n} (missing {missing}; syndicated copies left out)")
    print(f"title exact          {title_ok / max(n, 1):.3f}  ({title_ok}/{n})")
    print(f"date (day) accuracy  {date_ok / max(date_n, 1):.3f}  ({date_ok}/{date_n})")
    print(f"authors F1           {sum(auth_f1) / max(len(auth_f1), 1):.3f}  ({len(auth_f1)} articles)")
    print(f"quotes span F1       {f1(q_match, q_pred, q_gold):.3f}  (P {q_match / max(q_pred, 1):.3f}, R {q_match / max(q_gold, 1):.3f}; {q_match} of {q_gold} answers, {q_pred} predicted)")
    print(f"quotes span+speaker  {f1(q_speaker, q_pred, q_gold):.3f}  ({q_speaker} with the right speaker)")
    print(f"events triple F1     {f1(e_match, e_pred, e_gold):.3f}  (P {e_match / max(e_pred, 1):.3f}, R {e_match / max(e_gold, 1):.3f}; {e_match} of {e_gold} answers, {e_pred} predicted)")

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
