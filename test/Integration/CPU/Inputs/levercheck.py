#!/usr/bin/env python3
"""Checks of the memory levers (mixed precision, micro-batches), in-process.

  levercheck.py compare REF.mlir OTHER.mlir [--step=S] [--pass=P ...]
          [--rtol=X] [--scale=K]
      Runs S of REF as is and S of OTHER after the passes P (each a pass
      pipeline text, e.g. "ckpt-mixed-precision{dtype=bf16}"), on the same
      seeded inputs, and prints per output its relative error
      |other * K - ref| / |ref| (2-norms; K defaults to 1). Fails when one
      exceeds --rtol. Then prints both measured peaks and their ratio, and
      fails when --peak-ratio is given and the ratio is above it.

  levercheck.py memory FILE.mlir [--step=S] [--pass=P ...]
      After the passes, prints the memory model's predicted peak of S (as
      --ckpt-memory-report computes it) and the measured peak_bytes; fails
      unless the model is exact and the two are equal.

Prints PASS last when every check held; exits non-zero otherwise.
"""

import argparse
import sys

import numpy as np

import ckpt
import ckpt.plot


def load(path, passes):
    module = ckpt.Module.load(path)
    for p in passes:
        module.run("builtin.module(%s)" % p)
    return module


def compare(args):
    ref = ckpt.Module.load(args.ref)
    other = load(args.other, args.passes)
    inputs = ref.seeded_inputs(args.step, 0)
    a = ref.compile(args.step).run(inputs)
    b = other.compile(args.step).run(inputs)
    ok = len(a.outputs) == len(b.outputs)
    worst = 0.0
    for i, (x, y) in enumerate(zip(a.outputs, b.outputs)):
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64) * args.scale
        norm = np.linalg.norm(x)
        err = np.linalg.norm(y - x) / (norm if norm > 0 else 1.0)
        worst = max(worst, err)
        if err > args.rtol:
            print("output %d: relative error %.3g over %g: FAIL"
                  % (i, err, args.rtol))
            ok = False
    print("%d outputs, worst relative error %.2g (tolerance %g)"
          % (len(a.outputs), worst, args.rtol))
    ratio = b.peak_bytes / a.peak_bytes
    print("peak ref %d other %d ratio %.3f" % (a.peak_bytes, b.peak_bytes,
                                              ratio))
    if args.peak_ratio is not None and ratio > args.peak_ratio:
        print("peak ratio over %g: FAIL" % args.peak_ratio)
        ok = False
    return ok


def memory(args):
    module = load(args.ref, args.passes)
    _, predicted, exact = ckpt.plot.timeline(module, args.step)
    result = module.compile(args.step).run(module.seeded_inputs(args.step, 0))
    print("predicted %d measured %d%s" % (predicted, result.peak_bytes,
                                          "" if exact else " (not exact)"))
    return exact and predicted == result.peak_bytes


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["compare", "memory"])
    p.add_argument("ref")
    p.add_argument("other", nargs="?")
    p.add_argument("--step", default="step")
    p.add_argument("--pass", dest="passes", action="append", default=[])
    p.add_argument("--rtol", type=float, default=0.0)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--peak-ratio", type=float,
                   help="fail when other's peak / ref's peak is above this")
    args = p.parse_args()
    try:
        ok = compare(args) if args.mode == "compare" else memory(args)
    except ckpt.Error as e:
        sys.exit("levercheck: %s" % e)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
