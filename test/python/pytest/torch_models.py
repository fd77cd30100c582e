"""The models of test_torch.py, shared with torch_peaks.py (the child that
measures PyTorch's heap): each case is built from the same seed in both
processes, so both measure the same weights and inputs.

Importing it puts benchmarks/transformer on sys.path: the GPT-2 block is
export.Block (the benchmark's block, causal and with tanh-GELU), and
alloctrack measures PyTorch's heap."""

import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "benchmarks", "transformer"))
from export import Block  # noqa: E402

nn = torch.nn
F = torch.nn.functional


class MLP(nn.Module):
    """Two Linear layers with a ReLU between them."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))

    def layers(self):
        return [lambda x: F.relu(self.fc1(x)), self.fc2]


class GPT(nn.Module):
    """GPT-2's stack: pre-LN blocks of causal multi-head attention (view,
    transpose, masked softmax) and a tanh-GELU MLP of width 4d, then a
    final LayerNorm."""

    def __init__(self, blocks, d, heads):
        super().__init__()
        self.blocks = nn.ModuleList(
            Block(d, heads, 4 * d, causal=True, gelu="tanh")
            for _ in range(blocks))
        self.ln_f = nn.LayerNorm(d)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return self.ln_f(x)

    def layers(self):
        return list(self.blocks) + [self.ln_f]


def encoder_layer():
    return nn.TransformerEncoderLayer(64, 4, 128, dropout=0.0,
                                      batch_first=True)


# name: (model, input shape). The three models ("Done when"): the
# 3-block GPT-2-style stack (d=64, 4 heads, seq 32, batch 2), the encoder
# layer and the MLP; and the stack at seq 128, where activations dominate.
CASES = {
    "mlp": (MLP, (512, 16)),
    "encoder": (encoder_layer, (2, 16, 64)),
    "gpt2": (lambda: GPT(3, 64, 4), (2, 32, 64)),
    "gpt2_seq128": (lambda: GPT(3, 64, 4), (2, 128, 64)),
}


def make(name):
    """(model in eval mode, input) of a case, from seed 0."""
    factory, shape = CASES[name]
    torch.manual_seed(0)
    model = factory().eval()
    return model, torch.randn(*shape)


def layers(model):
    """The model as the functions torch.utils.checkpoint wraps one by one
    (one layer each); an encoder layer is one."""
    return model.layers() if hasattr(model, "layers") else [model]


def loss_fn(out):
    # Half the features: the mean square of all of a LayerNorm's outputs is
    # about 1 whatever the input, with gradients of rounding noise only.
    half = out[..., : out.shape[-1] // 2]
    return (half * half).mean()
