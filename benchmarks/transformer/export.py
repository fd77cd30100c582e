"""Exports the pre-LN transformer stack of the memory benchmark to MLIR.

    python3 benchmarks/transformer/export.py --layers 4 --d 128 --seq 128 -o stack4.mlir
    python3 benchmarks/transformer/export.py --layers 4 \
        --mlir-opt=/usr/lib/llvm-22/bin/mlir-opt -o stack4.mlir \
        --reference=stack4.ref.json

--mlir-opt prints the module in the custom (pretty) form, ckpt ops generic;
--reference writes the torch reference of the test fixtures: the inputs of
test/Integration/CPU/Torch/Inputs/torchref.py (numpy, --seed) loaded into the
model, loss and gradients by torch.autograd in f32, summarized as torchref's
`summarize` does (loss; per gradient its norm and projections).

The model: `layers` pre-LN blocks (LayerNorm, multi-head softmax attention,
residual, LayerNorm, Linear-GELU-Linear, residual), f32, eval mode, input
[1, seq, d], loss = sum(out^2). torch-mlir's FX importer writes it as
linalg-on-tensors with every parameter lifted to a function argument; the
module gets a `@step` that differentiates `@loss` with respect to the input
and every parameter. Needs torch and torch-mlir (the pinned versions).
"""

import argparse
import json
import math
import os
import subprocess
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    """Pre-LN block: multi-head attention (with `causal`, masked as GPT-2's;
    with `sdpa`, through F.scaled_dot_product_attention instead of written
    out), residual, LayerNorm, Linear-GELU-Linear (`gelu`: F.gelu's
    `approximate`, "tanh" for GPT-2's), residual. The defaults are the
    stacks of the benchmark and of the committed fixtures."""

    def __init__(self, d, heads, ff, causal=False, gelu="none", sdpa=False):
        super().__init__()
        self.heads = heads
        self.causal = causal
        self.gelu = gelu
        self.sdpa = sdpa
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, ff)
        self.fc2 = nn.Linear(ff, d)

    def forward(self, x):
        b, s, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q = q.reshape(b, s, h, d // h).transpose(1, 2)
        k = k.reshape(b, s, h, d // h).transpose(1, 2)
        v = v.reshape(b, s, h, d // h).transpose(1, 2)
        if self.sdpa:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=self.causal)
        else:
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // h))
            if self.causal:
                visible = torch.ones(s, s, dtype=torch.bool).tril()
                att = att.masked_fill(~visible, float("-inf"))
            y = torch.softmax(att, dim=-1) @ v
        y = y.transpose(1, 2).reshape(b, s, d)
        x = x + self.proj(y)
        gelu = F.gelu(self.fc1(self.ln2(x)), approximate=self.gelu)
        return x + self.fc2(gelu)


class Stack(nn.Module):
    def __init__(self, layers, d, heads, ff):
        super().__init__()
        self.blocks = nn.ModuleList(Block(d, heads, ff) for _ in range(layers))

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


def make_model(layers, d, heads, ff, seed=0):
    torch.manual_seed(seed)
    return Stack(layers, d, heads, ff).eval()


def loss_of(out):
    return (out * out).sum()


class _Loss(nn.Module):
    """forward(x, *params) = loss_of(model(x)) with the parameters as
    arguments, so the importer lifts them instead of baking constants."""

    def __init__(self, model):
        super().__init__()
        self.model = model
        self.names = [n for n, _ in model.named_parameters()]

    def forward(self, x, *params):
        out = torch.func.functional_call(
            self.model, dict(zip(self.names, params)), (x,))
        return loss_of(out)


def export(model, x):
    """MLIR text of `@loss(x, *params)` and `@step` (ckpt.value_and_grad
    with respect to every argument)."""
    from torch_mlir import fx
    params = [p.detach() for p in model.parameters()]
    module = fx.export_and_import(_Loss(model), x, *params,
                                  output_type="linalg-on-tensors",
                                  func_name="loss")
    text = module.operation.get_asm(print_generic_op_form=True)
    return add_step(text, 1 + len(params))


def add_step(text, nargs):
    """Appends `@step` calling ckpt.value_and_grad on `@loss` to a generic
    form module, by reading @loss's signature from the text."""
    import re
    m = re.search(r'function_type = \(([^)]*)\) -> ([^,}]*?)(?:,|\s*\})',
                  text)
    if not m:
        sys.exit("export: cannot find @loss's function_type")
    ins = [t.strip() for t in _split_types(m.group(1))]
    out = m.group(2).strip()
    assert len(ins) == nargs, (len(ins), nargs)
    args = ", ".join("%%a%d" % i for i in range(nargs))
    wrt = ", ".join(str(i) for i in range(nargs))
    step = (
        '  "func.func"() <{function_type = (%s) -> (%s), sym_name = "step"}> ({\n'
        '  ^bb0(%s):\n'
        '    %%r:%d = "ckpt.value_and_grad"(%s) <{callee = @loss, wrt = array<i64: %s>}> : (%s) -> (%s)\n'
        '    "func.return"(%s) : (%s) -> ()\n'
        '  }) : () -> ()\n') % (
            ", ".join(ins), ", ".join([out] + ins),
            ", ".join("%%a%d: %s" % (i, t) for i, t in enumerate(ins)),
            nargs + 1, args, wrt, ", ".join(ins), ", ".join([out] + ins),
            ", ".join("%%r#%d" % i for i in range(nargs + 1)),
            ", ".join([out] + ins))
    end = text.rstrip().rfind("})")
    return text[:end] + step + text[end:]


def _split_types(s):
    depth, cur, out = 0, "", []
    for ch in s:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def _torchref():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "..", "test", "Integration",
                                    "CPU", "Torch", "Inputs"))
    import torchref
    return torchref


