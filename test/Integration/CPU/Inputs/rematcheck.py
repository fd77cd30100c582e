#!/usr/bin/env python3
"""A --ckpt-remat report against a run's measured peak and outputs.

  rematcheck.py REPORT.json FUNCTION RUN.json BASE_DIR REMAT_DIR

REPORT.json is what `--ckpt-remat=... report=` wrote, RUN.json what
`ckpt-run --json` printed for the rewritten function, BASE_DIR and
REMAT_DIR the `--output-dir`s of the original and the rewritten function.
Prints

  recomputed R budget B baseline P0 predicted P measured M outputs N identical

and a FAIL line when the measured peak is over the budget or differs from
the prediction, or when an output is not bit-identical.
"""

import json
import os
import sys


def main():
    report, function, run, base, remat = sys.argv[1:6]
    entry = next(f for f in json.load(open(report))["functions"]
                 if f["function"] == function)
    measured = json.load(open(run))["peak_bytes"]
    outputs = sorted(f for f in os.listdir(base) if f.endswith(".npy"))
    same = sum(open(os.path.join(base, f), "rb").read() ==
               open(os.path.join(remat, f), "rb").read() for f in outputs)
    print("recomputed %d budget %d baseline %d predicted %d measured %d "
          "outputs %d identical %d" % (
              entry["recomputed_ops"], entry["budget_bytes"],
              entry["baseline_peak_bytes"], entry["predicted_peak_bytes"],
              measured, len(outputs), same))
    failed = False
    if measured > entry["budget_bytes"]:
        print("FAIL: measured peak over the budget")
        failed = True
    if measured != entry["predicted_peak_bytes"]:
        print("FAIL: measured peak is not the predicted one")
        failed = True
    if same != len(outputs) or not outputs:
        print("FAIL: outputs differ")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
