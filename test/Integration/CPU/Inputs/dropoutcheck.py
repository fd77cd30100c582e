#!/usr/bin/env python3
"""The loss of grad-dropout-mlp.mlir's model against numpy's forward of the
same model, with the dropout masks drawn by the numpy Philox reference.

  dropoutcheck.py FILE.mlir --loss=F [--layers=3] [--tol=1e-12]

F(x, w1, b1, ..., seed, offset): layer l computes
x + dropout(tanh(x W_l + b_l)) with keep probability 0.75, its mask
u < 0.75 for u = ckpt.random_uniform(seed, offset + 32 (l - 1)); the loss is
sum(x^2) of the last layer's output. A mask that is not the reference's, or
a draw that ignored the seed or offset, changes the loss far beyond the
tolerance.
"""

import argparse
import os
import sys

import numpy as np

import ckpt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import philox  # noqa: E402

KEEP = 0.75


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--loss", required=True)
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--tol", type=float, default=1e-12)
    args = p.parse_args()
    rng = np.random.default_rng(5)
    x = rng.uniform(-1, 1, (4, 8))
    params = []
    for _ in range(args.layers):
        params += [rng.uniform(-1, 1, (8, 8)), rng.uniform(-1, 1, (8,))]
    seed, offset = 1234567, 1 << 32
    inputs = [x] + params + [np.array(seed, np.int64),
                             np.array(offset, np.int64)]
    fn = ckpt.Module.load(args.file).compile(args.loss, opt_level=0)
    got = float(np.asarray(fn.run(inputs).outputs[0]))

    h = x
    kept = 0
    for l in range(args.layers):
        w, b = params[2 * l], params[2 * l + 1]
        u = philox.random_uniform(seed, offset + 32 * l, (4, 8), np.float64)
        mask = u < KEEP
        kept += int(mask.sum())
        h = h + np.where(mask, np.tanh(h @ w + b) * (1 / KEEP), 0.0)
    want = float(np.sum(h * h))
    err = abs(got - want) / max(abs(want), 1e-300)
    print("loss %.15g, numpy %.15g, relerr %.3g" % (got, want, err))
    print("masks: %d layers, kept %.2f of %d" %
          (args.layers, kept / (32 * args.layers), 32 * args.layers))
    # A different draw (the next seed) must change the loss: the check
    # above can fail.
    other = list(inputs)
    other[-2] = np.array(seed + 1, np.int64)
    moved = float(np.asarray(fn.run(other).outputs[0]))
    if err > args.tol or moved == got:
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
