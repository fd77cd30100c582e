#!/usr/bin/env python3
"""The planner on a large callee: exact, within budget, floor real.

  largecheck.py MODEL.mlir [--plan=OPTS ...]

For each --plan option string (the body of --ckpt-plan="..."), plans the
module with the `ckpt` package (ckpt-plan by its textual options), runs the
planned @step through its JIT (peak_bytes measured as ckpt-run does) and
prints one line:

  <opts>: budget B predicted P measured M exact E floor F results R
          layers L ops-per-region N N ...

and fails (exit 1, after printing) when the measured peak is over the
budget, when the prediction is off the measurement by more than --tol
(default 2%), when the report does not say the prediction is exact, or
when the reported floor is below the bytes of the step's results.
"""

import argparse
import sys

import ckpt


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("--plan", action="append", default=[])
    p.add_argument("--tol", type=float, default=0.02)
    args = p.parse_args()
    failed = False
    module = ckpt.Module.load(args.model)
    for opts in args.plan:
        planned = module.clone()
        try:
            (report,) = planned.run("builtin.module(ckpt-plan{%s})" % opts)
            measured = planned.compile("step").run(
                planned.seeded_inputs("step", 0)).peak_bytes
        except ckpt.Error as e:
            sys.exit("largecheck: %s failed:\n%s" % (opts, e))
        plan = report["plans"][0]
        budget = plan["budget_bytes"]
        predicted = plan["predicted_peak_bytes"]
        print("%s: budget %d predicted %d measured %d exact %s floor %d "
              "results %d layers %d ops-per-region %s"
              % (opts, budget, predicted, measured, plan["exact"],
                 plan["min_peak_bytes"], plan["result_bytes"],
                 plan["layers"],
                 " ".join(str(r["ops"]) for r in plan["regions"]) or "-"))
        problems = []
        if measured > budget:
            problems.append("measured peak over the budget")
        if abs(predicted - measured) > args.tol * measured:
            problems.append("prediction off by more than %g%%"
                            % (100 * args.tol))
        if not plan["exact"]:
            problems.append("prediction not exact")
        if plan["min_peak_bytes"] < plan["result_bytes"]:
            problems.append("floor below the step's results")
        for problem in problems:
            print("  FAIL: " + problem)
        failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
