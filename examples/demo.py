#!/usr/bin/env python3
"""`make demo`: a residual MLP through ckpt, from forward to planned step.

1. the forward model (ckpt.models) with checkpoint regions, run as is;
2. the training step (ckpt.value_and_grad) with and without checkpointing:
   loss, gradient norms, peak bytes and time, measured in-process by the
   `ckpt` package (as ckpt-run measures them);
3. the step planned by --ckpt-plan at three budgets: predicted and
   measured peak, estimated and measured overhead;
4. with matplotlib, `--plots DIR` (default demo-plots) gets the memory
   timeline of the step without and with the plan at 65% (ckpt.plot), as
   PNG.
"""

import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "scripts"))
from ckpt_import import import_ckpt  # noqa: E402

LAYERS, BATCH, WIDTH, SEGMENTS = 8, 256, 128, 4


def run(ckpt, module, entry, repeat=3):
    """Outputs and measurements of `entry`, arguments from seed 1."""
    result = module.compile(entry).run(module.seeded_inputs(entry, 1),
                                       repeat=repeat)
    return result.report, result.outputs


def mib(n):
    return "%.2f MiB" % (n / 2**20)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default="build")
    p.add_argument("--plots", default="demo-plots",
                   help="directory for the memory timelines (PNG)")
    args = p.parse_args()
    ckpt = import_ckpt(args.build)
    plain = ckpt.parse(ckpt.models.residual_mlp(LAYERS, BATCH, WIDTH, 0))
    regions = ckpt.parse(ckpt.models.residual_mlp(LAYERS, BATCH, WIDTH,
                                                  SEGMENTS))

    print("ckpt demo: residual MLP, %d layers, batch %d, width %d, f32"
          % (LAYERS, BATCH, WIDTH))
    print("\n== forward (checkpoint regions are plain code outside training)")
    fwd, outs = run(ckpt, regions, "loss")
    print("%-28s %14s %12s %12s" % ("", "result", "peak", "time (ms)"))
    print("%-28s %14.6g %12s %12.3f" % ("loss(x, W)", float(outs[0]),
                                         mib(fwd["peak_bytes"]),
                                         fwd["time_ms"]["median"]))

    print("\n== training step (value and gradients of all %d weights)" % LAYERS)
    rows = []
    for label, module in [("no checkpointing", plain),
                          ("%d regions of %d layers"
                           % (SEGMENTS, LAYERS // SEGMENTS), regions)]:
        rep, outs = run(ckpt, module, "step")
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

    print("\n== planned by --ckpt-plan (strategy=optimal)")
    print("%-12s %14s %14s %12s %12s" % ("budget", "predicted", "measured",
                                         "est. over.", "measured over."))
    last = None
    for frac in (0.9, 0.75, 0.65):
        budget = int(base["peak_bytes"] * frac)
        planned = plain.clone()
        try:
            (plan,) = planned.plan(memory_budget=budget)["plans"]
        except ckpt.Error as e:
            errors = [l for l in str(e).splitlines() if "error:" in l]
            print("%-12s %s" % (mib(budget), (errors or ["failed"])[0]
                                .split("error: ", 1)[-1]))
            continue
        rep, _ = run(ckpt, planned, "step")
        last = (planned, budget)
        est = plan.get("estimated_overhead", float("nan"))
        print("%-12s %14s %14s %11.1f%% %11.1f%%" % (
            mib(budget), mib(plan["predicted_peak_bytes"]),
            mib(rep["peak_bytes"]), 100 * float(est),
            100 * (rep["time_ms"]["median"] / base["time_ms"]["median"] - 1)))

    try:
        import ckpt.plot
        import matplotlib  # noqa: F401
    except ImportError:
        print("\n(no matplotlib: no plots)")
        return 0
    os.makedirs(args.plots, exist_ok=True)
    print("\n== memory timelines (exact memory model, as ckpt-run measures)")
    outputs = [("no checkpointing", plain, None, "timeline-unplanned.png")]
    if last:
        outputs.append(("planned at %s" % mib(last[1]), last[0], last[1],
                        "timeline-planned.png"))
    for label, module, budget, name in outputs:
        path = os.path.join(args.plots, name)
        ckpt.plot.memory_timeline(module, budget=budget, out=path,
                                  title="residual MLP step, " + label)
        print("%-28s %s" % (label, path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
