#!/usr/bin/env python3
"""Planner against the binomial (Revolve) optimum on a real equal chain.

  revolvecheck.py --chain-solve=PATH N [N ...]

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
Plans, exact peaks and runs go through the `ckpt` package in-process;
ckpt-chain-solve is a tool. Prints one line per (N, s); exits non-zero on
the first disagreement.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "examples"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "ckpt-chain-solve",
                                "Inputs"))
import chaincheck  # noqa: E402
import models  # noqa: E402

import ckpt  # noqa: E402
import ckpt.plot  # noqa: E402

WIDTH, EXPAND, SNAPSHOTS = 16, 16, 6


def run(cmd, **kw):
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if out.returncode != 0:
        sys.exit("revolvecheck: %s failed:\n%s" % (" ".join(cmd), out.stderr))
    return out.stdout


def measure(module):
    """peak_bytes of @step, measured through the package's JIT (as
    ckpt-run measures it)."""
    try:
        return module.compile("step").run(
            module.seeded_inputs("step", 0)).peak_bytes
    except ckpt.Error as e:
        sys.exit("revolvecheck: running @step failed:\n%s" % e)


def predict(module):
    """The exact peak of @step (the exact memory model, equal to the
    measurement: checked below for every planned step)."""
    _, peak, exact = ckpt.plot.timeline(module, "step")
    if not exact:
        sys.exit("revolvecheck: no exact memory report for @step")
    return peak


def plan(module, opts):
    """A planned copy of `module` and ckpt-plan's report entry."""
    planned = module.clone()
    try:
        (report,) = planned.run("builtin.module(ckpt-plan{%s})" % opts)
    except ckpt.Error as e:
        sys.exit("revolvecheck: ckpt-plan=%s failed:\n%s" % (opts, e))
    return planned, report["plans"][0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--chain-solve", required=True)
    p.add_argument("sizes", type=int, nargs="+")
    args = p.parse_args()
    for n in args.sizes:
        top = min(SNAPSHOTS, n - 1)
        act, cut = 16 * (n + 1), 16
        abstract = {"act": [act] * n, "cut": [0] + [cut] * n,
                    "memory": [act + s * cut for s in range(1, top + 1)]}
        schedules = json.loads(run([args.chain_solve, "-"],
                                   input=json.dumps(abstract)))["plans"]
        plain = ckpt.Module.parse(models.wide_chain(n, WIDTH, EXPAND))
        per_layer = plan(plain, "strategy=uniform segments=%d" % n)[1][
            "recompute_flops"] / (n - 1)
        needs, equal = [], 0
        for s, schedule in enumerate(schedules, start=1):
            written = ckpt.Module.parse(models.wide_chain(
                n, WIDTH, EXPAND, plan=schedule["plan"]))
            needs.append((predict(written), s))
        for peak, s in needs:
            want = min(chaincheck.binomial_min(n, t) for need, t in needs
                       if need <= peak)
            planned, entry = plan(plain, "memory-budget=%d" % peak)
            layers = entry["recompute_flops"] / per_layer
            measured = measure(planned)
            print("N=%d s=%d: binomial schedule needs %d B; planned at that "
                  "budget: %d layers again (binomial optimum %d), predicted "
                  "%d B, measured %d B" % (n, s, peak, round(layers), want,
                                          entry["predicted_peak_bytes"],
                                          measured))
            if layers > want + 0.05:
                sys.exit("FAIL: N=%d s=%d: planner re-executes %.2f layers, "
                         "the binomial optimum is %d" % (n, s, layers, want))
            equal += abs(layers - want) <= 0.05
            if not entry["predicted_peak_bytes"] <= peak or \
                    measured != entry["predicted_peak_bytes"]:
                sys.exit("FAIL: N=%d s=%d: predicted %d, measured %d, budget "
                         "%d" % (n, s, entry["predicted_peak_bytes"], measured,
                                 peak))
        print("N=%d: never more than the binomial optimum; equal to it at %d "
              "of %d budgets, fewer at the others" % (n, equal, len(needs)))


if __name__ == "__main__":
    main()
