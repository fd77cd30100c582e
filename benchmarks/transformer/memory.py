#!/usr/bin/env python3
"""Peak bytes of one training step of the pre-LN transformer stacks: ckpt
against PyTorch (CPU, f32, batch 1, 4 heads).

    /root/tvenv/bin/python benchmarks/transformer/memory.py \\
        [--jit=4x128] [--json=out.json]

ckpt runs in-process through the `ckpt` package (build/python_packages,
or the one on PYTHONPATH); the export needs torch and torch-mlir.

Step = loss(model(x)) = sum(out^2), then the gradients of x and of every
parameter (what ckpt's @step returns: loss and 1 + #params gradients). The
inputs are test/Integration/CPU/Torch/Inputs/torchref.py's (numpy, seed 0),
the same on both sides.

Cases, for each stack:
  none   no checkpointing.
  layer  checkpoint per layer. PyTorch: torch.utils.checkpoint around each
         block (use_reentrant=False): every block's forward runs again in
         the backward (L layers recomputed). ckpt: --ckpt-plan="strategy=
         uniform segments=L"; the last segment is not wrapped (its backward
         follows its forward), so L-1 regions; whether each region is one
         layer is checked from the report (a layer-aligned region's inputs
         are the residual stream and that layer's parameters).
  budget ckpt planned with memory-budget = PyTorch's 'layer' peak.

Memory, the docs/Interface.md definition on both sides: heap bytes allocated
during the step and not freed, at their peak, including the loss and all gradients,
excluding what existed before (parameters, input).
  PyTorch: the LD_PRELOAD tracker (alloctrack.c, through alloctrack.py)
    counts malloc_usable_size of every live malloc/calloc/realloc/memalign/
    posix_memalign/aligned_alloc block; the figure is its peak minus the live
    bytes at the step's start, after a warm-up step; the median of 3 steps.
    It counts everything the process mallocs meanwhile (autograd nodes,
    Python objects on malloc), not only tensors.
  ckpt: the peak_bytes the package's JIT measures (as ckpt-run does; "run")
    for the stacks in --jit; for the others ("exact") the exact memory
    model's peak of the (planned) module (ckpt.plot.timeline, as
    --ckpt-memory-report), which equals the measured peak (checked by the
    lit tests and by the 'run' cells). The plan's own prediction is shown
    beside it, "(model)" where the planner did not check it exactly.
Recompute: layers' forwards re-executed in the backward. ckpt's is the
plan's recompute_flops over one layer's forward FLOPs (the per-layer
plan's recompute_flops / (L-1)); PyTorch's is counted from the schedule.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "test", "Integration", "CPU", "Torch",
                                "Inputs"))
from ckpt_import import import_ckpt  # noqa: E402
import alloctrack  # noqa: E402

# (layers, d, seq, ff); 4 heads.
STACKS = [(4, 128, 128, 512), (12, 128, 128, 512), (12, 256, 256, 1024)]
HEADS = 4


def name(stack):
    return "%dx%d" % (stack[0], stack[1]) + ("" if stack[1:] == (128, 128, 512)
                                             else "s%dff%d" % stack[2:])


def label(stack):
    return "%d layers, d=%d, seq=%d, ff=%d" % stack


# ---------------------------------------------------------------- PyTorch

def torch_peaks(stack, mode, repeat=3):
    """Runs in the child process that has the tracker preloaded."""
    import torch
    from torch.utils.checkpoint import checkpoint
    import export
    import torchref
    heap = alloctrack.Heap()
    torch.set_num_threads(2)
    layers, d, seq, ff = stack
    model = export.make_model(layers, d, HEADS, ff)
    params = list(model.parameters())
    shapes = [((1, seq, d), "f32")] + [(tuple(p.shape), "f32") for p in params]
    arrays = torchref.make_inputs(shapes)
    with torch.no_grad():
        for p, a in zip(params, arrays[1:]):
            p.copy_(torch.from_numpy(a))
    x = torch.from_numpy(arrays[0]).requires_grad_(True)

    def step():
        if mode == "layer":
            h = x
            for block in model.blocks:
                h = checkpoint(block, h, use_reentrant=False)
        else:
            h = model(x)
        loss = export.loss_of(h)
        return loss, torch.autograd.grad(loss, [x] + params)

    loss = step()[0].item()
    measured = heap.peaks(step, repeat)
    grads = sum(a.nbytes for a in arrays)
    return {"peak": measured["peak"], "peaks": measured["peaks"],
            "kept_after_step": measured["kept"], "grad_bytes": grads,
            "loss": loss, "tracker_64MiB": heap.calibration,
            "recompute_layers": layers if mode == "layer" else 0}


def pytorch(stack, mode, tracker):
    try:
        return alloctrack.run(tracker, [__file__, "--child",
                                        json.dumps([list(stack), mode])])
    except alloctrack.Error as e:
        sys.exit("memory.py: PyTorch %s %s failed: %s"
                 % (label(stack), mode, e))


# ------------------------------------------------------------------- ckpt

class Failed(Exception):
    pass


def first_error(error):
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    return ([l for l in lines if "error:" in l] or lines
            or ["(no message)"])[0][:300]


def ckpt_module(args, stack, workdir):
    path = os.path.join(workdir, "stack%s.mlir" % name(stack))
    if not os.path.exists(path):
        layers, d, seq, ff = stack
        subprocess.run([sys.executable, os.path.join(HERE, "export.py"),
                        "--layers", str(layers), "--d", str(d), "--seq",
                        str(seq), "--heads", str(HEADS), "--ff", str(ff),
                        "--mlir-opt", args.mlir_opt, "-o", path], check=True)
    return path


def ckpt_run(module, path):
    """ckpt's measured peak: the step JIT-compiled and called in-process on
    torchref's inputs (numpy, seed 0)."""
    import torchref
    shapes = torchref.signature(open(path).read())
    inputs = torchref.make_inputs(shapes, 0)
    return module.compile("step").run(inputs).peak_bytes


