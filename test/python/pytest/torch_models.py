"""The models of test_torch.py, shared with torch_peaks.py (the child that
measures PyTorch's heap): each case is built from the same seed in both
processes, so both measure the same weights and inputs."""

import math

import torch

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


class GPTBlock(nn.Module):
    """GPT-2's block: pre-LN causal multi-head attention, tanh-GELU MLP."""

    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc = nn.Linear(d, 4 * d)
        self.out = nn.Linear(4 * d, d)

    def forward(self, x):
        b, s, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q = q.view(b, s, h, d // h).transpose(1, 2)
        k = k.view(b, s, h, d // h).transpose(1, 2)
        v = v.view(b, s, h, d // h).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // h))
        causal = torch.ones(s, s, dtype=torch.bool).tril()
        att = att.masked_fill(~causal, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, s, d)
        x = x + self.proj(y)
        return x + self.out(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, blocks, d, heads):
        super().__init__()
        self.blocks = nn.ModuleList(GPTBlock(d, heads) for _ in range(blocks))
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
