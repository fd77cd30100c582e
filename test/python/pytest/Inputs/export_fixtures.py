#!/usr/bin/env python3
"""Writes the torch-exported fixtures of test_fixtures.py (needs torch and
torch-mlir; the .mlir files are committed so that the tests do not):

  PYTHONPATH=build/python_packages python3 test/python/pytest/Inputs/export_fixtures.py

Each file is ckpt.torch.export's module without locations: `@loss(x,
*parameters)` as torch-mlir's FX importer writes it (linalg-on-tensors) and
`@step`, ckpt.value_and_grad of @loss with respect to every parameter. The
loss is the mean square of the first half of the output's features.
"""

import math
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

import ckpt.torch

HERE = os.path.dirname(os.path.abspath(__file__))


class ResidualMLP(nn.Module):
    def __init__(self, layers, width):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width)
                                    for _ in range(layers))

    def forward(self, x):
        for layer in self.layers:
            x = x + torch.tanh(layer(x))
        return x


class PreLNBlock(nn.Module):
    """LayerNorm, multi-head attention written out (softmax of scaled
    q k^T), residual, LayerNorm, Linear-GELU-Linear, residual; with
    `sdpa`, attention is F.scaled_dot_product_attention (causal)."""

    def __init__(self, d, heads, ff, sdpa=False):
        super().__init__()
        self.heads, self.sdpa = heads, sdpa
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
        q, k, v = (t.reshape(b, s, h, d // h).transpose(1, 2)
                   for t in (q, k, v))
        if self.sdpa:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        else:
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // h))
            y = torch.softmax(att, dim=-1) @ v
        x = x + self.proj(y.transpose(1, 2).reshape(b, s, d))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


def loss_fn(out):
    half = out[..., : out.shape[-1] // 2]
    return (half * half).mean()


FIXTURES = {
    "residual_mlp": lambda: (ResidualMLP(3, 32), torch.randn(16, 32)),
    "preln_block": lambda: (PreLNBlock(32, 4, 64), torch.randn(1, 16, 32)),
    "sdpa_block": lambda: (PreLNBlock(32, 4, 64, sdpa=True),
                           torch.randn(1, 16, 32)),
    "encoder_layer": lambda: (nn.TransformerEncoderLayer(
        32, 4, 64, dropout=0.0, batch_first=True), torch.randn(2, 8, 32)),
}


def main():
    for name, make in FIXTURES.items():
        torch.manual_seed(0)
        model, x = make()
        module = ckpt.torch.export(model.eval(), (x,), loss_fn,
                                   debug_info=False)
        path = os.path.join(HERE, name + ".mlir")
        with open(path, "w") as f:
            f.write("// %s, exported by export_fixtures.py (torch %s).\n"
                    % (name, torch.__version__.split("+")[0]))
            f.write(str(module))
        print("wrote", path)


if __name__ == "__main__":
    main()
