"""ckpt.torch.compile against torch.autograd and torch.utils.checkpoint
(needs torch and torch-mlir; skipped without them, installed by
`make check-torch`/`make check`).

The issue's three models (torch_models.CASES: the 3-block GPT-2-style
stack, nn.TransformerEncoderLayer, the two-Linear ReLU MLP) compile at
activation_budget=0.5, match torch.autograd within 1e-5 and fit the budget
as measured; their measured peaks are compared with PyTorch's, with and
without torch.utils.checkpoint around each layer, measured on the heap the
same way (torch_peaks.py, benchmarks/transformer/alloctrack.py)."""

import os

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("torch_mlir")
nn = torch.nn
F = torch.nn.functional

import ckpt.torch  # noqa: E402
from conftest import rel_norm_error  # noqa: E402
from torch_models import MLP, loss_fn, make  # noqa: E402
import alloctrack  # noqa: E402  (on sys.path through torch_models)

HERE = os.path.dirname(os.path.abspath(__file__))


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


@pytest.fixture(scope="module")
def torch_peaks(tmp_path_factory):
    """PyTorch's heap peaks of every case, without and with
    torch.utils.checkpoint per layer: {case: {"none": B, "layer": B}},
    measured in one child process with the tracker preloaded."""
    tracker = alloctrack.build(str(tmp_path_factory.mktemp("alloctrack")))
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return alloctrack.run(tracker, [os.path.join(HERE, "torch_peaks.py"),
                                    "mlp", "encoder", "gpt2", "gpt2_seq128"],
                          env=env)


# ckpt's measured peak at activation_budget=0.5 over PyTorch's with
# torch.utils.checkpoint per layer, at most (measured: mlp 0.61, gpt2 0.86,
# gpt2_seq128 1.08, encoder 3.90). The encoder layer's step peaks in ckpt
# at 7x its gradients' bytes (920 KB, in the attention's backward, at a
# batch_matmul adjoint) against 1.8x in PyTorch, and one layer gives the
# planner nothing to cut (docs/Python.md).
PEAK_RATIO = {"mlp": 0.75, "gpt2": 1.0, "gpt2_seq128": 1.25, "encoder": 4.5}


def check(name, expect_regions, torch_peaks):
    """Compiled at activation_budget=0.5: matches torch.autograd and fits the
    budget as measured, within PEAK_RATIO of PyTorch's peak with a
    checkpoint per layer. Where the planner places regions, the planned step
    also equals the unplanned one bit for bit and peaks lower."""
    model, x = make(name)
    planned = ckpt.torch.compile(model, (x,), loss_fn, activation_budget=0.5)
    loss, grads = check_against_torch(planned, model, x)
    report = planned.report
    assert planned.last_peak_bytes <= report["budget_bytes"]
    assert report["predicted_peak_bytes"] <= report["budget_bytes"]
    assert bool(report["regions"]) == ("ckpt.checkpoint" in planned.mlir)
    peaks = torch_peaks[name]
    print("%-12s ckpt at 0.5: %9d B measured (budget %d, %d regions) | "
          "PyTorch: %9d B checkpoint per layer, %9d B without | "
          "ckpt / PyTorch per layer: %.2f"
          % (name, planned.last_peak_bytes, report["budget_bytes"],
             len(report["regions"]), peaks["layer"], peaks["none"],
             planned.last_peak_bytes / peaks["layer"]))
    assert planned.last_peak_bytes <= PEAK_RATIO[name] * peaks["layer"]
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


def test_mlp(torch_peaks):
    check("mlp", True, torch_peaks)


def test_transformer_encoder_layer(torch_peaks):
    # One layer: no plan lowers its peak (the report's min_peak_bytes is the
    # baseline), so the budget is the baseline and the step runs unplanned.
    check("encoder", False, torch_peaks)


def test_gpt2_stack(torch_peaks):
    # 3 blocks, d=64, 4 heads, seq 32, batch 2: parameters dominate the peak.
    check("gpt2", False, torch_peaks)


def test_gpt2_stack_long_sequence(torch_peaks):
    # At seq 128 activations dominate and the plan checkpoints.
    check("gpt2_seq128", True, torch_peaks)


def test_gelu_tanh_matches_torch():
    """F.gelu(approximate="tanh"): torch-mlir's own lowering multiplies by
    0.797724 instead of sqrt(2/pi), 1e-4 off; ckpt.torch exports torch's
    reference formula instead."""
    class Gelu(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(32, 64)

        def forward(self, x):
            return F.gelu(self.fc(x), approximate="tanh")

    torch.manual_seed(0)
    model = Gelu().eval()
    # Pre-activations of about 1, where tanh is far from saturated and the
    # wrong constant moves the gradients by about 4e-5 relative.
    x = 2.0 * torch.randn(64, 32)
    step = ckpt.torch.compile(model, (x,), loss_fn)
    check_against_torch(step, model, x)
    assert "7.977240e-01" not in step.mlir


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
