#!/usr/bin/env python3
"""Checks ckpt.random_uniform, as ckpt-run computed it, bit for bit against
the numpy reference of its Philox stream (philox.py).

  randomcheck.py inputs DIR
      Writes the (seed, offset) pairs of DRAWS' programs as DIR/s<k>.npy and
      DIR/o<k>.npy (0-d int64).
  randomcheck.py check DIR RUN [RUN...]
      Compares DIR/RUN/out<i>.npy with DRAWS[i] drawn by the reference, and
      every RUN with the first, bit for bit; prints what it checked.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import philox  # noqa: E402

# (seed, offset) pairs: a seed with both halves of the key nonzero and an
# offset whose high counter word changes inside the first tensor; a negative
# seed and an offset that wraps modulo 2**64 inside the large draw.
PAIRS = [(0x0123456789ABCDEF, 0xFFFFFFFF - 7), (-42, -100)]
# The results of @draw in random-uniform.mlir: (pair, offset shift, shape,
# dtype); a shift is added to the pair's offset in the program.
DRAWS = [
    (0, 0, (3, 5), np.float32),
    (0, 0, (2, 3, 4), np.float64),
    (0, 0, (), np.float32),
    (0, 5, (10,), np.float32),
    (1, 0, (64, 1024), np.float32),
    (1, 0, (1000,), np.float64),
]


def write_inputs(folder):
    for k, (seed, offset) in enumerate(PAIRS):
        np.save(os.path.join(folder, "s%d.npy" % k), np.array(seed, np.int64))
        offset = (offset + 2**63) % 2**64 - 2**63  # as a signed i64
        np.save(os.path.join(folder, "o%d.npy" % k),
                np.array(offset, np.int64))


def check(folder, runs):
    philox.check_known_answers()
    print("philox4x32_10: %d known answers" % len(philox.KNOWN_ANSWERS))
    first = None
    for run in runs:
        outs = [np.load(os.path.join(folder, run, "out%d.npy" % i))
                for i in range(len(DRAWS))]
        for i, (pair, shift, shape, dtype) in enumerate(DRAWS):
            seed, offset = PAIRS[pair]
            want = philox.random_uniform(seed, offset + shift, shape, dtype)
            got = outs[i]
            if got.shape != want.shape or got.dtype != want.dtype:
                sys.exit("FAIL: %s out%d is %s %s, expected %s %s" %
                         (run, i, got.dtype, got.shape, want.dtype,
                          want.shape))
            if got.tobytes() != want.tobytes():
                bad = np.flatnonzero(got.ravel() != want.ravel())
                sys.exit("FAIL: %s out%d differs from the reference at %d "
                         "of %d elements, first at %d: %r vs %r" %
                         (run, i, bad.size, want.size, bad[0],
                          got.ravel()[bad[0]], want.ravel()[bad[0]]))
            if first is None:
                print("out%d %s %s: bit-exact, min %.6f max %.6f" %
                      (i, np.dtype(dtype).name, list(shape), got.min(),
                       got.max()))
        if first is None:
            first = outs
            # A draw shifted by 5 is the same stream, 5 elements on.
            if outs[3].tobytes() != outs[0].ravel()[5:15].tobytes():
                sys.exit("FAIL: offset + 5 does not continue the stream")
            print("offset + 5 continues the stream")
            big = outs[4].astype(np.float64)
            print("64x1024 f32: mean %.2f, in [0, 1): %s, distinct %.3f" %
                  (big.mean(), bool(big.min() >= 0 and big.max() < 1),
                   np.unique(big).size / big.size))
            continue
        same = all(a.tobytes() == b.tobytes() for a, b in zip(first, outs))
        print("%s: %s" % (run, "identical to the first run" if same
                          else "DIFFERS from the first run"))
        if not same:
            sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        write_inputs(sys.argv[2])
    else:
        check(sys.argv[2], sys.argv[3:])
