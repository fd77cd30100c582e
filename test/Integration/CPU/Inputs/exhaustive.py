#!/usr/bin/env python3
"""strategy=optimal against an exhaustive search, on exact peaks.

  exhaustive.py MODEL.mlir [--max-plans=N]

Every plan of checkpoint regions over the callee's chain units (nested,
never reaching the end of what holds them: test/ckpt-chain-solve's
enumeration) is applied with strategy=given (in-process, through the
`ckpt` package), which reports its exact peak
(autodiff and bufferization of the step) and its estimated recompute time.
Then, for the peak of every plan that is cheapest for its memory (the
exhaustive Pareto front), strategy=optimal plans with that peak as its
budget; its recompute time must be within 5% of the exhaustive optimum,
and its predicted peak within the budget. Prints one line per budget and a
summary; exits non-zero on the first miss.
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "ckpt-chain-solve",
                                "Inputs"))
import chaincheck  # noqa: E402

import ckpt  # noqa: E402


def text(items):
    return "".join("[%d,%d%s)" % (it[1], it[2], text(it[3]))
                   for it in items if it[0] == "region")


def plan(module, opts):
    """The report of ckpt-plan (textual options) on a copy of `module`,
    in-process through the `ckpt` package."""
    try:
        (report,) = module.clone().run("builtin.module(ckpt-plan{%s})" % opts)
    except ckpt.Error as e:
        sys.exit("exhaustive: ckpt-plan=%s failed:\n%s" % (opts, e))
    return report["plans"][0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--max-plans", type=int, default=200)
    p.add_argument("model")
    args = p.parse_args()
    module = ckpt.Module.load(args.model)
    units = plan(module, "strategy=sqrt")["units"]
    everything = sorted({text(items) for items in chaincheck.plans(0, units)})
    if len(everything) > args.max_plans:
        sys.exit("exhaustive: %d units give %d plans, over --max-plans" %
                 (units, len(everything)))
    scored = []
    for regions in everything:
        if not regions:
            continue
        entry = plan(module, "strategy=given plan=%s" % regions)
        scored.append((entry["predicted_peak_bytes"],
                       entry["recompute_seconds"], regions))
    base = plan(module, "strategy=uniform segments=1")
    scored.append((base["predicted_peak_bytes"], 0.0, ""))
    # The exhaustive front: peaks at which some plan is cheaper than every
    # plan of smaller peak.
    front, best = [], None
    for peak, seconds, regions in sorted(scored):
        if best is None or seconds < best - 1e-15:
            front.append((peak, seconds, regions))
            best = seconds
    worst = 1.0
    for peak, seconds, regions in front:
        entry = plan(module, "memory-budget=%d" % peak)
        got = entry["recompute_seconds"]
        ratio = (got + 1e-12) / (seconds + 1e-12)
        worst = max(worst, ratio)
        print("budget %d: exhaustive %s %.4g s, optimal %s %.4g s, peak %d" %
              (peak, regions or "(none)", seconds, entry["plan"] or "(none)",
               got, entry["predicted_peak_bytes"]))
        if entry["predicted_peak_bytes"] > peak or ratio > 1.05:
            sys.exit("FAIL: at budget %d optimal costs %.4g s, the "
                     "exhaustive optimum %.4g s" % (peak, got, seconds))
    print("%d units, %d plans, %d budgets: optimal within %.1f%% of "
          "exhaustive" % (units, len(everything), len(front),
                          100 * (worst - 1)))


if __name__ == "__main__":
    main()
