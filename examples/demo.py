#!/usr/bin/env python3
"""`make demo`: a residual MLP through ckpt, from forward to planned step.

1. the forward model (examples/models.py) with checkpoint regions, run as is;
2. the training step (ckpt.value_and_grad) with and without checkpointing:
   loss, gradient norms, peak bytes and time, all measured by ckpt-run;
3. when the planner is built, the step planned by --ckpt-plan at three
   budgets: predicted and measured peak, estimated and measured overhead.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import models  # noqa: E402

LAYERS, BATCH, WIDTH, SEGMENTS = 8, 256, 128, 4


def run(tool_dir, path, entry, outdir, repeat=3):
    cmd = [os.path.join(tool_dir, "ckpt-run"), path, "--entry=" + entry,
           "--seed=1", "--repeat=%d" % repeat, "--json", "--output-dir=" + outdir]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("demo: %s failed:\n%s" % (" ".join(cmd), proc.stderr))
    report = json.loads(proc.stdout)
    outs = [np.load(o["file"]) for o in report["outputs"]]
    return report, outs


def mib(n):
    return "%.2f MiB" % (n / 2**20)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default="build")
    args = p.parse_args()
    tools = os.path.join(args.build, "bin")
    tmp = tempfile.mkdtemp(prefix="ckpt-demo-")
    plain = os.path.join(tmp, "plain.mlir")
    ckpt = os.path.join(tmp, "ckpt.mlir")
    with open(plain, "w") as f:
        f.write(models.residual_mlp(LAYERS, BATCH, WIDTH, 0))
    with open(ckpt, "w") as f:
        f.write(models.residual_mlp(LAYERS, BATCH, WIDTH, SEGMENTS))

    print("ckpt demo: residual MLP, %d layers, batch %d, width %d, f32"
          % (LAYERS, BATCH, WIDTH))
    print("\n== forward (checkpoint regions are plain code outside training)")
    fwd, outs = run(tools, ckpt, "loss", os.path.join(tmp, "fwd"))
    print("%-28s %14s %12s %12s" % ("", "result", "peak", "time (ms)"))
    print("%-28s %14.6g %12s %12.3f" % ("loss(x, W)", float(outs[0]),
                                         mib(fwd["peak_bytes"]),
                                         fwd["time_ms"]["median"]))

    print("\n== training step (value and gradients of all %d weights)" % LAYERS)
    rows = []
    for label, path in [("no checkpointing", plain),
                        ("%d regions of %d layers" % (SEGMENTS, LAYERS // SEGMENTS),
                         ckpt)]:
        rep, outs = run(tools, path, "step", os.path.join(tmp, label[:2]))
        norm = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2)
                                 for g in outs[1:])))
        rows.append((label, float(outs[0]), norm, rep, outs))
    print("%-28s %14s %12s %12s %10s" % ("", "loss", "|grad|", "peak",
                                         "time (ms)"))
    for label, loss, norm, rep, _ in rows:
        print("%-28s %14.6g %12.6g %12s %10.2f" % (
            label, loss, norm, mib(rep["peak_bytes"]), rep["time_ms"]["median"]))
    same = all(a.tobytes() == b.tobytes() for a, b in zip(rows[0][4], rows[1][4]))
    base, chk = rows[0][3], rows[1][3]
    print("gradients bit-identical with and without checkpointing: %s" %
          ("yes" if same else "NO"))
    print("checkpointing: peak x%.2f, time x%.2f" % (
        chk["peak_bytes"] / base["peak_bytes"],
        chk["time_ms"]["median"] / base["time_ms"]["median"]))

    helptext = subprocess.run([os.path.join(tools, "ckpt-opt"), "--help"],
                              capture_output=True, text=True).stdout
    if "--ckpt-plan" not in helptext:
        print("\n(planner not built: skipping the planned steps)")
        return 0
    print("\n== planned by --ckpt-plan (strategy=optimal)")
    print("%-12s %14s %14s %12s %12s" % ("budget", "predicted", "measured",
                                         "est. over.", "measured over."))
    for frac in (0.9, 0.75, 0.65):
        budget = int(base["peak_bytes"] * frac)
        planned = os.path.join(tmp, "plan%d.mlir" % budget)
        report = os.path.join(tmp, "plan%d.json" % budget)
        proc = subprocess.run(
            [os.path.join(tools, "ckpt-opt"), plain,
             "--ckpt-plan=memory-budget=%d report=%s" % (budget, report),
             "-o", planned], capture_output=True, text=True)
        if proc.returncode != 0:
            errors = [l for l in proc.stderr.splitlines() if "error:" in l]
            print("%-12s %s" % (mib(budget), (errors or ["failed"])[0]
                                .split("error: ", 1)[-1]))
            continue
        plan = json.load(open(report))["plans"][0]
        rep, _ = run(tools, planned, "step", os.path.join(tmp, "p%d" % budget))
        est = plan.get("estimated_overhead", float("nan"))
        print("%-12s %14s %14s %11.1f%% %11.1f%%" % (
            mib(budget), mib(plan["predicted_peak_bytes"]),
            mib(rep["peak_bytes"]), 100 * float(est),
            100 * (rep["time_ms"]["median"] / base["time_ms"]["median"] - 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
