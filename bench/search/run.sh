#!/usr/bin/env bash
# Search latency: the relevance set's queries in process over the real Content/ and over synthetic
# content 100x and 1000x its size (bench/content-scale/generate.py), then (HTTP=1) through HTTP
# against a live release server on 127.0.0.1. Prints Markdown tables.
#   bench/search/run.sh
#   SCALES="100 1000" SCRATCH=/tmp/sb HTTP=1 EXPLAINER_SERVER=.build/release/explainer-server bench/search/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALES=${SCALES:-"100 1000"}
SCRATCH=${SCRATCH:-bench/search/.build}
swift build -c release --package-path bench/search --scratch-path "$SCRATCH" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The queries are the literal relevance set's, read from the file the tests read so that there is one list.
python3 -c 'import json,sys; [print(json.loads(l)["query"]) for l in open(sys.argv[1]) if l.strip()]' \
    Tests/Evaluation/literal.jsonl >"$work/queries.txt"
folders=(Content)
for n in $SCALES; do
    python3 bench/content-scale/generate.py "$n" Content "$work/content-${n}x" >&2
    folders+=("$work/content-${n}x")
done
"$SCRATCH/release/search-bench" --queries "$work/queries.txt" "${folders[@]}"
if [ "${HTTP:-0}" = 1 ]; then
    if [ -z "${EXPLAINER_SERVER:-}" ]; then
        swift build -c release --product explainer-server >&2
        EXPLAINER_SERVER=.build/release/explainer-server
    fi
    echo
    python3 bench/search/http_latency.py "$EXPLAINER_SERVER" Content "$work/queries.txt" "${ROUNDS:-50}"
fi
