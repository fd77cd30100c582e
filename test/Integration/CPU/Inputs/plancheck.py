#!/usr/bin/env python3
"""Planner prediction against the measured peak, in-process.

  plancheck.py MODEL.mlir [--plan=OPTS ...] [--tol=0.05]

For each --plan option string (the body of --ckpt-plan="..."; "none" runs
the module as is and takes the prediction from the exact memory model, as
--ckpt-memory-report prints it), plans the module with the `ckpt` package
(ckpt-plan by its textual options), runs the planned @step through the
package's JIT (which measures peak_bytes as ckpt-run does) and prints one
line:

  <opts>: budget B predicted P measured M regions R

It fails when |P - M| > tol * M, or when a budget was given and M > B.
"""

import argparse
import sys

import ckpt
import ckpt.plot


def check(args, module, opts):
    budget, regions = None, 0
    planned = module.clone()
    try:
        if opts == "none":
            _, predicted, exact = ckpt.plot.timeline(planned, args.step)
            if not exact:
                sys.exit("plancheck: no exact memory report for @%s"
                         % args.step)
        else:
            (report,) = planned.run("builtin.module(ckpt-plan{%s})" % opts)
            plan = report["plans"][0]
            predicted = plan["predicted_peak_bytes"]
            budget = plan["budget_bytes"]
            regions = len(plan["regions"])
            if not plan.get("exact", True):
                sys.exit("plancheck: %s: the plan was not checked exactly"
                         % opts)
        result = planned.compile(args.step).run(
            planned.seeded_inputs(args.step, 0))
    except ckpt.Error as e:
        sys.exit("plancheck: %s failed:\n%s" % (opts, e))
    measured = result.peak_bytes
    print("%s: budget %s predicted %d measured %d regions %d"
          % (opts, budget if budget is not None else "-", predicted, measured,
             regions))
    ok = True
    if abs(predicted - measured) > args.tol * measured:
        print("  FAIL: prediction off by more than %g%%" % (100 * args.tol))
        ok = False
    if budget is not None and measured > budget:
        print("  FAIL: measured peak over the budget")
        ok = False
    return ok


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("--plan", action="append", default=[])
    p.add_argument("--step", default="step")
    p.add_argument("--tol", type=float, default=0.05)
    args = p.parse_args()
    try:
        module = ckpt.Module.load(args.model)
    except ckpt.Error as e:
        sys.exit("plancheck: cannot parse %s:\n%s" % (args.model, e))
    ok = True
    for opts in args.plan or ["none"]:
        ok &= check(args, module, opts)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
