#!/usr/bin/env python3
"""reference_peer.py MINILM_REFERENCE.py TEXTS.json ROUNDS: the numpy peer, timed like embedding-bench.

Loads the checked numpy reference (shared/research/minilm_reference.py: numpy on OpenBLAS, one thread)
as a module and times, per text, the whole encode (tokenize + forward pass) and the forward pass alone;
prints one JSON object with the median milliseconds per bucket.
"""
import importlib.util, json, os, sys, time

os.environ["OPENBLAS_NUM_THREADS"] = "1"
spec = importlib.util.spec_from_file_location("minilm_reference", sys.argv[1])
reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reference)
items = json.load(open(sys.argv[2], encoding="utf-8"))
rounds = int(sys.argv[3])
samples, forward = {}, {}
for item in items:
    ids = reference.encode_ids(item["text"])
    reference.embed(ids)
    for _ in range(rounds):
        start = time.perf_counter_ns()
        reference.embed(reference.encode_ids(item["text"]))
        samples.setdefault(item["bucket"], []).append((time.perf_counter_ns() - start) / 1e6)
        start = time.perf_counter_ns()
        reference.embed(ids)
        forward.setdefault(item["bucket"], []).append((time.perf_counter_ns() - start) / 1e6)
try:
    from threadpoolctl import threadpool_info
    core = next((i["architecture"] for i in threadpool_info() if i.get("internal_api") == "openblas"), "?")
except ImportError:
    core = "?"
median = lambda v: sorted(v)[len(v) // 2]
print(json.dumps({"blas_core": core, "buckets": {b: {"median_ms": median(v), "forward_median_ms": median(forward[b])} for b, v in samples.items()}}))
