#!/usr/bin/env bash
# The 36 linear products of a forward pass by layout (products.c), on the mapped model weights.
#   bench/embedding/products/run.sh [ROUNDS] [LENGTH ...]        (default 20 rounds, 8 16 20 24 28 32 40 48 64)
#   OPENBLAS_CORETYPE=Haswell bench/embedding/products/run.sh    (default SkylakeX, as the encoder picks it)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-20}
shift || true
lengths=("$@")
[ ${#lengths[@]} -gt 0 ] || lengths=(8 16 20 24 28 32 40 48 64)
model=Models/all-MiniLM-L6-v2/model.safetensors
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/products" bench/embedding/products/products.c -lopenblas
python3 - "$model" >"$work/offsets" <<'PY'
import json, struct, sys
with open(sys.argv[1], "rb") as f:
    size = struct.unpack("<Q", f.read(8))[0]
    header = json.loads(f.read(size))
names = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
         "intermediate.dense", "output.dense"]
for layer in range(6):
    print(" ".join(str(8 + size + header[f"encoder.layer.{layer}.{n}.weight"]["data_offsets"][0]) for n in names))
PY
OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-SkylakeX} "$work/products" "$model" "$ROUNDS" "${lengths[@]}" <"$work/offsets"
