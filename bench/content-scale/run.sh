#!/usr/bin/env bash
# Content scale: load + validate + index time and peak memory of `explainer-server check` on synthetic
# content 1x, 10x, 100x and 1000x the explainer's size. Prints a Markdown table of medians.
#   bench/content-scale/run.sh            (builds release first)
#   EXPLAINER_SERVER=path/to/binary RUNS=5 SCALES="1 10 100 1000" bench/content-scale/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SCALES=${SCALES:-"1 10 100 1000"}
if [ -z "${EXPLAINER_SERVER:-}" ]; then
    swift build -c release --product explainer-server >&2
    EXPLAINER_SERVER=.build/release/explainer-server
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| scale | sections | claims | glossary terms | content bytes | median time (s) | time / 1x | median max RSS (MiB) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
base_time=""
for n in $SCALES; do
    dir="$work/content-$n"
    python3 bench/content-scale/generate.py "$n" Content "$dir"
    bytes=$(du -sb "$dir" | cut -f1)
    times=(); rss=()
    for _ in $(seq "$RUNS"); do
        # /usr/bin/time -f: %e wall seconds, %M peak resident set in KiB. check must exit 0 (valid content).
        out=$( { /usr/bin/time -f "%e %M" "$EXPLAINER_SERVER" check "$dir" >/dev/null; } 2>&1 | tail -1)
        times+=("${out% *}"); rss+=("${out#* }")
    done
    median_time=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
    median_rss=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
    summary=$("$EXPLAINER_SERVER" check "$dir")
    sections=$(sed -E 's/^ok: ([0-9]+) sections.*/\1/' <<<"$summary")
    claims=$(sed -E 's/.* ([0-9]+) claims.*/\1/' <<<"$summary")
    terms=$(sed -E 's/.* ([0-9]+) glossary terms.*/\1/' <<<"$summary")
    [ -z "$base_time" ] && base_time=$median_time
    ratio=$(python3 -c "print(f'{max($median_time, 0.005) / max($base_time, 0.005):.1f}')")
    echo "| ${n}x | $sections | $claims | $terms | $bytes | $median_time | $ratio | $(( median_rss / 1024 )) |"
done
