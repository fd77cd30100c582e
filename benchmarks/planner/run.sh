#!/bin/sh
# Planning time of --ckpt-plan on 1,000-op chains and DAGs; appends a line per
# case to benchmarks/RESULTS.md. Usage: run.sh [path/to/ckpt-opt]
set -e
here=$(cd "$(dirname "$0")" && pwd)
opt=${1:-$here/../../build/bin/ckpt-opt}
tmp=$(mktemp -d)
results=$here/../RESULTS.md
machine="$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for kind in chain dag; do
  flag=""; [ $kind = dag ] && flag=--dag
  python3 "$here/gen_model.py" --layers 1000 $flag > "$tmp/$kind.mlir"
  for strategy in "strategy=sqrt" "activation-budget=0.5"; do
    start=$(date +%s.%N)
    "$opt" "$tmp/$kind.mlir" --ckpt-plan="$strategy" -o /dev/null
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    row="| $(date +%F) | $machine | planner | 1000-layer $kind, $strategy | ${secs} s |"
    # Into the planning-time table: after its last row.
    awk -v row="$row" '
      /^## / { inside = ($0 ~ /^## Planning time/) }
      inside && /^\|/ { last = NR }
      { lines[NR] = $0 }
      END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print row } }
    ' "$results" > "$results.tmp" && mv "$results.tmp" "$results"
    echo "$kind $strategy: ${secs} s"
  done
done
rm -rf "$tmp"
