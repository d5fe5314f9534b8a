#!/usr/bin/env bash
# fuzz/run.sh SECONDS: build the libFuzzer target on RequestParser (and the content negotiation that
# reads its headers) and run it for SECONDS (default 60)
# on the committed seed corpus (fuzz/corpus/). Exits non-zero on any crash, leak or failed check,
# leaving the crashing input in the printed artifact path. New interesting inputs go to a temporary
# directory, so the committed corpus changes only when someone copies them in on purpose.
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${FUZZ_BUILD_DIR:-}
if [[ -z $out ]]; then
  out=$(mktemp -d /tmp/explainer-fuzz.XXXXXX)
  # A clean run leaves nothing behind; a failing one keeps its directory for the crashing input.
  trap 'status=$?; [[ $status -eq 0 ]] && rm -rf "$out"' EXIT
fi
mkdir -p "$out/new-corpus" "$out/artifacts"

echo "fuzz: building FuzzRequestParser in $out"
# The package's own HTTPCore target, with the fuzzer and ASan on every file; the target exists only
# when EXPLAINER_FUZZ=1 (Package.swift), so ordinary builds never see it.
EXPLAINER_FUZZ=1 swift build --package-path "$root" --scratch-path "$out/build" -c release --product FuzzRequestParser \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -parse-as-library >&2
fuzzer=$out/build/release/FuzzRequestParser

echo "fuzz: running for ${seconds}s on $(ls "$here/corpus" | wc -l) seed inputs"
"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$out/new-corpus" "$here/corpus"
echo "fuzz: no crash in ${seconds}s"
