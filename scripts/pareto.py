#!/usr/bin/env python3
"""Pareto sweep of ckpt-plan: peak memory against step time.

For each budget (fractions of the activation memory, activation-budget=f),
runs `ckpt-opt --ckpt-plan=... report=<json>` and, when build/bin/ckpt-run
exists, runs the planned step to measure peak_bytes and time. Writes a CSV
and, with matplotlib, a PNG of peak memory vs estimated and measured time.

  scripts/pareto.py model.mlir --entry step --out pareto [--steps 8]
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tool(build, name):
    path = os.path.join(build, "bin", name)
    return path if os.path.exists(path) else None


def plan(opt, model, fraction, workdir):
    report = os.path.join(workdir, f"plan_{fraction:.3f}.json")
    planned = os.path.join(workdir, f"plan_{fraction:.3f}.mlir")
    cmd = [opt, model, f"--ckpt-plan=activation-budget={fraction} "
           f"report={report}", "-o", planned]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stderr.strip().splitlines()[0] if res.stderr else
              "ckpt-plan failed", file=sys.stderr)
        return None, None
    with open(report) as f:
        return json.load(f)["plans"][0], planned


def measure(run, planned, entry, repeat):
    if not run:
        return None
    res = subprocess.run([run, planned, f"--entry={entry}", "--json",
                          f"--repeat={repeat}"], capture_output=True,
                         text=True)
    if res.returncode != 0:
        print(res.stderr.strip(), file=sys.stderr)
        return None
    return json.loads(res.stdout)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model")
    p.add_argument("--entry", default="step")
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--out", default="pareto")
    p.add_argument("--steps", type=int, default=8)
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    opt = tool(a.build, "ckpt-opt")
    if not opt:
        sys.exit(f"pareto.py: no ckpt-opt under {a.build}/bin")
    run = tool(a.build, "ckpt-run")
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        for i in range(a.steps + 1):
            fraction = i / a.steps
            entry, planned = plan(opt, a.model, fraction, workdir)
            if not entry:
                continue
            measured = measure(run, planned, a.entry, a.repeat)
            rows.append({
                "activation_budget": fraction,
                "budget_bytes": entry["budget_bytes"],
                "predicted_peak_bytes": entry["predicted_peak_bytes"],
                "regions": len(entry["regions"]),
                "recompute_flops": entry["recompute_flops"],
                "estimated_overhead": entry["estimated_overhead"],
                "measured_peak_bytes": measured["peak_bytes"] if measured else "",
                "measured_time_ms": measured["time_ms"]["median"] if measured else "",
            })
    with open(a.out + ".csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()) if rows else ["activation_budget"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {a.out}.csv ({len(rows)} plans)")
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib missing: no PNG", file=sys.stderr)
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    peaks = [r["predicted_peak_bytes"] for r in rows]
    ax.plot(peaks, [1 + r["estimated_overhead"] for r in rows], "o-",
            label="estimated (x unplanned step)")
    timed = [r for r in rows if r["measured_time_ms"] != ""]
    if timed:
        base = max(r["measured_time_ms"] for r in timed if r["regions"] == 0) \
            if any(r["regions"] == 0 for r in timed) else timed[-1]["measured_time_ms"]
        ax.plot([r["measured_peak_bytes"] for r in timed],
                [r["measured_time_ms"] / base for r in timed], "s--",
                label="measured (ckpt-run)")
    ax.set_xlabel("peak bytes")
    ax.set_ylabel("relative step time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(a.out + ".png", dpi=120)
    print(f"wrote {a.out}.png")


if __name__ == "__main__":
    main()