def exact_report(module):
    """The exact memory model's peak of @step (equal to the measured one)."""
    ckpt = import_ckpt()
    import ckpt.plot
    _, peak, exact = ckpt.plot.timeline(module, "step")
    if not exact:
        raise Failed("no exact memory report for @step")
    return peak


def ckpt_case(args, stack, path, case, budget):
    """{"peak", "source", "regions", "aligned", "recompute_flops", ...} or
    {"error"}."""
    ckpt = import_ckpt()
    jit = name(stack) in args.jit
    layers, d, seq, ff = stack
    cell = {}
    try:
        module = ckpt.Module.load(path)
        if case == "none":
            cell.update(predicted=exact_report(module), exact=True,
                        regions=0, recompute_flops=0)
            planned = module
        else:
            planned = module.clone()
            options = ({"strategy": "uniform", "segments": layers}
                       if case == "layer" else {"memory_budget": budget})
            plan = planned.plan(**options)["plans"][0]
            layer_inputs = 4 * (seq * d + 4 * d + 3 * d * d + 3 * d + d * d
                                + d + 2 * d * ff + ff + d)
            cell.update(
                predicted=plan["predicted_peak_bytes"],
                exact=bool(plan.get("exact")),
                budget=plan["budget_bytes"],
                plan=plan.get("plan"),
                regions=len(plan["regions"]),
                region_ops=[r["ops"] for r in plan["regions"]],
                aligned=sum(r["inputs_bytes"] == layer_inputs
                            and r["depth"] == 0 for r in plan["regions"]),
                recompute_flops=plan["recompute_flops"])
        if jit:
            cell.update(peak=ckpt_run(planned, path), source="run")
        else:
            cell.update(peak=exact_report(planned), source="exact")
    except (ckpt.Error, Failed) as e:
        cell["error"] = first_error(e)
    return cell


# ------------------------------------------------------------------ table

def fmt(n):
    return "{:,}".format(n) if isinstance(n, int) else "-"


def table(rows):
    out = ["| stack | case | PyTorch peak B | ckpt peak B | ckpt / PyTorch "
           "| ckpt source | plan's prediction B | recomputed layers "
           "PyTorch / ckpt | ckpt regions (layer-aligned) |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c, t = r["ckpt"], r["pytorch"]
        if "error" in c:
            out.append("| %s | %s | %s | fails: %s | | | | %s / - | |" % (
                r["label"], r["case"], fmt(t.get("peak")), c["error"],
                t.get("recompute_layers", "-")))
            continue
        ratio = ("%.2f" % (c["peak"] / t["peak"])
                 if c.get("peak") and t.get("peak") else "-")
        rec = c.get("recompute_layers")
        pred = ("-" if r["case"] == "none" else fmt(c["predicted"])
                + ("" if c.get("exact") else " (model)"))
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s |" % (
            r["label"], r["case"], fmt(t.get("peak")), fmt(c.get("peak")),
            ratio, c["source"], pred, t.get("recompute_layers", "-"),
            "-" if rec is None else "%.2f" % rec,
            "%d (%d)" % (c["regions"], c.get("aligned", 0)) if c["regions"]
            else "0"))
    return "\n".join(out)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--child")
    p.add_argument("--mlir-opt", default="/usr/lib/llvm-22/bin/mlir-opt")
    p.add_argument("--jit", default="4x128",
                   help="comma-separated stacks (4x128, 12x128, "
                   "12x256s256ff1024) whose ckpt peaks ckpt-run measures")
    p.add_argument("--stacks", help="comma-separated subset of the stacks")
    p.add_argument("--workdir")
    p.add_argument("--json")
    args = p.parse_args()
    if args.child:
        stack, mode = json.loads(args.child)
        print(json.dumps(torch_peaks(tuple(stack), mode)))
        return 0
    args.jit = [s for s in args.jit.split(",") if s]
    workdir = args.workdir or tempfile.mkdtemp(prefix="ckpt-transformer")
    os.makedirs(workdir, exist_ok=True)
    tracker = alloctrack.build(workdir)
    stacks = [s for s in STACKS
              if not args.stacks or name(s) in args.stacks.split(",")]
    rows = []
    for stack in stacks:
        module = ckpt_module(args, stack, workdir)
        torch_none = pytorch(stack, "none", tracker)
        torch_layer = pytorch(stack, "layer", tracker)
        cells = {}
        for case, t in (("none", torch_none), ("layer", torch_layer),
                        ("budget", torch_layer)):
            c = ckpt_case(args, stack, module, case, torch_layer["peak"])
            cells[case] = c
            rows.append({"stack": list(stack), "label": label(stack),
                         "case": case if case != "budget" else
                         "budget = PyTorch per-layer peak",
                         "pytorch": t if case != "budget" else {
                             "peak": t["peak"], "recompute_layers": "-"},
                         "ckpt": c})
            print(table(rows[-1:]).splitlines()[-1], flush=True)
        per_layer = cells["layer"].get("recompute_flops")
        if per_layer and stack[0] > 1:
            for c in cells.values():
                if "recompute_flops" in c:
                    c["recompute_layers"] = c["recompute_flops"] / (
                        per_layer / (stack[0] - 1))
    text = table(rows)
    print()
    print(text)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
