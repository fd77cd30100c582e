"""Writes deterministic random .npy inputs for ckpt-run tests.

usage: make_inputs.py DIR SPEC...   with SPEC = SHAPE:DTYPE, e.g. 2x3:f32,
       scalar:f64 (rank 0), 4:i64. Files are DIR/a0.npy, DIR/a1.npy, ...
"""
import os
import sys

import numpy as np

DTYPES = {"f32": np.float32, "f64": np.float64, "i64": np.int64}


def main():
    out_dir, specs = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(1234)
    for i, spec in enumerate(specs):
        shape_text, dtype = spec.split(":")
        shape = () if shape_text == "scalar" else tuple(
            int(d) for d in shape_text.split("x"))
        if dtype == "i64":
            data = rng.integers(-5, 6, size=shape).astype(np.int64)
        else:
            data = rng.uniform(-1.0, 1.0, size=shape).astype(DTYPES[dtype])
        np.save(os.path.join(out_dir, "a%d.npy" % i), data)


if __name__ == "__main__":
    main()
