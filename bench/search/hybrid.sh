#!/usr/bin/env bash
# Hybrid retrieval in process over the real Content/: the one-off embedding of every document (what
# `explainer-server index` does), ranking quality of lexical, semantic and hybrid search on the judged
# sets for every fusion setting tried, the match calibration, and single-query latency beside lexical.
# Needs Models/all-MiniLM-L6-v2 (scripts/fetch-model.sh). Prints Markdown tables.
#   bench/search/hybrid.sh
#   OPENBLAS_CORETYPE=Haswell DUMP=1 bench/search/hybrid.sh   # DUMP=1: literal queries hybrid loses; 2: paraphrase misses
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH=${SCRATCH:-bench/search/.build}
swift build -c release --package-path bench/search --scratch-path "$SCRATCH" --product hybrid-bench >&2
"$SCRATCH/release/hybrid-bench" Content Models/all-MiniLM-L6-v2 Tests/Evaluation/paraphrases.untouched.jsonl \
    Tests/Evaluation/literal.jsonl bench/search/off-topic.txt
