#!/usr/bin/env bash
# gpu-check.sh - build what is missing, run the GPU tests and the GPU
# benchmark on a machine with an NVIDIA GPU, print a short table last.
#
#   scripts/gpu-check.sh [BUILD_DIR]      (default: build-gpu-check)
#
# Budget: 8 minutes in all; each stage has its own timeout and a failed
# stage is reported, not fatal. Needs: CUDA driver + toolkit at
# /usr/local/cuda; installs the LLVM 22 Debian packages if they are missing
# (best effort: needs root and a reachable apt mirror).
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build-gpu-check}
LLVM=/usr/lib/llvm-22
START=$(date +%s)
declare -a ROWS=()
row() { ROWS+=("$(printf '%-28s %s' "$1" "$2")"); echo "== $1: $2"; }
left() { echo $((480 - ($(date +%s) - START))); }

# 1. Toolchain (best effort).
missing=""
for p in llvm-22-dev libmlir-22-dev mlir-22-tools clang-22 ninja-build cmake; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  if timeout 150 bash -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q $missing" >/tmp/gpu-check-apt.log 2>&1; then
    row "apt-get install" "ok ($missing )"
  else
    row "apt-get install" "FAILED ($missing ), see /tmp/gpu-check-apt.log"
  fi
else
  row "toolchain" "present"
fi
python3 -c "import numpy, nanobind" 2>/dev/null || \
  timeout 60 python3 -m pip install -q numpy nanobind >/dev/null 2>&1 || true
command -v nvidia-smi >/dev/null && \
  row "GPU" "$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1)"

# 2. Build only what the GPU checks need.
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=$LLVM/bin/clang -DCMAKE_CXX_COMPILER=$LLVM/bin/clang++ \
    -DMLIR_DIR=$LLVM/lib/cmake/mlir -DLLVM_EXTERNAL_LIT=$LLVM/bin/lit \
    -DPython3_EXECUTABLE="$(python3 -c 'import sys; print(sys.executable)')" \
    >/tmp/gpu-check-cmake.log 2>&1 || row "configure" "FAILED, see /tmp/gpu-check-cmake.log"
fi
if timeout $(( $(left) - 200 )) ninja -C "$BUILD" -j "$(nproc)" ckpt-opt ckpt-run \
    ckpt_runtime ckpt_cuda_runtime CkptPythonPackage >/tmp/gpu-check-build.log 2>&1; then
  row "build" "ok"
else
  row "build" "FAILED, see /tmp/gpu-check-build.log"
fi

# 3. The ckpt CUDA runtime can reach the GPU.
init=$(python3 - "$BUILD" <<'PY'
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1] + "/lib/libckpt_cuda_runtime.so")
lib.ckptCudaInit.restype = ctypes.c_char_p
err = lib.ckptCudaInit()
print("ok" if err is None else "FAILED: " + err.decode())
PY
)
row "ckptCudaInit" "${init:-FAILED: runtime not built}"

# 4. GPU lit tests plus the lowering tests they build on.
lit_out=$(timeout $(( $(left) - 120 )) $LLVM/bin/lit -sv \
  "$BUILD/test/Integration/GPU" "$BUILD/test/AOT" "$BUILD/test/Pipelines" \
  "$BUILD/test/Conversion" 2>&1)
echo "$lit_out" | grep -E "^(FAIL|PASS|UNSUPPORTED|XFAIL)" || true
echo "$lit_out" | grep -A30 "Failed Tests" || true
row "lit (GPU + lowering)" "$(echo "$lit_out" | grep -E '^ *(Passed|Failed|Unsupported)' | tr -s ' ' | tr '\n' ' ')"

# 5. Benchmark: MLP training step, with and without checkpointing.
bench=$(timeout $(( $(left) - 10 )) python3 benchmarks/gpu/mlp_step.py \
  --build "$BUILD" --batch 512 --width 1024 --layers 16 --segment 4 \
  --repeat 10 --json "$BUILD/gpu-bench.json" 2>/tmp/gpu-check-bench.log)
[ -n "$bench" ] || row "benchmark" "FAILED, see /tmp/gpu-check-bench.log"
while IFS= read -r line; do
  [ -n "$line" ] || continue
  row "mlp ckpt=$(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["checkpointing"])')" \
      "$(echo "$line" | python3 -c '
import json, sys
r = json.load(sys.stdin)
def f(k, scale=1.0, unit=""):
    return "%.2f%s" % (r[k] / scale, unit) if k in r else "-"
print("ckpt", f("ckpt_ms", unit=" ms"), f("ckpt_peak_bytes", 2**20, " MiB"),
      "| torch", f("torch_ms", unit=" ms"), f("torch_peak_bytes", 2**20, " MiB"),
      r.get("ckpt_error", ""), r.get("torch_error", ""))')"
done <<< "$bench"

echo
echo "---- gpu-check summary ($(( $(date +%s) - START )) s) ----"
printf '%s\n' "${ROWS[@]}"
