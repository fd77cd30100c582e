#!/usr/bin/env python3
"""Writes the torch-exported fixtures of test_fixtures.py (needs torch and
torch-mlir; the .mlir files are committed so that the tests do not):

  PYTHONPATH=build/python_packages python3 test/python/pytest/Inputs/export_fixtures.py

Each file is ckpt.torch.export's module without locations: `@loss(x,
*parameters)` as torch-mlir's FX importer writes it (linalg-on-tensors) and
`@step`, ckpt.value_and_grad of @loss with respect to every parameter. The
loss is the mean square of the first half of the output's features.
"""

import os
import sys

import torch
import torch.nn as nn

import ckpt.torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
# The pre-LN block of the transformer benchmark (hand-written attention, or
# F.scaled_dot_product_attention, causal, with sdpa=True).
sys.path.insert(0, os.path.join(ROOT, "benchmarks", "transformer"))
from export import Block  # noqa: E402


class ResidualMLP(nn.Module):
    def __init__(self, layers, width):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width)
                                    for _ in range(layers))

    def forward(self, x):
        for layer in self.layers:
            x = x + torch.tanh(layer(x))
        return x


def loss_fn(out):
    half = out[..., : out.shape[-1] // 2]
    return (half * half).mean()


FIXTURES = {
    "residual_mlp": lambda: (ResidualMLP(3, 32), torch.randn(16, 32)),
    "preln_block": lambda: (Block(32, 4, 64), torch.randn(1, 16, 32)),
    "sdpa_block": lambda: (Block(32, 4, 64, causal=True, sdpa=True),
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