def reference(model, x, seed):
    """torchref's reference JSON (a dict) for the model: loss and gradients
    with respect to x and every parameter, on torchref's numpy inputs."""
    torchref = _torchref()
    names = [n for n, _ in model.named_parameters()]
    params = [p for _, p in model.named_parameters()]
    shapes = [(tuple(x.shape), "f32")] + [(tuple(p.shape), "f32")
                                           for p in params]
    arrays = [torch.from_numpy(a).requires_grad_(True)
              for a in torchref.make_inputs(shapes, seed)]
    out = torch.func.functional_call(model, dict(zip(names, arrays[1:])),
                                     (arrays[0],))
    loss = loss_of(out)
    grads = torch.autograd.grad(loss, arrays)
    return torchref.summarize(loss.item(), [g.numpy() for g in grads], seed)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--d", type=int, default=128)
    p.add_argument("--seq", type=int, default=128)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--ff", type=int, default=512)
    p.add_argument("-o", "--output", default="-")
    p.add_argument("--mlir-opt", help="print the module in the custom form "
                   "with this mlir-opt (--allow-unregistered-dialect)")
    p.add_argument("--reference", help="write the torch reference JSON here")
    p.add_argument("--seed", type=int, default=0,
                   help="seed of torchref's inputs for --reference")
    a = p.parse_args()
    torch.set_num_threads(2)
    model = make_model(a.layers, a.d, a.heads, a.ff)
    x = torch.randn(1, a.seq, a.d)
    text = export(model, x)
    if a.mlir_opt:
        text = subprocess.run([a.mlir_opt, "--allow-unregistered-dialect",
                               "-"], input=text, capture_output=True,
                              text=True, check=True).stdout
    if a.reference:
        ref = reference(model, x, a.seed)
        if a.mlir_opt:
            shapes = [s for s, _ in _torchref().signature(text)]
            assert shapes == [tuple(g["shape"]) for g in ref["grads"]], \
                "@loss's arguments are not x and the parameters in order"
        with open(a.reference, "w") as f:
            f.write(_torchref().dumps(ref))
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
