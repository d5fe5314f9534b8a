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

echo "| scale | sections | claims | glossary terms | content bytes | median wall time (s) | median CPU time (s) | CPU ms per 1x | median max RSS (MiB) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SCALES; do
    dir="$work/content-$n"
    python3 bench/content-scale/generate.py "$n" Content "$dir"
    bytes=$(du -sb "$dir" | cut -f1)
    times=(); cpus=(); rss=()
    for _ in $(seq "$RUNS"); do
        # /usr/bin/time -f: %e wall s, %U + %S CPU s, %M peak resident set in KiB. check must exit 0 (valid content).
        read -r wall user sys kib < <( { /usr/bin/time -f "%e %U %S %M" "$EXPLAINER_SERVER" check "$dir" >/dev/null; } 2>&1 | tail -1)
        times+=("$wall"); cpus+=("$(python3 -c "print(round($user + $sys, 2))")"); rss+=("$kib")
    done
    median() { printf '%s\n' "$@" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p"; }
    median_time=$(median "${times[@]}"); median_cpu=$(median "${cpus[@]}"); median_rss=$(median "${rss[@]}")
    summary=$("$EXPLAINER_SERVER" check "$dir")
    sections=$(sed -E 's/^ok: ([0-9]+) sections.*/\1/' <<<"$summary")
    claims=$(sed -E 's/.* ([0-9]+) claims.*/\1/' <<<"$summary")
    terms=$(sed -E 's/.* ([0-9]+) glossary terms.*/\1/' <<<"$summary")
    per_unit=$(python3 -c "print(f'{$median_cpu * 1000 / $n:.2f}')")
    echo "| ${n}x | $sections | $claims | $terms | $bytes | $median_time | $median_cpu | $per_unit | $(( median_rss / 1024 )) |"
done
