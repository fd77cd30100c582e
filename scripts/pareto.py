#!/usr/bin/env python3
"""Pareto sweep of ckpt-plan: peak memory against step time.

The sweep and the plot are ckpt.plot.pareto_sweep and ckpt.plot.pareto;
this script adds the command line and the CSV.

For each budget (fractions of the activation memory, activation-budget=f),
plans the model with the `ckpt` package (in-process ckpt-plan), then runs
the planned step to measure peak_bytes and time. Writes a CSV and, with
matplotlib, a PNG of peak memory vs estimated and measured time.

  scripts/pareto.py model.mlir --entry step --out pareto [--steps 8]
      [--repeat 5] [--build BUILD]

The package is the one on PYTHONPATH, else BUILD/python_packages.
measured_overhead is measured_time_ms / (measured_time_ms of the unplanned
step) - 1, like estimated_overhead; the unplanned step is the row with 0
regions at the largest budget (blank when there is none). Any failing plan
or run is an error: the script exits non-zero with a one-line message.
"""
import argparse
import csv
import os
import sys

from ckpt_import import DEFAULT_BUILD, import_ckpt


def fail(msg):
    sys.exit("pareto.py: " + msg)


def first_line(text, default):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    errors = [l for l in lines if "error:" in l]
    return (errors or lines or [default])[0].strip()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model")
    p.add_argument("--entry", default="step")
    p.add_argument("--build", default=DEFAULT_BUILD)
    p.add_argument("--out", default="pareto")
    p.add_argument("--steps", type=int, default=8)
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    if a.steps < 1:
        fail("--steps must be at least 1")
    if a.repeat < 1:
        fail("--repeat must be at least 1")
    if not os.path.isfile(a.model):
        fail(f"no such model file: {a.model}")
    ckpt = import_ckpt(a.build)
    try:
        model = ckpt.Module.load(a.model)
    except ckpt.Error as e:
        fail("cannot parse the model: " + first_line(str(e), a.model))
    import ckpt.plot
    try:
        rows = ckpt.plot.pareto_sweep(model, a.entry, a.steps, a.repeat)
    except ckpt.Error as e:
        fail(str(e).splitlines()[0])
    for r in rows:
        if r["measured_overhead"] is None:
            r["measured_overhead"] = ""
    with open(a.out + ".csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {a.out}.csv ({len(rows)} plans)")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("pareto.py: matplotlib missing: no PNG", file=sys.stderr)
        return
    for r in rows:
        if r["measured_overhead"] == "":
            r["measured_overhead"] = None
    ckpt.plot.pareto(rows, out=a.out + ".png")


if __name__ == "__main__":
    main()
