#!/usr/bin/env bash
# Crisis detector latency over the four labelled sets, in process, release build. Prints a Markdown table.
#   bench/crisis/run.sh            # ROUNDS=50 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH=${SCRATCH:-bench/crisis/.build}
swift build -c release --package-path bench/crisis --scratch-path "$SCRATCH" >&2
"$SCRATCH/release/crisis-bench" Content Tests/Evaluation/crisis-messages.dev.jsonl Tests/Evaluation/crisis-messages.untouched.jsonl \
  Tests/Evaluation/crisis-messages.heldout2.jsonl Tests/Evaluation/crisis-messages.heldout3.jsonl
# The model layer's share, when the model is there (scripts/fetch-model.sh).
if [ -f Models/all-MiniLM-L6-v2/model.safetensors ]; then
  OPENBLAS_NUM_THREADS=1 "$SCRATCH/release/crisis-model-bench" Content Models/all-MiniLM-L6-v2 \
    Tests/Evaluation/crisis-messages.dev.jsonl Tests/Evaluation/crisis-messages.untouched.jsonl
fi
