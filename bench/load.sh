#!/usr/bin/env bash
# bench/load.sh: the issue-2 load benchmark. A benchmark, not a test: it prints figures, asserts nothing.
#
# A. The server core with a fixed 1,531-byte JSON body (bench/CoreServer.swift, compiled here from
#    Sources/HTTPCore with swiftc -O, two event loops) against nginx serving the same bytes.
# B. The real explainer-server (release build, two event loops, access log off) on a real API route
#    whose pre-rendered body is about 1.5 KB (default /v1/sections/emotion-relief, 1,531 bytes),
#    against nginx serving the same bytes: the whole API stack, not just the core.
# C. 10,000 idle keep-alive connections held by the real server, and its RSS.
#
# A and B use bench/compare-with-nginx (nginx from Debian, two workers; wrk -t2 -c64; medians of
# rounds; ratios from the same run).
#
#   bench/load.sh [--path PATH] [--duration S] [--rounds N] [--idle N]
#
# Loopback only. Needs wrk, nginx-light, curl and python3 (compare-with-nginx installs the first two).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
path=/v1/sections/emotion-relief duration=10 rounds=3 idle=10000
while (($#)); do
  case $1 in
    --path) path=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# start_server LOGFILE CMD... -> sets $url and $pid once the `listening on` line appears
start_server() {
  local log=$1; shift
  "$@" 2>"$log" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do grep -q '^listening on' "$log" && break; sleep 0.1; done
  url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
  [[ -n $url ]] || { echo "load.sh: server did not start:" >&2; cat "$log" >&2; exit 1; }
}

echo "== A. server core, fixed 1.5 KB JSON body =="
core=$root/Sources/HTTPCore
swiftc -O -wmo -parse-as-library -package-name explainer -swift-version 6 -module-name CoreServer \
  -I "$root/Sources/CZlib" -I "$root/Sources/COpenSSL" -I "$root/Sources/CLinux" \
  $(find "$core" -name '*.swift') "$here/CoreServer.swift" -lz -lssl -lcrypto -o "$work/core-server"
start_server "$work/core.log" "$work/core-server" 2
echo "core server: $url (2 event loops), /bench body $(curl -sS "$url/bench" | wc -c) bytes"
"$here/compare-with-nginx" --server "$url" --connections 64 --threads 2 --workers 2 \
  --duration "$duration" --rounds "$rounds" /bench
kill "$pid"

echo
echo "== B. explainer-server, real API route =="
scratch=${BENCH_SCRATCH:-$root/.build}
swift build -c release --package-path "$root" --scratch-path "$scratch" --product explainer-server >&2
# Without the embedding model (an empty model folder: lexical search only), so C's RSS is what the
# connections cost and not the model's weights too (bench/memory/model_rss.py measures those); the
# route B measures never touches the model.
mkdir -p "$work/no-model"
start_server "$work/server.log" "$scratch/release/explainer-server" serve --host 127.0.0.1 --port 0 --threads 2 \
  --access-log off --content "$root/Content" --model "$work/no-model"
server_pid=$pid
echo "explainer-server: $url (2 event loops), $path body $(curl -sS "$url$path" | wc -c) bytes"
"$here/compare-with-nginx" --server "$url" --connections 64 --threads 2 --workers 2 \
  --duration "$duration" --rounds "$rounds" "$path"

echo
echo "== C. idle keep-alive connections held by explainer-server =="
python3 "$here/idle_connections.py" "${url##*:}" "$server_pid" "$idle" "$path"
