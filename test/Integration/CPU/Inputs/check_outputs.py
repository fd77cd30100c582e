"""Compares ckpt-run's out<i>.npy files with numpy reference expressions.

usage: check_outputs.py DIR EXPR...   EXPR i is evaluated with numpy as `np`
and the inputs DIR/a<k>.npy bound to a0, a1, ...; it must match DIR/out<i>.npy
in dtype, shape and values (rtol 1e-5 for f32, 1e-12 for f64, exact for
i64). Prints "ok N outputs" or the first mismatch, and exits non-zero on one.
"""
import os
import sys

import numpy as np


def main():
    out_dir, exprs = sys.argv[1], sys.argv[2:]
    env = {"np": np}
    k = 0
    while os.path.exists(os.path.join(out_dir, "a%d.npy" % k)):
        env["a%d" % k] = np.load(os.path.join(out_dir, "a%d.npy" % k))
        k += 1
    for i, expr in enumerate(exprs):
        got = np.load(os.path.join(out_dir, "out%d.npy" % i))
        want = np.asarray(eval(expr, env))
        if got.dtype != want.dtype or got.shape != want.shape:
            print("out%d: got %s%s, expected %s%s" %
                  (i, got.dtype, got.shape, want.dtype, want.shape))
            return 1
        if want.dtype == np.int64:
            ok = np.array_equal(got, want)
        else:
            rtol = 1e-5 if want.dtype == np.float32 else 1e-12
            ok = np.allclose(got, want, rtol=rtol, atol=rtol)
        if not ok:
            print("out%d: max abs error %g" %
                  (i, float(np.max(np.abs(got.astype(np.float64) - want)))))
            return 1
    print("ok %d outputs" % len(exprs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
