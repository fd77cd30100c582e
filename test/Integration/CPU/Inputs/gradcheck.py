#!/usr/bin/env python3
"""Gradient checks for ckpt-generated training steps, run in-process by the
ckpt package (each program compiled once, at LLVM -O0, then called).

  gradcheck.py fd FILE.mlir --loss=F --step=S --wrt=0,2 [--tol=1e-6]
      Runs S (a function returning ckpt.value_and_grad's results: loss,
      auxiliary results, then one gradient per wrt index) and checks each
      gradient against central finite differences of F along random
      directions (each wrt argument separately).

  gradcheck.py same A.mlir B.mlir --step=S [--step-b=S2]
      Runs S in both files on the same inputs and requires every output to
      be bit-identical (gradients with and without checkpointing).

Inputs are drawn from a fixed seed in [-1, 1).
Prints one line per check and exits non-zero on the first failure.
"""

import argparse
import re
import sys

import numpy as np

import ckpt

DTYPES = {"f32": np.float32, "f64": np.float64, "i64": np.int64}


def signature(text, name):
    """Argument (shape, dtype) list of func.func @name, from the IR text."""
    m = re.search(r"func\.func\s+(?:private\s+)?@%s\s*\((.*?)\)\s*(->|\{)" %
                  re.escape(name), text, re.S)
    if not m:
        sys.exit("gradcheck: no func.func @%s" % name)
    args = []
    for ty in re.findall(r"%[\w]+\s*:\s*([^,{}]+?(?:<[^>]*>)?)\s*(?:\{[^}]*\})?\s*(?:,|$)",
                         m.group(1)):
        ty = ty.strip()
        t = re.match(r"tensor<((?:\d+x)*)(f32|f64|i64)>", ty)
        if t:
            dims = [int(d) for d in t.group(1).split("x") if d]
            args.append((tuple(dims), t.group(2)))
        elif ty in DTYPES:
            args.append(((), ty))
        else:
            sys.exit("gradcheck: unsupported argument type %r" % ty)
    return args


class Runner:
    """Compiles each (file, entry) once and calls it as often as needed."""

    def __init__(self):
        self.compiled = {}

    def run(self, path, entry, inputs):
        key = (path, entry)
        try:
            if key not in self.compiled:
                # Every check runs a program many times: compile fast. Both
                # sides of a bit-identity check use the same level.
                self.compiled[key] = ckpt.Module.load(path).compile(
                    entry, opt_level=0)
            return self.compiled[key].run(inputs).outputs
        except ckpt.Error as e:
            sys.exit("gradcheck: running @%s of %s failed:\n%s"
                     % (entry, path, e))


def make_inputs(sig, seed):
    rng = np.random.default_rng(seed)
    inputs = []
    for shape, dt in sig:
        if dt == "i64":
            inputs.append(np.array(rng.integers(0, 4, size=shape), dtype=np.int64))
        else:
            inputs.append(np.array(rng.uniform(-1, 1, size=shape), dtype=DTYPES[dt]))
    return inputs


def directional_fd(runner, path, loss, inputs, idx, v, eps, dt):
    """Derivative of `loss` along v at inputs[idx]: central differences in
    f64 programs; in f32 a fourth-order stencil, whose larger step keeps f32
    roundoff of the loss from dominating."""
    def at(t):
        moved = list(inputs)
        moved[idx] = (inputs[idx] + t * v).astype(dt)
        return float(np.asarray(runner.run(path, loss, moved)[0]))
    if dt == np.float64:
        return (at(eps) - at(-eps)) / (2 * eps)
    return (-at(2 * eps) + 8 * at(eps) - 8 * at(-eps) + at(-2 * eps)) / (12 * eps)


def check_fd(args, runner):
    text = open(args.file).read()
    sig = signature(text, args.loss)
    wrt = [int(i) for i in args.wrt.split(",")]
    inputs = make_inputs(sig, args.seed)
    outs = runner.run(args.file, args.step, inputs)
    grads = outs[len(outs) - len(wrt):]
    rng = np.random.default_rng(args.seed + 1)
    worst = 0.0
    for k, idx in enumerate(wrt):
        dt = inputs[idx].dtype
        eps = args.eps if args.eps else (1e-6 if dt == np.float64 else 1e-2)
        for d in range(args.directions):
            v = rng.uniform(-1, 1, size=inputs[idx].shape).astype(dt)
            fd = directional_fd(runner, args.file, args.loss, inputs, idx, v,
                                eps, dt)
            g64 = grads[k].astype(np.float64)
            v64 = v.astype(np.float64)
            an = float(np.sum(g64 * v64))
            # Relative to the derivative's size, but never to less than the
            # typical size of a derivative along a random direction
            # (|g||v|/sqrt(n)): a direction nearly orthogonal to g makes a
            # tiny derivative whose relative error is only roundoff.
            typical = np.linalg.norm(g64) * np.linalg.norm(v64) / np.sqrt(v.size)
            err = abs(fd - an) / max(abs(fd), abs(an), typical, 1e-12)
            worst = max(worst, err)
            print("wrt %d dir %d: analytic %.10g fd %.10g relerr %.3g" %
                  (idx, d, an, fd, err))
            if not np.isfinite(an) or err > args.tol:
                print("FAIL: relative error %.3g above %.3g" % (err, args.tol))
                return 1
    print("PASS: %d gradients, worst relative error %.3g < %.3g" %
          (len(wrt), worst, args.tol))
    return 0


def check_same(args, runner):
    text = open(args.file).read()
    sig = signature(text, args.step)
    inputs = make_inputs(sig, args.seed)
    a = runner.run(args.file, args.step, inputs)
    b = runner.run(args.other, args.step_b or args.step, inputs)
    if len(a) != len(b):
        print("FAIL: %d outputs vs %d" % (len(a), len(b)))
        return 1
    for i, (x, y) in enumerate(zip(a, b)):
        if x.shape != y.shape or x.dtype != y.dtype or x.tobytes() != y.tobytes():
            diff = np.max(np.abs(x.astype(np.float64) - y.astype(np.float64)))
            print("FAIL: output %d differs (max abs diff %.3g)" % (i, diff))
            return 1
    print("PASS: %d outputs bit-identical" % len(a))
    return 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["fd", "same"])
    p.add_argument("file")
    p.add_argument("other", nargs="?")
    p.add_argument("--loss")
    p.add_argument("--step", required=True)
    p.add_argument("--step-b")
    p.add_argument("--wrt", default="0")
    p.add_argument("--tol", type=float, default=1e-6)
    p.add_argument("--eps", type=float, default=0.0)
    p.add_argument("--directions", type=int, default=3)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    runner = Runner()
    if args.mode == "fd":
        return check_fd(args, runner)
    return check_same(args, runner)


if __name__ == "__main__":
    sys.exit(main())
