#!/bin/sh
# strategy=optimal against an exhaustive search over every plan (exact
# peaks) on the attention block of test/Integration/CPU/Inputs: 7 chain
# units, 1806 plans, each evaluated by its own ckpt-opt run (minutes).
# Usage: exhaustive.sh [path/to/build]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
tmp=$(mktemp -d)
"$build/bin/ckpt-opt" "$here/../../test/Integration/CPU/Inputs/attention.mlir" \
  --inline -o "$tmp/attention.mlir"
python3 "$here/../../test/Integration/CPU/Inputs/exhaustive.py" \
  --ckpt-opt="$build/bin/ckpt-opt" --max-plans=2000 "$tmp/attention.mlir"
rm -rf "$tmp"
