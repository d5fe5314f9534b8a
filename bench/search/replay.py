#!/usr/bin/env python3
"""Replays hybrid fusion offline from hybrid-bench's DUMP_JSON file, to try a setting in seconds.

    DUMP_JSON=/tmp/hybrid.json bench/search/hybrid.sh    # writes the file and stops
    python3 bench/search/replay.py /tmp/hybrid.json      # default figures, a grid, the paraphrase misses

It recomputes what HybridSearcher does with the coverage boost: pooled dense scores (log-sum-exp at
softness T over each document's vectors), plus b * coverage^e * s / (s + 4) for each document BM25F
matched, over the union of the 30 best by dense score and the BM25F hits. With the defaults it gives
the bench's own figures; the bench stays the reference (docs/hybrid-search.md). Needs numpy.
"""
import json
import sys

import numpy as np

DUMP = json.load(open(sys.argv[1]))
KEYS = [d["key"] for d in DUMP["documents"]]
OWNERS = np.array(DUMP["owners"])
VECTORS = np.array(DUMP["vectors"], dtype=np.float32)
STARTS = np.r_[0, np.nonzero(np.diff(OWNERS))[0] + 1]  # a document's vectors are contiguous
N = len(KEYS)

QUERIES = []
for q in DUMP["queries"]:
    s, c, lexical = np.zeros(N), np.zeros(N), np.zeros(N, bool)
    for slot, score in q["bm25"]:
        s[slot], lexical[slot] = score, True
    for slot, coverage in q["coverage"]:
        c[slot] = coverage
    cosines = (VECTORS @ np.array(q["vector"], dtype=np.float32)).astype(np.float64)
    QUERIES.append(dict(set=q["set"], query=q["query"], relevant=set(q["relevant"]), cos=cosines, s=s, c=c, lexical=lexical))


def pooled(cosines, softness):
    best = np.maximum.reduceat(cosines, STARTS)
    if softness == 0:
        return best
    return best + softness * np.log(np.add.reduceat(np.exp((cosines - best[OWNERS]) / softness), STARTS))


def ranking(q, softness=0.05, boost=0.4, exponent=4, depth=30):
    dense = pooled(q["cos"], softness)
    fused = dense + boost * q["c"] ** exponent * q["s"] / (q["s"] + 4)
    candidates = set(np.argsort(-dense, kind="stable")[:depth].tolist()) | set(np.nonzero(q["lexical"])[0].tolist())
    return sorted(candidates, key=lambda i: (-fused[i], i))


def first_relevant(q, order):
    places = [place for place, slot in enumerate(order[:10]) if KEYS[slot] in q["relevant"]]
    return places[0] + 1 if places else None


def figures(**setting):
    out = {}
    for name in ("paraphrases", "literal"):
        places = [first_relevant(q, ranking(q, **setting)) for q in QUERIES if q["set"] == name]
        out[name] = (np.mean([1 / p if p else 0 for p in places]), np.mean([bool(p and p <= 3) for p in places]))
    return out


def line(name, f):
    (pm, pr), (lm, lr) = f["paraphrases"], f["literal"]
    return f"| {name} | {pm:.3f} | {pr:.3f} | {lm:.3f} | {lr:.3f} |"


print("| setting | paraphrases MRR@10 | paraphrases recall@3 | literal MRR@10 | literal recall@3 |")
print("|---|---:|---:|---:|---:|")
print(line("default (T 0.05, b 0.4, e 4)", figures()))
for softness in (0.0, 0.05, 0.08):
    for boost in (0.2, 0.3, 0.4, 0.5):
        for exponent in (2, 4, 6):
            print(line(f"T {softness} b {boost} e {exponent}", figures(softness=softness, boost=boost, exponent=exponent)))
print()
for q in QUERIES:
    if q["set"] == "paraphrases":
        place = first_relevant(q, ranking(q))
        if not place or place > 3:
            print(f"miss (first relevant {place or '>10'}): {q['query']}")
