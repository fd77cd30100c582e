"""Measures ckpt-approximate-math's f32 functions against f64 references.

Each function runs through the CPU pipeline (JIT, in-process through the ckpt
package) on 65536 points spread over its useful range, plus the special
points (0, +-inf, NaN and the edges of the domain); the result is compared
with numpy's f64 value rounded to f32. Prints one line per function with the
largest error in units of the f32 spacing at the reference (ulp) and fails if
it exceeds the bound, or if a special point comes out wrong.
"""
import math
import sys

import numpy as np

import ckpt

N = 1 << 16
INF = np.float32(np.inf)

# name: (reference, lo, hi, geometric spacing, ulp bound, special points)
FUNCTIONS = {
    "tanh": (np.tanh, -12.0, 12.0, False, 6,
             {0.0: 0.0, INF: 1.0, -INF: -1.0, 20.0: 1.0}),
    "exp": (np.exp, -87.0, 88.0, False, 3,
            {0.0: 1.0, -INF: 0.0, INF: INF, -104.0: 0.0}),
    "expm1": (np.expm1, -10.0, 10.0, False, 4, {0.0: 0.0}),
    "log": (np.log, 1e-30, 1e30, True, 3,
            {1.0: 0.0, 0.0: -INF, INF: INF}),
    "log1p": (np.log1p, -0.99, 1e6, False, 3, {0.0: 0.0, -1.0: -INF}),
    "log2": (np.log2, 1e-30, 1e30, True, 3,
             {1.0: 0.0, 8.0: 3.0, 0.0: -INF}),
    "erf": (np.vectorize(math.erf), -5.0, 5.0, False, 6,
            {0.0: 0.0, INF: 1.0, -INF: -1.0}),
}


def main():
    failures = 0
    for name, (ref, lo, hi, geometric, bound, special) in FUNCTIONS.items():
        points = np.geomspace(lo, hi, N) if geometric else np.linspace(lo, hi, N)
        x = np.concatenate([points.astype(np.float32),
                            np.array(list(special), dtype=np.float32),
                            np.array([np.nan], dtype=np.float32)])
        n = x.size
        text = ("func.func @f(%%x: tensor<%dxf32>) -> tensor<%dxf32> {\n"
                "  %%y = math.%s %%x : tensor<%dxf32>\n"
                "  return %%y : tensor<%dxf32>\n}\n" % (n, n, name, n, n))
        module = ckpt.parse(text)
        lowered = module.clone()
        lowered.run("builtin.module(ckpt-lower-to-cpu)")
        if "math." + name in str(lowered) or "@" + name + "f" in str(lowered):
            print("%s: a libm call is left" % name)
            failures += 1
        y = ckpt.compile(module, "f")(x)
        y = y[0] if isinstance(y, (list, tuple)) else y
        got = y[:N].astype(np.float64)
        want = ref(x[:N].astype(np.float64))
        spacing = np.spacing(np.abs(want).astype(np.float32)).astype(np.float64)
        ulp = float(np.max(np.abs(got - want) / spacing))
        bad = [(float(p), float(v), float(g)) for (p, v), g in
               zip(special.items(), y[N:N + len(special)])
               if not (g == v or abs(g - v) <= 1e-7)]
        nan_ok = bool(np.isnan(y[-1]))
        ok = ulp <= bound and not bad and nan_ok
        print("%-6s max %.2f ulp (bound %d)%s%s%s" % (
            name, ulp, bound, "" if ok else "  FAIL",
            "" if not bad else "  special points wrong: %s" % bad,
            "" if nan_ok else "  NaN not propagated"))
        failures += not ok
    print("%d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
