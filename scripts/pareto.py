#!/usr/bin/env python3
"""Pareto sweep of ckpt-plan: peak memory against step time.

For each budget (fractions of the activation memory, activation-budget=f),
runs `ckpt-opt --ckpt-plan=... report=<json>` and, when ckpt-run is
available, runs the planned step to measure peak_bytes and time. Writes a
CSV and, with matplotlib, a PNG of peak memory vs estimated and measured
time.

  scripts/pareto.py model.mlir --entry step --out pareto [--steps 8]
      [--ckpt-opt PATH] [--ckpt-run PATH]

measured_overhead is measured_time_ms / (measured_time_ms of the unplanned
step) - 1, like estimated_overhead; the unplanned step is the row with 0
regions at the largest budget (blank when there is none). Any failing plan
or run is an error: the script exits non-zero with a one-line message.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(msg):
    sys.exit("pareto.py: " + msg)


def first_line(text, default):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    return lines[0].strip() if lines else default


def resolve(given, build, name, required):
    """An explicit PATH (or a name on PATH), else build/bin/<name>."""
    if given:
        path = given if os.path.sep in given else shutil.which(given)
        if not path or not os.path.isfile(path):
            fail(f"{name} not found: {given}")
        return path
    path = os.path.join(build, "bin", name)
    if os.path.isfile(path):
        return path
    if required:
        fail(f"no {name} under {build}/bin (use --{name} PATH)")
    return None


def plan(opt, model, fraction, workdir):
    report = os.path.join(workdir, f"plan_{fraction:.3f}.json")
    planned = os.path.join(workdir, f"plan_{fraction:.3f}.mlir")
    cmd = [opt, model, f"--ckpt-plan=activation-budget={fraction} "
           f"report={report}", "-o", planned]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"ckpt-opt failed at activation-budget={fraction}: "
             + first_line(res.stderr, f"exit status {res.returncode}"))
    try:
        with open(report) as f:
            return json.load(f)["plans"][0], planned
    except (OSError, ValueError, KeyError, IndexError) as e:
        fail(f"no plan report at activation-budget={fraction}: {e}")


def measure(run, planned, entry, repeat, fraction):
    res = subprocess.run([run, planned, f"--entry={entry}", "--json",
                          f"--repeat={repeat}"], capture_output=True,
                         text=True)
    if res.returncode != 0:
        fail(f"ckpt-run failed at activation-budget={fraction}: "
             + first_line(res.stderr, f"exit status {res.returncode}"))
    try:
        out = json.loads(res.stdout)
        return out["peak_bytes"], out["time_ms"]["median"]
    except (ValueError, KeyError, TypeError) as e:
        fail(f"bad ckpt-run --json output at activation-budget={fraction}: "
             f"{e}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model")
    p.add_argument("--entry", default="step")
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--ckpt-opt", help="ckpt-opt binary (default: "
                   "BUILD/bin/ckpt-opt)")
    p.add_argument("--ckpt-run", help="ckpt-run binary (default: "
                   "BUILD/bin/ckpt-run if it exists, else no measurement)")
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
    opt = resolve(a.ckpt_opt, a.build, "ckpt-opt", required=True)
    run = resolve(a.ckpt_run, a.build, "ckpt-run", required=False)
    if not run:
        print(f"pareto.py: no ckpt-run under {a.build}/bin: "
              "measured columns left blank", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        for i in range(a.steps + 1):
            fraction = i / a.steps
            entry, planned = plan(opt, a.model, fraction, workdir)
            peak, time_ms = (measure(run, planned, a.entry, a.repeat, fraction)
                             if run else ("", ""))
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
                label="measured (ckpt-run)")
    ax.set_xlabel("peak bytes")
    ax.set_ylabel("relative step time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(a.out + ".png", dpi=120)
    plt.close(fig)
    print(f"wrote {a.out}.png")


if __name__ == "__main__":
    main()
