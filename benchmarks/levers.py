#!/usr/bin/env python3
"""The memory levers alone and combined: checkpoint regions (--ckpt-plan),
mixed precision (--ckpt-mixed-precision) and micro-batches
(--ckpt-microbatch), on the residual MLP and a transformer block.

    PYTHONPATH=build/python_packages python3 benchmarks/levers.py [--repeat 5]

For each model and lever set prints one markdown table row: the measured
peak_bytes of the step, the memory model's prediction, the planner's
estimated overhead (of its regions over the step it planned; for
microbatch=auto, which chooses micro-batches and regions together below
the least peak of regions alone, of the planned step over the step as
given), the measured median step time, and the largest relative
2-norm error of loss and gradients against the plain f32 step. The row
"none, matmuls as loops" is the f32 step without the BLAS calls, the
baseline for the bf16/f16 times (their mixed-type matmuls run as loops).

The transformer block is exported from PyTorch by
benchmarks/transformer/export.py (needs torch and torch-mlir); without them
only the MLP is measured.
"""

import argparse
import os
import re
import sys

import numpy as np

import ckpt
import ckpt.models
import ckpt.plot

HERE = os.path.dirname(os.path.abspath(__file__))

LEVERS = [
    ("none", []),
    ("none, matmuls as loops", ["loops"]),
    ("regions", ["plan"]),
    ("bf16", ["bf16"]),
    ("f16", ["f16"]),
    ("micro-batches", ["mb"]),
    ("regions + bf16", ["bf16", "plan"]),
    ("regions + micro-batches", ["mb", "plan"]),
    ("bf16 + micro-batches", ["mb", "bf16"]),
    ("all three", ["mb", "bf16", "plan"]),
    ("microbatch=auto at 0.9x regions-only floor", ["auto", 0.9]),
    ("microbatch=auto at 0.4x regions-only floor", ["auto", 0.4]),
]


def auto_budget(keys, floor):
    """The bytes of an "auto" row: its fraction of the regions-only floor."""
    return int(keys[1] * floor) if "auto" in keys else None


def passes(keys, count, budget, floor=None):
    """Pass pipelines in the order they must run: split, lower, plan."""
    text = {
        # Micro-batches and regions chosen together, below what regions
        # alone reach.
        "auto": "ckpt-plan{memory-budget=%s microbatch=auto batch-args=0 "
                "reduction=sum}" % auto_budget(keys, floor),
        "mb": "ckpt-microbatch{count=%d batch-args=0 reduction=sum}" % count,
        "bf16": "ckpt-mixed-precision{dtype=bf16}",
        # Sum-of-squares losses over a batch have gradients beyond f16's
        # range (65504): a loss scale below 1 keeps them in it.
        "f16": "ckpt-mixed-precision{dtype=f16 loss-scale=0.00390625}",
        "plan": "ckpt-plan{activation-budget=%g}" % budget,
    }
    return [text[k] for k in keys if isinstance(k, str) and k in text]


def transformer_block(batch, seq, d, heads, ff):
    sys.path.insert(0, os.path.join(HERE, "transformer"))
    import torch
    import export
    torch.manual_seed(0)
    model = export.make_model(1, d, heads, ff)
    x = torch.randn(batch, seq, d)
    return export.export(model, x)


def regions_floor(module):
    """The least peak ckpt-plan reaches with regions alone."""
    reports = module.clone().run(
        "builtin.module(ckpt-plan{activation-budget=0})")
    return reports[0]["plans"][0]["budget_bytes"]


def measure(name, text, count, budget, repeat, only=None):
    base = ckpt.Module.parse(text)
    base.run("builtin.module(ckpt-normalize)")
    inputs = base.seeded_inputs("step", 0)
    ref = base.compile("step").run(inputs, repeat=repeat)
    rows = []
    floor = None
    for label, keys in LEVERS:
        if only and label not in only:
            continue
        if "auto" in keys and floor is None:
            floor = regions_floor(base)
        module = base.clone()
        overhead = None
        try:
            for p in passes(keys, count, budget, floor):
                reports = module.run("builtin.module(%s)" % p)
                if p.startswith("ckpt-plan") and reports:
                    plan = reports[0]["plans"][0]
                    overhead = plan["estimated_overhead"]
                    if "auto" in keys:
                        label = "%s (%d B): K=%d, %d regions" % (
                            label, plan["budget_bytes"], plan["microbatch"],
                            len(plan["regions"]))
        except ckpt.Error as e:
            # An infeasible budget: the row says what the planner could do.
            least = re.search(r"least peak of the plans weighed is (\d+) "
                              r"bytes, with (\d+) micro-batches", str(e))
            print("| %s | %s (%d B): infeasible%s | - | - | - | - | - |" % (
                name, label, auto_budget(keys, floor), "" if not least else
                " (least with micro-batches: %s B at K=%s)" % least.groups()),
                flush=True)
            continue
        _, predicted, exact = ckpt.plot.timeline(module, "step")
        pipeline = ("builtin.module(ckpt-lower-to-cpu{blas=false})"
                    if "loops" in keys else None)
        result = ref if not keys else module.compile(
            "step", pipeline=pipeline).run(inputs, repeat=repeat)
        err = 0.0
        for a, b in zip(ref.outputs, result.outputs):
            a = np.asarray(a, np.float64)
            b = np.asarray(b, np.float64)
            err = max(err, np.linalg.norm(b - a) / max(np.linalg.norm(a),
                                                       1e-30))
        rows.append((name, label, result.peak_bytes, predicted, exact,
                     overhead, result.time_ms["median"], err))
        print("| %s | %s | %d | %d%s | %s | %.2f | %.1e |" % (
            name, label, result.peak_bytes, predicted,
            "" if exact else " (not exact)",
            "-" if overhead is None else "%.1f%%" % (100 * overhead),
            result.time_ms["median"], err), flush=True)
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--count", type=int, default=4,
                   help="micro-batches K")
    p.add_argument("--budget", type=float, default=0.25,
                   help="activation-budget of ckpt-plan")
    p.add_argument("--only", action="append",
                   help="measure only the rows with this label")
    a = p.parse_args()
    print("| model | levers | peak_bytes | predicted | est. recompute "
          "overhead | median ms | max rel. error vs f32 |")
    print("|---|---|---|---|---|---|---|")
    mlp = ckpt.models.residual_mlp(16, 256, 128, 0)
    measure("residual MLP 16x(256x128)", mlp, a.count, a.budget, a.repeat,
            a.only)
    try:
        block = transformer_block(16, 64, 64, 4, 256)
    except ImportError as e:
        print("(transformer block skipped: %s)" % e)
        return 0
    measure("transformer block (16x64x64)", block, a.count, a.budget,
            a.repeat, a.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
