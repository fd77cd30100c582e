#!/usr/bin/env python3
"""CPU step time of ckpt against PyTorch (and JAX when installed), side by
side in one run, at the same thread count.

  benchmarks/cpu_step.py [--build build] [--threads N] [--rounds 8]
                         [--repeat 10] [--models mlp,transformer]

Models:
  mlp          the residual MLP h += tanh(h @ W_i), 16 layers, batch 1024,
               width 128, f32 (ckpt.models.residual_mlp); gradients of the
               16 weights.
  transformer  the pre-LN transformer stack of benchmarks/transformer (4
               layers, d=128, seq=128, ff=512, 4 heads), exported from
               PyTorch by torch-mlir; gradients of the input and every
               parameter. Needs torch and torch-mlir.

Cases: without regions, and with them. ckpt's regions are the planner's at
activation_budget=0.5; PyTorch's are torch.utils.checkpoint around each
layer (transformer) or each of 4 segments (checkpoint_sequential, MLP).
Every step (ckpt's, PyTorch's and JAX's, with and without regions) runs
in `rounds` interleaved rounds of `repeat` calls each, after one warm-up
call, so that all of them see the same phases of the machine. The table
gives, in ms, the median of all calls and, in parentheses, the best round's
median; ratios are given for both. On this VM the second core's
throughput comes and goes in phases of seconds (a step then runs at its
one-thread speed), which moves medians by up to 2x between runs; the best
round is the figure such phases disturb least, and the measured recompute
overhead (planned / unplanned - 1, next to the planner's estimate) is taken
from it. ckpt's times come from its JIT-compiled code called in-process
(compile time excluded, and reported separately). Run it on an otherwise
idle machine: threads that share cores with other jobs distort the figures
badly.
"""

import argparse
import os
import statistics
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def import_ckpt(build):
    sys.path.insert(0, os.path.join(os.path.abspath(build), "python_packages"))
    import ckpt
    return ckpt


# ------------------------------------------------------------------ ckpt

def ckpt_steps(ckpt, text, entry, budget):
    """{case: (calls(n) -> [ms], compile s, estimated overhead or None, peak
    bytes)} for the steps without and with the planner's regions."""
    out = {}
    for case in ("none", "planned"):
        module = ckpt.parse(text)
        estimate = None
        if case == "planned":
            plan = module.plan(activation_budget=budget)["plans"][0]
            estimate = plan.get("estimated_overhead")
        inputs = module.seeded_inputs(entry, 0)
        start = time.perf_counter()
        exe = module.compile(entry)
        result = exe.run(inputs)  # the first call finishes the JIT
        compile_s = time.perf_counter() - start

        def calls(n, exe=exe, inputs=inputs):
            return list(exe.run(inputs, repeat=n).report["times_ms"])
        out[case] = (calls, compile_s, estimate, result.peak_bytes)
    return out


# ---------------------------------------------------------------- PyTorch

def timed_calls(step):
    """calls(n) -> [ms] of n calls of `step` (after one warm-up)."""
    step()

    def calls(n):
        times = []
        for _ in range(n):
            start = time.perf_counter()
            step()
            times.append((time.perf_counter() - start) * 1e3)
        return times
    return calls


def torch_mlp(ckpt, layers, batch, width):
    import torch
    from torch.utils.checkpoint import checkpoint
    module = ckpt.parse(ckpt.models.residual_mlp(layers, batch, width))
    arrays = module.seeded_inputs("step", 0)
    x = torch.from_numpy(arrays[0])
    ws = [torch.from_numpy(a).requires_grad_(True) for a in arrays[1:]]

    def segment(h, *group):
        for w in group:
            h = h + torch.tanh(h @ w)
        return h

    def step(regions):
        h = x
        per = layers // 4
        for s in range(0, layers, per):
            group = ws[s:s + per]
            if regions:
                h = checkpoint(segment, h, *group, use_reentrant=False)
            else:
                h = segment(h, *group)
        loss = (h * h).sum()
        return torch.autograd.grad(loss, ws)

    return {"none": timed_calls(lambda: step(False)),
            "planned": timed_calls(lambda: step(True))}


def torch_transformer(stack):
    import torch
    from torch.utils.checkpoint import checkpoint
    sys.path.insert(0, os.path.join(HERE, "transformer"))
    import export
    layers, d, seq, ff, heads = stack
    model = export.make_model(layers, d, heads, ff)
    x = torch.randn(1, seq, d, requires_grad=True)
    params = list(model.parameters())

    def step(regions):
        h = x
        for block in model.blocks:
            h = checkpoint(block, h, use_reentrant=False) if regions \
                else block(h)
        return torch.autograd.grad(export.loss_of(h), [x] + params)

    return {"none": timed_calls(lambda: step(False)),
            "planned": timed_calls(lambda: step(True))}


