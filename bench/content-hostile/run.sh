#!/usr/bin/env bash
# Hostile Markdown: `explainer-server check` time on Content/ plus one hostile paragraph at N and 10N
# for each shape of bench/content-hostile/generate.py. Prints a Markdown table of medians and the
# 10N/N ratio of the time above the plain content's (process start and the real content's load taken
# off): about 10 when the work grows linearly, about 100 when it grows with the square.
#   bench/content-hostile/run.sh                       (builds release first)
#   EXPLAINER_SERVER=path/to/binary RUNS=5 bench/content-hostile/run.sh
#   SHAPES="brackets:20000 markers:5000" bench/content-hostile/run.sh   (shape:N pairs)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SHAPES=${SHAPES:-"brackets:200000 nested:20000 candidates:20000 markers:50000 unclosed:20000"}
if [ -z "${EXPLAINER_SERVER:-}" ]; then
    swift build -c release --product explainer-server >&2
    EXPLAINER_SERVER=.build/release/explainer-server
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p"; }
# The median wall time of `check DIR` over RUNS runs; its exit status is printed to stderr when not 0.
measure() {
    local times=() status
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s.%N)
        status=0
        "$EXPLAINER_SERVER" check "$1" >/dev/null || status=$?
        end=$(date +%s.%N)
        [ "$status" -eq 0 ] || echo "check $1 exited $status" >&2
        times+=("$(python3 -c "print(f'{$end - $start:.3f}')")")
    done
    median "${times[@]}"
}

cp -r Content "$work/plain"
base=$(measure "$work/plain")
echo "Plain Content/: median $base s"
echo
echo "| shape | N | median s at N | median s at 10N | ratio 10N/N above plain |"
echo "|---|---:|---:|---:|---:|"
for pair in $SHAPES; do
    shape=${pair%%:*}; n=${pair##*:}
    python3 bench/content-hostile/generate.py "$shape" "$n" Content "$work/$shape-1"
    python3 bench/content-hostile/generate.py "$shape" "$((n * 10))" Content "$work/$shape-10"
    small=$(measure "$work/$shape-1"); large=$(measure "$work/$shape-10")
    ratio=$(python3 -c "print(f'{($large - $base) / max($small - $base, 0.001):.1f}')")
    echo "| $shape | $n | $small | $large | $ratio |"
done
