#!/usr/bin/env python3
"""Checks of ckpt-plan's microbatch=auto on one model, in-process.

  microbatchplancheck.py FILE.mlir --fraction=F [--step=S] [--batch-args=0]
          [--reduction=sum|mean] [--rtol=X] [--pass=P ...]

The passes P (pass pipeline texts, e.g. "ckpt-normalize") run first.

Plans S with regions alone at activation-budget=0 to find the least peak
regions reach (the regions-only floor), then plans a copy with
`memory-budget=<F * floor> microbatch=auto`, and prints:
  - the floor and the budget;
  - the micro-batches and regions chosen, the predicted peak and the peak
    measured when the planned step runs, and whether both are within the
    budget and equal;
  - the relative error (2-norm) of each of loss and gradients against the
    unplanned full-batch step on the same seeded inputs (with
    reduction=mean, the results times K, since the loss is a sum over the
    batch), failing above --rtol.
Prints PASS last when every check held (K >= 2 below the floor, peaks
within the budget and equal, errors within --rtol); exits non-zero
otherwise.
"""

import argparse
import sys

import numpy as np

import ckpt


def plan(module, options):
    reports = module.run("builtin.module(ckpt-plan{%s})" % options)
    return reports[0]["plans"][0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--fraction", type=float, required=True)
    p.add_argument("--step", default="step")
    p.add_argument("--batch-args", default="0")
    p.add_argument("--reduction", default="sum")
    p.add_argument("--rtol", type=float, default=1e-12)
    p.add_argument("--pass", dest="passes", action="append", default=[])
    a = p.parse_args()

    ref = ckpt.Module.load(a.file)
    for text in a.passes:
        ref.run("builtin.module(%s)" % text)
    floor = plan(ref.clone(), "activation-budget=0")["budget_bytes"]
    budget = int(a.fraction * floor)
    print("regions-only floor %d budget %d" % (floor, budget))

    module = ref.clone()
    entry = plan(module, "memory-budget=%d microbatch=auto batch-args=%s "
                 "reduction=%s" % (budget, a.batch_args, a.reduction))
    count = entry["microbatch"]
    predicted = entry["predicted_peak_bytes"]
    inputs = ref.seeded_inputs(a.step, 0)
    full = ref.compile(a.step).run(inputs)
    split = module.compile(a.step).run(inputs)
    measured = split.peak_bytes
    ok = count >= 2 and predicted <= budget and measured <= budget \
        and predicted == measured and budget < floor
    print("microbatch %d regions %d predicted %d measured %d"
          % (count, len(entry["regions"]), predicted, measured))
    print("K>=2 %s within budget %s predicted == measured %s"
          % (count >= 2, max(predicted, measured) <= budget,
             predicted == measured))

    scale = count if a.reduction == "mean" else 1
    worst = 0.0
    for i, (x, y) in enumerate(zip(full.outputs, split.outputs)):
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64) * scale
        norm = np.linalg.norm(x)
        err = np.linalg.norm(y - x) / (norm if norm > 0 else 1.0)
        worst = max(worst, err)
        if err > a.rtol:
            print("output %d: relative error %.3g over %g: FAIL"
                  % (i, err, a.rtol))
            ok = False
    ok = ok and len(full.outputs) == len(split.outputs)
    print("%d outputs, worst relative error %.2g (tolerance %g)"
          % (len(full.outputs), worst, a.rtol))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ckpt.Error as e:
        sys.exit("microbatchplancheck: %s" % e)
