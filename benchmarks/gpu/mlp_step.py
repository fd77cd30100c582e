#!/usr/bin/env python3
"""Training-step time and peak device memory of an MLP on the GPU, with and
without checkpointing, through ckpt; and PyTorch eager with and without
torch.utils.checkpoint on the same segments when torch is importable.

The model: h_{i+1} = tanh(h_i @ W_i) for `layers` layers, loss = sum(h^2);
one step = loss and the gradients of all weights. The checkpointed variant
wraps every `segment` consecutive layers in a ckpt.checkpoint region.

ckpt runs in-process through the `ckpt` package (target="cuda"): the
importable one, else BUILD/python_packages.

usage: mlp_step.py [--build BUILD] [--batch 512 --width 1024 --layers 16
                   --segment 4 --repeat 20] [--json out.json]
Prints one JSON object per configuration, then nothing else.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "scripts"))
from ckpt_import import DEFAULT_BUILD, import_ckpt  # noqa: E402


def layer(lines, h, w, zero, width, batch, out, ind):
    lines += [
        f"{ind}%{out}_e = tensor.empty() : tensor<{batch}x{width}xf32>",
        f"{ind}%{out}_f = linalg.fill ins(%{zero} : f32) outs(%{out}_e : tensor<{batch}x{width}xf32>) -> tensor<{batch}x{width}xf32>",
        f"{ind}%{out}_m = linalg.matmul ins(%{h}, %{w} : tensor<{batch}x{width}xf32>, tensor<{width}x{width}xf32>) outs(%{out}_f : tensor<{batch}x{width}xf32>) -> tensor<{batch}x{width}xf32>",
        f"{ind}%{out} = math.tanh %{out}_m : tensor<{batch}x{width}xf32>",
    ]


def model(batch, width, layers, segment):
    """MLIR text of @loss and @main (value_and_grad over all weights)."""
    act = f"tensor<{batch}x{width}xf32>"
    wt = f"tensor<{width}x{width}xf32>"
    args = ", ".join([f"%x: {act}"] + [f"%w{i}: {wt}" for i in range(layers)])
    lines = [f"func.func @loss({args}) -> tensor<f32> {{",
             "  %zero = arith.constant 0.0 : f32"]
    h = "x"
    i = 0
    while i < layers:
        n = min(segment, layers - i) if segment else layers - i
        if segment:
            ops = [h] + [f"w{j}" for j in range(i, i + n)]
            types = [act] + [wt] * n
            lines.append(
                f"  %s{i} = ckpt.checkpoint ({', '.join('%' + o for o in ops)}) "
                f": ({', '.join(types)}) -> {act} {{")
            lines.append("  ^bb0(" + ", ".join(
                f"%b{i}_{k}: {t}" for k, t in enumerate(types)) + "):")
            lines.append(f"    %zero{i} = arith.constant 0.0 : f32")
            inner = f"b{i}_0"
            for k in range(n):
                layer(lines, inner, f"b{i}_{k + 1}", f"zero{i}", width, batch,
                      f"l{i + k}", "    ")
                inner = f"l{i + k}"
            lines.append(f"    ckpt.yield %{inner} : {act}")
            lines.append("  }")
            h = f"s{i}"
        else:
            for k in range(n):
                layer(lines, h, f"w{i + k}", "zero", width, batch, f"l{i + k}",
                      "  ")
                h = f"l{i + k}"
        i += n
    lines += [
        f"  %sq = arith.mulf %{h}, %{h} : {act}",
        "  %se = tensor.empty() : tensor<f32>",
        "  %sf = linalg.fill ins(%zero : f32) outs(%se : tensor<f32>) -> tensor<f32>",
        f"  %l = linalg.reduce ins(%sq : {act}) outs(%sf : tensor<f32>) dimensions = [0, 1]",
        "    (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32",
        "      linalg.yield %r : f32 }",
        "  return %l : tensor<f32>",
        "}",
    ]
    operands = ", ".join(["%x"] + [f"%w{i}" for i in range(layers)])
    types = ", ".join([act] + [wt] * layers)
    wrt = ", ".join(str(i + 1) for i in range(layers))
    grads = ", ".join([wt] * layers)
    names = ", ".join(f"%g{i}" for i in range(layers))
    lines += [
        f"func.func @main({args}) -> (tensor<f32>, {grads}) {{",
        f"  %l, {names} = ckpt.value_and_grad @loss({operands}) wrt [{wrt}] "
        f": ({types}) -> (tensor<f32>, {grads})",
        f"  return %l, {names} : tensor<f32>, {grads}",
        "}",
    ]
    return "\n".join(lines) + "\n"


def run_ckpt(ckpt, text, repeat):
    """Median time and device peak of the differentiated step on the GPU,
    arguments from seed 0 (as ckpt-run --seed=0)."""
    module = ckpt.parse(text)
    module.run("ckpt-autodiff")
    step = module.compile("main", target="cuda")
    result = step.run(module.seeded_inputs("main", 0), repeat=repeat)
    return result.time_ms["median"], result.peak_bytes


def run_torch(batch, width, layers, segment, repeat):
    import torch
    from torch.utils.checkpoint import checkpoint

    dev = torch.device("cuda")
    g = torch.Generator(device="cpu").manual_seed(0)
    x = (torch.rand(batch, width, generator=g) * 2 - 1).to(dev)
    ws = [((torch.rand(width, width, generator=g) * 2 - 1) / width ** 0.5)
          .to(dev).requires_grad_() for _ in range(layers)]

    def seg(h, *w):
        for wi in w:
            h = torch.tanh(h @ wi)
        return h

    def step():
        h = x
        if segment:
            for i in range(0, layers, segment):
                h = checkpoint(seg, h, *ws[i:i + segment], use_reentrant=False)
        else:
            h = seg(h, *ws)
        loss = (h * h).sum()
        return torch.autograd.grad(loss, ws)

    step()
    torch.cuda.synchronize()
    times = []
    base = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    for _ in range(repeat):
        start = torch.cuda.Event(enable_timing=True)
        stop = torch.cuda.Event(enable_timing=True)
        start.record()
        step()
        stop.record()
        stop.synchronize()
        times.append(start.elapsed_time(stop))
    times.sort()
    return times[len(times) // 2], torch.cuda.max_memory_allocated() - base


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=DEFAULT_BUILD)
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--width", type=int, default=1024)
    p.add_argument("--layers", type=int, default=16)
    p.add_argument("--segment", type=int, default=4)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--json", help="also write all results to this file")
    a = p.parse_args()
    ckpt = import_ckpt(a.build)
    results = []
    for name, segment in (("none", 0), (f"every {a.segment}", a.segment)):
        row = {"checkpointing": name, "batch": a.batch, "width": a.width,
               "layers": a.layers}
        try:
            row["ckpt_ms"], row["ckpt_peak_bytes"] = run_ckpt(
                ckpt, model(a.batch, a.width, a.layers, segment), a.repeat)
        except Exception as e:  # report and go on: the table says what failed
            row["ckpt_error"] = str(e).splitlines()[0][:200]
        try:
            row["torch_ms"], row["torch_peak_bytes"] = run_torch(
                a.batch, a.width, a.layers, segment, a.repeat)
        except Exception as e:
            row["torch_error"] = str(e).splitlines()[0][:200]
        print(json.dumps(row), flush=True)
        results.append(row)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
