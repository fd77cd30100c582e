"""Compare the outputs of a CPU and a GPU ckpt-run (out<i>.npy in two dirs).

usage: compare_runs.py CPU_DIR GPU_DIR [--rtol R]
Prints "match <n> outputs" or one line per mismatch (and exits 1). The error
of an output is max|gpu - cpu| / max(max|cpu|, tiny), a relative error
robust to outputs with zeros.
"""

import argparse
import glob
import os
import sys

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cpu")
    parser.add_argument("gpu")
    parser.add_argument("--rtol", type=float, default=1e-5)
    args = parser.parse_args()
    names = sorted(os.path.basename(p)
                   for p in glob.glob(os.path.join(args.cpu, "out*.npy")))
    if not names:
        print("no outputs in", args.cpu)
        return 1
    bad = 0
    for name in names:
        cpu = np.load(os.path.join(args.cpu, name))
        gpu = np.load(os.path.join(args.gpu, name))
        if cpu.shape != gpu.shape or cpu.dtype != gpu.dtype:
            print(f"{name}: {gpu.shape} {gpu.dtype} != {cpu.shape} {cpu.dtype}")
            bad += 1
            continue
        scale = max(float(np.max(np.abs(cpu))) if cpu.size else 0.0, 1e-30)
        err = float(np.max(np.abs(gpu.astype(np.float64) - cpu))) / scale \
            if cpu.size else 0.0
        if not err <= args.rtol:
            print(f"{name}: relative error {err:.3g} > {args.rtol:g}")
            bad += 1
    if bad:
        return 1
    print(f"match {len(names)} outputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
