#!/usr/bin/env python3
"""CPU step time of ckpt against PyTorch (and JAX when installed), side by
side in one run, at the same thread count.

  benchmarks/cpu_step.py [--build build] [--threads N] [--repeat 20]
                         [--models mlp,transformer]

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
For ckpt's planned step the table also gives the planner's estimated
recompute overhead next to the measured one (planned time / unplanned time
- 1, from the best of 8 interleaved rounds of 10 calls of each step: single
calls vary too much on a shared VM for medians to resolve a few points).

Times are medians of `repeat` steps after one warm-up, in ms; ckpt's come
from its JIT-compiled code called in-process (compile time excluded, and
reported separately). Run it on an otherwise idle machine: threads that
share cores with other jobs distort the figures badly.
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

def ckpt_times(ckpt, text, entry, budget, repeat, rounds=8):
    """{case: (median ms, compile s, estimated overhead or None, peak bytes,
    best ms)}. The best time is the least of `rounds` interleaved runs of
    both steps (10 calls each): the measured overhead is taken from those,
    as single calls on this VM vary by up to 50% (a median can land on a
    slow phase of one step and not the other)."""
    out = {}
    exes = {}
    for case in ("none", "planned"):
        module = ckpt.parse(text)
        estimate = None
        if case == "planned":
            plan = module.plan(activation_budget=budget)["plans"][0]
            estimate = plan.get("estimated_overhead")
        inputs = module.seeded_inputs("step", 0)
        start = time.perf_counter()
        exe = module.compile("step")
        exe.run(inputs)  # the first call finishes the JIT
        compile_s = time.perf_counter() - start
        result = exe.run(inputs, repeat=repeat)
        out[case] = [result.time_ms["median"], compile_s, estimate,
                     result.peak_bytes, result.time_ms["min"]]
        exes[case] = (exe, inputs)
    for _ in range(rounds):
        for case, (exe, inputs) in exes.items():
            best = exe.run(inputs, repeat=10).time_ms["min"]
            out[case][4] = min(out[case][4], best)
    return {case: tuple(v) for case, v in out.items()}


# ---------------------------------------------------------------- PyTorch

def torch_time(step, repeat):
    step()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def torch_mlp(ckpt, layers, batch, width, repeat):
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

    return {"none": torch_time(lambda: step(False), repeat),
            "planned": torch_time(lambda: step(True), repeat)}


def torch_transformer(repeat, stack):
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

    return {"none": torch_time(lambda: step(False), repeat),
            "planned": torch_time(lambda: step(True), repeat)}


def transformer_text(stack):
    import torch
    sys.path.insert(0, os.path.join(HERE, "transformer"))
    import export
    layers, d, seq, ff, heads = stack
    model = export.make_model(layers, d, heads, ff)
    return export.export(model, torch.zeros(1, seq, d))


# -------------------------------------------------------------------- JAX

def jax_mlp(layers, batch, width, repeat):
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
        out[case] = torch_time(
            lambda: jax.block_until_ready(grad(ws, x)), repeat)
    return out


# ------------------------------------------------------------------ table

def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--repeat", type=int, default=20)
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
    if "mlp" in models:
        layers, batch, width = 16, 1024, 128
        text = ckpt.models.residual_mlp(layers, batch, width)
        c = ckpt_times(ckpt, text, "step", a.budget, a.repeat)
        t = torch_mlp(ckpt, layers, batch, width, a.repeat) if torch else None
        j = jax_mlp(layers, batch, width, a.repeat)
        rows.append(("residual MLP 16x1024x128", c, t, j))
    if "transformer" in models:
        if torch is None:
            sys.exit("the transformer needs torch and torch-mlir")
        stack = (4, 128, 128, 512, 4)
        text = transformer_text(stack)
        c = ckpt_times(ckpt, text, "step", a.budget, a.repeat)
        t = torch_transformer(a.repeat, stack)
        rows.append(("transformer 4L d128 s128", c, t, None))

    print("threads: %d, repeat: %d, median step ms" % (a.threads, a.repeat))
    print("| model | case | ckpt ms | PyTorch ms | ckpt / PyTorch | JAX ms "
          "| ckpt compile s | ckpt peak B | overhead measured / estimated |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, c, t, j in rows:
        base = c["none"][4]
        for case in ("none", "planned"):
            ms, compile_s, estimate, peak, best = c[case]
            tm = t[case] if t else None
            over = ""
            if case == "planned" and estimate is not None:
                over = "%+.1f%% / %+.1f%%" % ((best / base - 1) * 100,
                                              estimate * 100)
            print("| %s | %s | %.1f | %s | %s | %s | %.1f | %d | %s |" % (
                name, "regions" if case == "planned" else "none", ms,
                "%.1f" % tm if tm else "-",
                "%.2f" % (ms / tm) if tm else "-",
                "%.1f" % j[case] if j else "-", compile_s, peak, over))


if __name__ == "__main__":
    main()