def interleave(steps, rounds, per_round):
    """Runs `rounds` rounds of `per_round` calls of every step in turn, so
    that each sees the same phases of the machine. {name: (median of all
    calls, best round's median)} in ms."""
    times = {name: [] for name in steps}
    best = {name: float("inf") for name in steps}
    for _ in range(rounds):
        for name, calls in steps.items():
            t = calls(per_round)
            times[name] += t
            best[name] = min(best[name], statistics.median(t))
    return {name: (statistics.median(times[name]), best[name])
            for name in steps}


def transformer_text(stack):
    import torch
    sys.path.insert(0, os.path.join(HERE, "transformer"))
    import export
    layers, d, seq, ff, heads = stack
    model = export.make_model(layers, d, heads, ff)
    return export.export(model, torch.zeros(1, seq, d))


# -------------------------------------------------------------------- JAX

def jax_mlp(layers, batch, width):
    try:
        import jax
        import jax.numpy as jnp
    except ImportError:
        return None
    rng = np.random.default_rng(0)
    x = jnp.asarray(rng.uniform(-1, 1, (batch, width)).astype(np.float32))
    ws = [jnp.asarray(rng.uniform(-1, 1, (width, width)).astype(np.float32))
          for _ in range(layers)]

    def loss(ws, x, regions):
        h = x
        layer = (lambda h, w: h + jnp.tanh(h @ w))
        if regions:
            layer = jax.checkpoint(layer)
        for w in ws:
            h = layer(h, w)
        return jnp.sum(h * h)

    out = {}
    for case, regions in (("none", False), ("planned", True)):
        grad = jax.jit(jax.grad(lambda ws, x: loss(ws, x, regions)))
        out[case] = timed_calls(
            lambda grad=grad: jax.block_until_ready(grad(ws, x)))
    return out


# ------------------------------------------------------------------ table

def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--repeat", type=int, default=10,
                   help="calls of each step per round")
    p.add_argument("--models", default="mlp,transformer")
    p.add_argument("--budget", type=float, default=0.5,
                   help="ckpt's activation budget for the planned case")
    a = p.parse_args()
    ckpt = import_ckpt(a.build)
    ckpt.set_threads(a.threads)
    try:
        import torch
        torch.set_num_threads(a.threads)
    except ImportError:
        torch = None

    rows = []
    models = a.models.split(",")
    for model in models:
        if model == "mlp":
            name = "residual MLP 16x1024x128"
            layers, batch, width = 16, 1024, 128
            c = ckpt_steps(ckpt, ckpt.models.residual_mlp(layers, batch, width),
                           "step", a.budget)
            t = torch_mlp(ckpt, layers, batch, width) if torch else None
            j = jax_mlp(layers, batch, width)
        elif model == "transformer":
            if torch is None:
                sys.exit("the transformer needs torch and torch-mlir")
            name = "transformer 4L d128 s128"
            stack = (4, 128, 128, 512, 4)
            c = ckpt_steps(ckpt, transformer_text(stack), "step", a.budget)
            t = torch_transformer(stack)
            j = None
        else:
            sys.exit("unknown model %r (mlp, transformer)" % model)
        steps = {("ckpt", case): c[case][0] for case in c}
        for frame, calls in (("torch", t), ("jax", j)):
            for case in (calls or {}):
                steps[(frame, case)] = calls[case]
        rows.append((name, c, interleave(steps, a.rounds, a.repeat)))

    print("threads: %d, %d interleaved rounds of %d calls of each step; "
          "ms: median of all calls (best round's median)"
          % (a.threads, a.rounds, a.repeat))
    print("| model | case | ckpt ms | PyTorch ms | ckpt / PyTorch | JAX ms "
          "| ckpt compile s | ckpt peak B | overhead measured / estimated |")
    print("|---|---|---|---|---|---|---|---|---|")

    def cell(times, key):
        if key not in times:
            return "-"
        return "%.1f (%.1f)" % times[key]

    def ratio(times, case):
        if ("torch", case) not in times:
            return "-"
        (cm, cb), (tm, tb) = times[("ckpt", case)], times[("torch", case)]
        return "%.2f (%.2f)" % (cm / tm, cb / tb)

    for name, c, times in rows:
        for case in ("none", "planned"):
            _, compile_s, estimate, peak = c[case]
            over = ""
            if case == "planned" and estimate is not None:
                measured = (times[("ckpt", "planned")][1] /
                            times[("ckpt", "none")][1] - 1)
                over = "%+.1f%% / %+.1f%%" % (measured * 100, estimate * 100)
            print("| %s | %s | %s | %s | %s | %s | %.1f | %d | %s |" % (
                name, "regions" if case == "planned" else "none",
                cell(times, ("ckpt", case)), cell(times, ("torch", case)),
                ratio(times, case), cell(times, ("jax", case)), compile_s,
                peak, over))


if __name__ == "__main__":
    main()
