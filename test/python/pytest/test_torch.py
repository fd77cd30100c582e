"""ckpt.torch.compile against torch.autograd (needs torch and torch-mlir;
skipped without them, installed by `make check-torch`/`make check`)."""

import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("torch_mlir")
nn = torch.nn
F = torch.nn.functional

import ckpt.torch  # noqa: E402
from conftest import rel_norm_error  # noqa: E402


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


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


def loss_fn(out):
    return (out * out).mean()


def check(model, x, budget=0.5):
    """Loss and gradients against torch.autograd (1e-5, relative and
    norm-wise), the planned step against the unplanned one bit for bit, and
    the measured peak against the plan's budget."""
    model.eval()
    names = [n for n, _ in model.named_parameters()]
    loss = loss_fn(model(x))
    expected = dict(zip(names, torch.autograd.grad(loss, list(model.parameters()))))

    unplanned = ckpt.torch.compile(model, (x,), loss_fn)
    planned = ckpt.torch.compile(model, (x,), loss_fn, activation_budget=budget)
    assert unplanned.report is None and "ckpt.value_and_grad" in unplanned.mlir
    assert "ckpt.checkpoint" in planned.mlir

    got_loss, got = unplanned(x)
    assert got_loss.dim() == 0 and got_loss.dtype == torch.float32
    assert rel_norm_error(got_loss.numpy(), loss.detach().numpy()) <= 1e-5
    assert sorted(got) == sorted(names)
    for name in names:
        assert got[name].shape == expected[name].shape
        assert got[name].dtype == expected[name].dtype
        assert rel_norm_error(got[name].numpy(), expected[name].numpy()) <= 1e-5, name

    planned_loss, planned_grads = planned(x)
    assert planned_loss.numpy().tobytes() == got_loss.numpy().tobytes()
    for name in names:
        assert torch.equal(planned_grads[name], got[name]), name

    report = planned.report
    assert report["budget_bytes"] < report["baseline_peak_bytes"]
    assert planned.last_peak_bytes <= report["budget_bytes"]
    assert planned.last_peak_bytes < unplanned.last_peak_bytes
    return planned, unplanned


def test_mlp():
    torch.manual_seed(0)
    check(MLP(), torch.randn(8, 16))


def test_transformer_encoder_layer():
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(64, 4, 128, dropout=0.0,
                                       batch_first=True)
    check(layer, torch.randn(2, 16, 64))


def test_gpt2_stack():
    torch.manual_seed(0)
    check(GPT(3, 64, 4), torch.randn(2, 32, 64))


def test_parameters_are_read_at_each_call():
    torch.manual_seed(0)
    model = MLP().eval()
    x = torch.randn(4, 16)
    step = ckpt.torch.compile(model, (x,), loss_fn)
    before, _ = step(x)
    with torch.no_grad():
        model.fc2.bias.add_(1.0)
    after, _ = step(x)
    assert rel_norm_error(after.numpy(), loss_fn(model(x)).detach().numpy()) <= 1e-5
    assert after.item() != before.item()


def test_unsupported_op_is_named():
    class Sorter(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(8, 8)

        def forward(self, x):
            return torch.sort(self.fc(x), dim=-1).values

    with pytest.raises(ckpt.torch.CompileError) as info:
        ckpt.torch.compile(Sorter(), (torch.randn(2, 8),), loss_fn)
    assert "sort" in str(info.value)
    assert str(info.value).count("\n") == 0


def test_bad_arguments():
    model = MLP()
    x = torch.randn(2, 16)
    with pytest.raises(ValueError, match="not both"):
        ckpt.torch.compile(model, (x,), loss_fn, memory_budget=1000,
                           activation_budget=0.5)
    with pytest.raises(TypeError, match="torch.nn.Module"):
        ckpt.torch.compile(lambda x: x, (x,), loss_fn)
