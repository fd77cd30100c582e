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


def gelu_tanh(x):
    """GPT-2's GELU. Written with x * x * x: F.gelu(approximate="tanh")
    exports x^3 as math.fpowi, which ckpt-autodiff has no rule for yet."""
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi)
                                       * (x + 0.044715 * x * x * x)))


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
        return x + self.out(gelu_tanh(self.fc(self.ln2(x))))


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
    # Half the features: the mean square of all of a LayerNorm's outputs is
    # about 1 whatever the input, with gradients of rounding noise only.
    half = out[..., : out.shape[-1] // 2]
    return (half * half).mean()


def check_against_torch(step, model, x):
    """The step's loss and gradients against torch.autograd's: within 1e-5,
    relative and norm-wise, same shapes and dtypes."""
    names = [n for n, _ in model.named_parameters()]
    loss = loss_fn(model(x))
    expected = dict(zip(names, torch.autograd.grad(loss, list(model.parameters()))))
    got_loss, got = step(x)
    assert got_loss.dim() == 0 and got_loss.dtype == torch.float32
    assert rel_norm_error(got_loss.numpy(), loss.detach().numpy()) <= 1e-5
    assert sorted(got) == sorted(names)
    for name in names:
        assert got[name].shape == expected[name].shape
        assert got[name].dtype == expected[name].dtype
        assert rel_norm_error(got[name].numpy(), expected[name].numpy()) <= 1e-5, name
    return got_loss, got


def check(model, x, expect_regions):
    """Compiled at activation_budget=0.5: matches torch.autograd and fits the
    budget as measured. Where the planner places regions, the planned step
    also equals the unplanned one bit for bit and peaks lower."""
    model.eval()
    planned = ckpt.torch.compile(model, (x,), loss_fn, activation_budget=0.5)
    loss, grads = check_against_torch(planned, model, x)
    report = planned.report
    assert planned.last_peak_bytes <= report["budget_bytes"]
    assert report["predicted_peak_bytes"] <= report["budget_bytes"]
    assert bool(report["regions"]) == ("ckpt.checkpoint" in planned.mlir)
    if not expect_regions:
        return
    assert report["regions"]
    assert report["budget_bytes"] < report["baseline_peak_bytes"]
    unplanned = ckpt.torch.compile(model, (x,), loss_fn)
    assert unplanned.report is None and "ckpt.checkpoint" not in unplanned.mlir
    unplanned_loss, unplanned_grads = check_against_torch(unplanned, model, x)
    assert loss.numpy().tobytes() == unplanned_loss.numpy().tobytes()
    for name, grad in grads.items():
        assert torch.equal(grad, unplanned_grads[name]), name
    assert planned.last_peak_bytes < unplanned.last_peak_bytes


def test_mlp():
    torch.manual_seed(0)
    check(MLP(), torch.randn(512, 16), expect_regions=True)


def test_memory_budget_in_bytes_and_as_text():
    torch.manual_seed(0)
    model = MLP().eval()
    x = torch.randn(512, 16)
    by_fraction = ckpt.torch.compile(model, (x,), loss_fn, activation_budget=0.5)
    budget = by_fraction.report["budget_bytes"]
    for given in (budget, "%dB" % budget, "%.6fKB" % (budget / 1000)):
        step = ckpt.torch.compile(model, (x,), loss_fn, memory_budget=given)
        assert step.report["budget_bytes"] == budget
        assert step.report["regions"] == by_fraction.report["regions"]
        step(x)
        assert step.last_peak_bytes <= budget


def test_transformer_encoder_layer():
    # One layer: no plan lowers its peak (the report's min_peak_bytes is the
    # baseline), so the budget is the baseline and the step runs unplanned.
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(64, 4, 128, dropout=0.0,
                                       batch_first=True)
    check(layer, torch.randn(2, 16, 64), expect_regions=False)


def test_gpt2_stack():
    # 3 blocks, d=64, 4 heads, seq 32, batch 2: parameters dominate the peak.
    torch.manual_seed(0)
    check(GPT(3, 64, 4), torch.randn(2, 32, 64), expect_regions=False)


def test_gpt2_stack_long_sequence():
    # At seq 128 activations dominate and the plan checkpoints.
    torch.manual_seed(0)
    check(GPT(3, 64, 4), torch.randn(2, 128, 64), expect_regions=True)


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
