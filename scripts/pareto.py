#!/usr/bin/env python3
"""Pareto sweep of ckpt-plan: peak memory against step time.

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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(msg):
    sys.exit("pareto.py: " + msg)


def first_line(text, default):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    errors = [l for l in lines if "error:" in l]
    return (errors or lines or [default])[0].strip()


def import_ckpt(build):
    try:
        import ckpt
    except ImportError:
        sys.path.insert(0, os.path.join(os.path.abspath(build),
                                        "python_packages"))
        try:
            import ckpt
        except ImportError as e:
            fail(f"cannot import the ckpt package (build it, or set "
                 f"PYTHONPATH): {e}")
    return ckpt


def plan(ckpt, model, fraction):
    planned = model.clone()
    try:
        (entry,) = planned.plan(activation_budget=fraction)["plans"]
    except ckpt.Error as e:
        fail(f"ckpt-plan failed at activation-budget={fraction}: "
             + first_line(str(e), "no message"))
    except ValueError:
        fail(f"no single plan at activation-budget={fraction}")
    return entry, planned


def measure(ckpt, planned, entry, repeat, fraction):
    try:
        result = planned.compile(entry).run(
            planned.seeded_inputs(entry, 0), repeat=repeat)
    except ckpt.Error as e:
        fail(f"the run failed at activation-budget={fraction}: "
             + first_line(str(e), "no message"))
    return result.peak_bytes, result.time_ms["median"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model")
    p.add_argument("--entry", default="step")
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
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
    rows = []
    for i in range(a.steps + 1):
        fraction = i / a.steps
        entry, planned = plan(ckpt, model, fraction)
        peak, time_ms = measure(ckpt, planned, a.entry, a.repeat, fraction)
        rows.append({
            "activation_budget": fraction,
            "budget_bytes": entry["budget_bytes"],
            "predicted_peak_bytes": entry["predicted_peak_bytes"],
            "regions": len(entry["regions"]),
            "recompute_flops": entry["recompute_flops"],
            "estimated_overhead": entry["estimated_overhead"],
            "measured_peak_bytes": peak,
            "measured_time_ms": time_ms,
        })
    if not rows:
        fail("no plans produced")
    unplanned = [r for r in rows if r["regions"] == 0
                 and r["measured_time_ms"] != ""]
    base = max(unplanned, key=lambda r: r["activation_budget"]) \
        ["measured_time_ms"] if unplanned else None
    for r in rows:
        r["measured_overhead"] = (r["measured_time_ms"] / base - 1
                                  if base and r["measured_time_ms"] != ""
                                  else "")
    with open(a.out + ".csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {a.out}.csv ({len(rows)} plans)")
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("pareto.py: matplotlib missing: no PNG", file=sys.stderr)
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    peaks = [r["predicted_peak_bytes"] for r in rows]
    ax.plot(peaks, [1 + r["estimated_overhead"] for r in rows], "o-",
            label="estimated (x unplanned step)")
    timed = [r for r in rows if r["measured_overhead"] != ""]
    if timed:
        ax.plot([r["measured_peak_bytes"] for r in timed],
                [1 + r["measured_overhead"] for r in timed], "s--",
                label="measured")
    ax.set_xlabel("peak bytes")
    ax.set_ylabel("relative step time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(a.out + ".png", dpi=120)
    plt.close(fig)
    print(f"wrote {a.out}.png")


if __name__ == "__main__":
    main()
