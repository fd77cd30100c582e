#!/usr/bin/env python3
"""Planner against the binomial (Revolve) optimum on a real equal chain.

  revolvecheck.py --ckpt-opt=PATH --ckpt-run=PATH --chain-solve=PATH N [N ...]

For a chain of N equal layers (examples/models.py wide_chain: each layer
makes 2*16*16 floats and passes 16 on, so snapshots are cheap and layers
dear), and s = 1..6 snapshots:
  1. the binomial schedule with s snapshots (ckpt-chain-solve on the chain
     made abstract, checked against the closed form in test/ckpt-chain-solve)
     is written as nested checkpoint regions: its exact peak is P_s, the
     memory it needs once lowered;
  2. ckpt-plan, given the budget P_s on the chain without regions, must
     re-execute at most min{t(N, s') : P_s' <= P_s} layers, the binomial
     optimum for the memory given (t is Griewank and Walther's minimum;
     more snapshots can need no more lowered memory than fewer; a schedule
     outside the binomial family can need less lowered memory still, since
     bufferization frees what Revolve's model keeps), and its
     predicted peak must fit P_s; the planned step is run and its measured
     peak must equal the prediction.
Layers re-executed = recompute FLOPs / FLOPs of one layer (from
strategy=uniform with N segments, which re-executes N-1 layers once).
Prints one line per (N, s); exits non-zero on the first disagreement.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "examples"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "ckpt-chain-solve",
                                "Inputs"))
import chaincheck  # noqa: E402
import models  # noqa: E402

WIDTH, EXPAND, SNAPSHOTS = 16, 16, 6


def run(cmd, **kw):
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if out.returncode != 0:
        sys.exit("revolvecheck: %s failed:\n%s" % (" ".join(cmd), out.stderr))
    return out.stdout


def measure(args, path):
    return json.loads(run([args.ckpt_run, path, "--entry=step",
                           "--json"]))["peak_bytes"]


def predict(args, path):
    """The exact peak of @step (ckpt-memory-report, equal to ckpt-run's
    measurement: checked below for every planned step)."""
    report = run([args.ckpt_opt, path, "--ckpt-memory-report", "-o",
                  os.devnull])
    m = re.search(r"@step peak_bytes = (\d+) \(exact\)", report)
    if not m:
        sys.exit("revolvecheck: no exact memory report for @step")
    return int(m.group(1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ckpt-opt", required=True)
    p.add_argument("--ckpt-run", required=True)
    p.add_argument("--chain-solve", required=True)
    p.add_argument("sizes", type=int, nargs="+")
    args = p.parse_args()
    work = tempfile.mkdtemp()
    for n in args.sizes:
        top = min(SNAPSHOTS, n - 1)
        act, cut = 16 * (n + 1), 16
        abstract = {"act": [act] * n, "cut": [0] + [cut] * n,
                    "memory": [act + s * cut for s in range(1, top + 1)]}
        schedules = json.loads(run([args.chain_solve, "-"],
                                   input=json.dumps(abstract)))["plans"]
        plain = os.path.join(work, "plain%d.mlir" % n)
        with open(plain, "w") as f:
            f.write(models.wide_chain(n, WIDTH, EXPAND))
        report = os.path.join(work, "report.json")
        run([args.ckpt_opt, plain, "--ckpt-plan=strategy=uniform segments=%d "
             "report=%s" % (n, report), "-o", os.devnull])
        per_layer = json.load(open(report))["plans"][0]["recompute_flops"] / \
            (n - 1)
        needs, equal = [], 0
        for s, schedule in enumerate(schedules, start=1):
            written = os.path.join(work, "revolve%d_%d.mlir" % (n, s))
            with open(written, "w") as f:
                f.write(models.wide_chain(n, WIDTH, EXPAND,
                                          plan=schedule["plan"]))
            needs.append((predict(args, written), s))
        for peak, s in needs:
            want = min(chaincheck.binomial_min(n, t) for need, t in needs
                       if need <= peak)
            planned = os.path.join(work, "planned.mlir")
            run([args.ckpt_opt, plain, "--ckpt-plan=memory-budget=%d "
                 "report=%s" % (peak, report), "-o", planned])
            plan = json.load(open(report))["plans"][0]
            layers = plan["recompute_flops"] / per_layer
            measured = measure(args, planned)
            print("N=%d s=%d: binomial schedule needs %d B; planned at that "
                  "budget: %d layers again (binomial optimum %d), predicted "
                  "%d B, measured %d B" % (n, s, peak, round(layers), want,
                                          plan["predicted_peak_bytes"],
                                          measured))
            if layers > want + 0.05:
                sys.exit("FAIL: N=%d s=%d: planner re-executes %.2f layers, "
                         "the binomial optimum is %d" % (n, s, layers, want))
            equal += abs(layers - want) <= 0.05
            if not plan["predicted_peak_bytes"] <= peak or \
                    measured != plan["predicted_peak_bytes"]:
                sys.exit("FAIL: N=%d s=%d: predicted %d, measured %d, budget "
                         "%d" % (n, s, plan["predicted_peak_bytes"], measured,
                                 peak))
        print("N=%d: never more than the binomial optimum; equal to it at %d "
              "of %d budgets, fewer at the others" % (n, equal, len(needs)))


if __name__ == "__main__":
    main()
