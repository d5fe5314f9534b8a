#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] [TARGET ...]: build libFuzzer targets and run each for SECONDS (default 60) on
# its committed seed corpus. TARGETs (default both, in this order):
#   FuzzRequestParser  RequestParser and the content negotiation that reads its headers (fuzz/corpus/)
#   FuzzVectorFile     the stored-vectors reader, vectors.bin (fuzz/corpus-vectors/)
# Exits non-zero on any crash, leak or failed check, leaving the crashing input in the printed artifact
# path. New interesting inputs go to a temporary directory, so the committed corpora change only when
# someone copies them in on purpose.
set -euo pipefail
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(FuzzRequestParser FuzzVectorFile)
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${FUZZ_BUILD_DIR:-}
if [[ -z $out ]]; then
  out=$(mktemp -d /tmp/explainer-fuzz.XXXXXX)
  # A clean run leaves nothing behind; a failing one keeps its directory for the crashing input.
  trap 'status=$?; [[ $status -eq 0 ]] && rm -rf "$out"' EXIT
fi

for target in "${targets[@]}"; do
  case $target in
    FuzzRequestParser) corpus=$here/corpus max_len=4096 ;;
    FuzzVectorFile) corpus=$here/corpus-vectors max_len=16384 ;;
    *) echo "fuzz: unknown target $target (FuzzRequestParser, FuzzVectorFile)" >&2; exit 2 ;;
  esac
  mkdir -p "$out/$target/new-corpus" "$out/$target/artifacts"
  echo "fuzz: building $target in $out"
  # The package's own targets, with the fuzzer and ASan on every file; the fuzz targets exist only
  # when EXPLAINER_FUZZ=1 (Package.swift), so ordinary builds never see them.
  EXPLAINER_FUZZ=1 swift build --package-path "$root" --scratch-path "$out/build" -c release --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -parse-as-library >&2
  echo "fuzz: running $target for ${seconds}s on $(ls "$corpus" | wc -l) seed inputs"
  "$out/build/release/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/$target/artifacts/" -print_final_stats=1 "$out/$target/new-corpus" "$corpus"
  echo "fuzz: $target: no crash in ${seconds}s"
done
