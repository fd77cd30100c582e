#!/usr/bin/env python3
"""Planner prediction against ckpt-run's measurement.

  plancheck.py MODEL.mlir [--plan=OPTS ...] [--tol=0.05]

For each --plan option string (the body of --ckpt-plan="..."; "none" runs
the module as is and takes the prediction from --ckpt-memory-report), plans
the module with ckpt-opt, runs the planned @step with ckpt-run --json and
prints one line:

  <opts>: budget B predicted P measured M regions R

It fails when |P - M| > tol * M, or when a budget was given and M > B.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("plancheck: %s failed:\n%s" % (" ".join(cmd), out.stderr))
    return out.stdout


def check(args, opts, workdir, index):
    planned = os.path.join(workdir, "p%d.mlir" % index)
    budget, regions = None, 0
    if opts == "none":
        report = run([args.ckpt_opt, args.model, "--ckpt-memory-report",
                      "-o", planned])
        m = re.search(r"@%s peak_bytes = (\d+) \(exact\)" % args.step, report)
        if not m:
            sys.exit("plancheck: no exact memory report for @%s" % args.step)
        predicted = int(m.group(1))
    else:
        report = os.path.join(workdir, "p%d.json" % index)
        run([args.ckpt_opt, args.model,
             "--ckpt-plan=%s report=%s" % (opts, report), "-o", planned])
        plan = json.load(open(report))["plans"][0]
        predicted = plan["predicted_peak_bytes"]
        budget = plan["budget_bytes"]
        regions = len(plan["regions"])
        if not plan.get("exact", True):
            sys.exit("plancheck: %s: the plan was not checked exactly" % opts)
    result = json.loads(run([args.ckpt_run, planned, "--entry=" + args.step,
                             "--json"]))
    measured = result["peak_bytes"]
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
    p.add_argument("--ckpt-opt", default="ckpt-opt")
    p.add_argument("--ckpt-run", default="ckpt-run")
    args = p.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as workdir:
        for index, opts in enumerate(args.plan or ["none"]):
            ok &= check(args, opts, workdir, index)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
