#!/usr/bin/env python3
"""ckpt-plan's chain planner against its graph planner on U-shaped models,
measured side by side (issue #14, item 5).

For each model and memory budget, plans the step with solver=chain (the
chain planner alone) and with the default solver=auto (which takes the
graph solver's plan where it fits and recomputes less), runs the unplanned
and both planned steps in-process (the ckpt package) in interleaved rounds,
and prints a Markdown table: solver taken, recompute FLOPs, predicted and
measured peak, median step time relative to the unplanned step.

Models: ckpt.models.unet_mlp(256, [256, 128, 64, 32, 16]) without and with
two dense layers on each skip path, the same skip-path U-Net written in
PyTorch and exported through ckpt.torch (needs torch), and the skip-path
unet_mlp four times as wide and deep in batch (budgets at 0.88 and 0.94 of
its unplanned peak, as 1,400,000 and 1,500,000 B are of the small one's).

  benchmarks/graph_plan.py [--build build] [--rounds 5] [--calls 10]
"""

import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "scripts"))
from ckpt_import import import_ckpt  # noqa: E402


def torch_module(ckpt):
    import torch
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(
        __file__)), "..", "test", "python", "pytest"))
    import ckpt.torch  # noqa: F401
    from test_torch_unet import SkipUNet, loss_fn
    torch.manual_seed(0)
    model = SkipUNet([256, 128, 64, 32, 16], 2)
    x = torch.randn(256, 256)
    return ckpt.parse(ckpt.torch.compile(model, (x,), loss_fn).mlir)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default="build")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--calls", type=int, default=10)
    p.add_argument("--models", default="",
                   help="comma-separated indices of the models to run")
    a = p.parse_args()
    ckpt = import_ckpt(a.build)
    widths = [256, 128, 64, 32, 16]
    models = [
        ("unet_mlp", lambda: ckpt.parse(ckpt.models.unet_mlp(256, widths)),
         [1000000, 1200000]),
        ("unet_mlp, 2 layers per skip path",
         lambda: ckpt.parse(ckpt.models.unet_mlp(256, widths, skip_layers=2)),
         [1300000, 1400000, 1500000]),
        ("PyTorch skip-path U-Net", lambda: torch_module(ckpt),
         [1300000, 1400000, 1500000]),
        ("unet_mlp ×4 (batch 1024, widths 1024..64), 2 layers per skip path",
         lambda: ckpt.parse(ckpt.models.unet_mlp(
             1024, [1024, 512, 256, 128, 64], skip_layers=2)),
         [22376668, 23902350]),
    ]
    print("| model | budget | solver | plan | recompute FLOPs | predicted "
          "peak | measured peak | step time (× unplanned) |")
    print("|---|---|---|---|---|---|---|---|")
    if a.models:
        models = [models[int(i)] for i in a.models.split(",")]
    for name, build, budgets in models:
        plain = build()
        steps = {"unplanned": (plain.compile("step"), None)}
        for budget in budgets:
            for solver in ("chain", "auto"):
                planned = plain.clone()
                try:
                    (plan,) = planned.plan(memory_budget=budget,
                                           solver=solver)["plans"]
                except ckpt.Error as e:
                    print("| %s | %d | %s | infeasible: %s |||||" % (
                        name, budget, solver, str(e).splitlines()[0][:60]))
                    continue
                steps[(budget, solver)] = (planned.compile("step"), plan)
        inputs = plain.seeded_inputs("step", 0)
        times = {key: [] for key in steps}
        peaks = {}
        for _ in range(a.rounds):
            for key, (executable, _) in steps.items():
                result = executable.run(inputs, repeat=a.calls)
                times[key] += result.report["times_ms"]
                peaks[key] = result.peak_bytes
        base = statistics.median(times["unplanned"])
        for key, (_, plan) in steps.items():
            if plan is None:
                continue
            budget, solver = key
            text = plan["plan"]
            if len(text) > 40:
                text = text[:37] + "..."
            print("| %s | %d | %s (%s) | `%s` | %d | %d | %d | %.2f |" % (
                name, budget, plan["solver"], solver, text,
                plan["recompute_flops"], plan["predicted_peak_bytes"],
                peaks[key], statistics.median(times[key]) / base))
        print("| %s | unplanned | | | 0 | | %d | 1.00 (%.2f ms) |" % (
            name, peaks["unplanned"], base))


if __name__ == "__main__":
    main()
