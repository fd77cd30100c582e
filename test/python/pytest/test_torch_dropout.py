"""Training-mode dropout through ckpt.torch.compile (needs torch and
torch-mlir; skipped without them).

ckpt draws the masks with ckpt.random_uniform (Philox-4x32-10), not with
torch's generator, so torch.autograd is given the same masks: they are
rebuilt here from the numpy reference of the stream
(test/Integration/CPU/Inputs/philox.py) at the offsets docs/Random.md
("Dropout from PyTorch") assigns, and torch's dropout (F.dropout, and the
dropout inside F.scaled_dot_product_attention) is replaced by the
multiplication by mask / (1 - p) while torch runs the reference step."""

import contextlib
import math
import os
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("torch_mlir")
nn = torch.nn
F = torch.nn.functional

import ckpt.torch  # noqa: E402
from conftest import rel_norm_error  # noqa: E402
from torch_models import loss_fn  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "Integration", "CPU",
                                "Inputs"))
import philox  # noqa: E402


class DropoutMLP(nn.Module):
    """A residual MLP with nn.Dropout after each hidden layer."""

    def __init__(self, d=16, hidden=32, p=(0.3, 0.5)):
        super().__init__()
        self.fc1 = nn.Linear(d, hidden)
        self.drop1 = nn.Dropout(p[0])
        self.fc2 = nn.Linear(hidden, d)
        self.drop2 = nn.Dropout(p[1])
        self.out = nn.Linear(d, 8)

    def forward(self, x):
        h = self.drop1(torch.tanh(self.fc1(x)))
        x = x + self.drop2(self.fc2(h))
        return self.out(x)


class DropoutBlock(nn.Module):
    """A GPT-2 block with GPT-2's dropouts: on the input (functional), on the
    attention probabilities and on both residual branches (nn.Dropout)."""

    def __init__(self, d=32, heads=4, p=0.1):
        super().__init__()
        self.heads = heads
        self.p = p
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.attn_drop = nn.Dropout(p)
        self.resid_drop = nn.Dropout(p)
        self.ln2 = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, 4 * d)
        self.fc2 = nn.Linear(4 * d, d)
        self.mlp_drop = nn.Dropout(p)

    def forward(self, x):
        x = F.dropout(x, self.p, training=self.training)
        b, s, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q = q.reshape(b, s, h, d // h).transpose(1, 2)
        k = k.reshape(b, s, h, d // h).transpose(1, 2)
        v = v.reshape(b, s, h, d // h).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // h))
        visible = torch.ones(s, s, dtype=torch.bool).tril()
        att = att.masked_fill(~visible, float("-inf"))
        y = self.attn_drop(torch.softmax(att, dim=-1)) @ v
        y = y.transpose(1, 2).reshape(b, s, d)
        x = x + self.resid_drop(self.proj(y))
        gelu = F.gelu(self.fc1(self.ln2(x)), approximate="tanh")
        return x + self.mlp_drop(self.fc2(gelu))


def make(factory, shape, dtype, train=True):
    torch.manual_seed(0)
    model = factory().to(dtype)
    model.train(train)
    return model, torch.randn(*shape, dtype=dtype)


def masks(step, index):
    """The keep masks of call `index` of `step`, from the numpy reference:
    site k draws u at offset index * draws_per_call + site.offset and keeps
    the elements with u < 1 - p."""
    out = []
    for site in step.dropout:
        u = philox.random_uniform(step.seed, step.offset(index) + site.offset,
                                  site.shape, site.dtype)
        out.append(u.astype(np.float64) < 1.0 - site.p)
    return out


@contextlib.contextmanager
def given_masks(keep):
    """torch's dropout (F.dropout, also inside nn.Dropout and
    nn.MultiheadAttention, and F.scaled_dot_product_attention's) multiplies
    by the next of `keep` / (1 - p) instead of drawing; all must be used."""
    queue = list(keep)

    def apply(x, p):
        if p == 0.0:
            return x
        if p == 1.0:
            return x * 0.0
        mask = queue.pop(0)
        assert mask.shape == tuple(x.shape)
        return x * (torch.from_numpy(mask).to(x.dtype) / (1.0 - p))

    def dropout(x, p=0.5, training=True, inplace=False):
        return apply(x, p) if training else x

    def sdpa(q, k, v, attn_mask=None, dropout_p=0.0, is_causal=False,
             scale=None, enable_gqa=False):
        assert attn_mask is None and not is_causal and not enable_gqa
        scale = 1.0 / math.sqrt(q.shape[-1]) if scale is None else scale
        att = torch.softmax((q @ k.transpose(-2, -1)) * scale, dim=-1)
        return apply(att, dropout_p) @ v

    saved = F.dropout, F.scaled_dot_product_attention
    F.dropout, F.scaled_dot_product_attention = dropout, sdpa
    try:
        yield
    finally:
        F.dropout, F.scaled_dot_product_attention = saved
    assert not queue, "%d masks left unused" % len(queue)


def torch_step(model, x, keep):
    """torch.autograd's loss and gradients with the masks `keep`."""
    names = [n for n, _ in model.named_parameters()]
    with given_masks(keep):
        loss = loss_fn(model(x))
    grads = torch.autograd.grad(loss, list(model.parameters()))
    return loss.detach(), dict(zip(names, grads))


def compare(step, model, x, index, tol):
    """step(x, index=index) against torch given the same masks; returns the
    worst relative error (loss and every gradient)."""
    loss, grads = step(x, index=index)
    expected_loss, expected = torch_step(model, x, masks(step, index))
    assert loss.dtype == expected_loss.dtype and sorted(grads) == sorted(expected)
    errors = [rel_norm_error(loss.numpy(), expected_loss.numpy())]
    for name, grad in expected.items():
        assert grads[name].shape == grad.shape and grads[name].dtype == grad.dtype
        errors.append(rel_norm_error(grads[name].numpy(), grad.numpy()))
        assert errors[-1] <= tol, (name, errors[-1])
    assert errors[0] <= tol, ("loss", errors[0])
    return max(errors)


# f64 agrees to rounding (measured about 1e-15); f32 as test_torch.py.
TOLERANCE = {torch.float64: 1e-12, torch.float32: 1e-5}


def check_model(factory, shape, dtype, expect_sites):
    model, x = make(factory, shape, dtype)
    step = ckpt.torch.compile(model, (x,), loss_fn, seed=1234)
    assert [(s.p, s.shape) for s in step.dropout] == expect_sites
    assert step.mlir.count("ckpt.random_uniform") == len(expect_sites)
    offsets = np.cumsum([0] + [s.numel for s in step.dropout])
    assert [s.offset for s in step.dropout] == list(offsets[:-1])
    assert step.draws_per_call == offsets[-1]
    # Each mask keeps about 1 - p of its elements.
    for site, keep in zip(step.dropout, masks(step, 0)):
        assert abs(keep.mean() - (1 - site.p)) < 4 * math.sqrt(
            site.p * (1 - site.p) / keep.size), site
    worst = max(compare(step, model, x, i, TOLERANCE[dtype]) for i in (0, 1))
    print("%s %s: %d dropout sites, %d draws per call, worst relative error "
          "against torch given the masks %.2e"
          % (model.__class__.__name__, str(dtype).replace("torch.", ""),
             len(step.dropout), step.draws_per_call, worst))
    return step


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_mlp_matches_torch_given_masks(dtype):
    check_model(DropoutMLP, (64, 16), dtype, [(0.3, (64, 32)), (0.5, (64, 16))])


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_block_matches_torch_given_masks(dtype):
    check_model(DropoutBlock, (2, 16, 32), dtype,
                [(0.1, (2, 16, 32)), (0.1, (2, 4, 16, 16)),
                 (0.1, (2, 16, 32)), (0.1, (2, 16, 32))])


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_encoder_layer_matches_torch_given_masks(dtype):
    # nn.TransformerEncoderLayer in training mode: the attention's dropout
    # is inside F.scaled_dot_product_attention, then dropout1, the
    # feed-forward's dropout and dropout2.
    check_model(lambda: nn.TransformerEncoderLayer(32, 4, 64, dropout=0.2,
                                                   batch_first=True),
                (2, 8, 32), dtype,
                [(0.2, (2, 4, 8, 8)), (0.2, (2, 8, 32)), (0.2, (2, 8, 64)),
                 (0.2, (2, 8, 32))])


def test_planned_regions_redraw_identical_masks():
    """Planned under a memory budget, the regions recompute the
    dropouts in the backward: the same masks are redrawn, so the loss and
    gradients are those of the unplanned step bit for bit."""
    model, x = make(lambda: nn.Sequential(*[DropoutBlock() for _ in range(3)]),
                    (2, 64, 32), torch.float32)
    # Unplanned, the step peaks at 1,185,856 B; the planner's lower bound
    # is 921,280 B.
    planned = ckpt.torch.compile(model, (x,), loss_fn,
                                 memory_budget=1_000_000, seed=7)
    report = planned.report
    assert report["budget_bytes"] == 1_000_000
    assert report["regions"], report
    # A region draws masks itself (and redraws them when it recomputes).
    region = planned.mlir[planned.mlir.index("ckpt.checkpoint"):]
    assert "ckpt.random_uniform" in region[:region.index("ckpt.yield")]
    unplanned = ckpt.torch.compile(model, (x,), loss_fn, seed=7)
    for index in (0, 3):
        loss, grads = planned(x, index=index)
        assert planned.last_peak_bytes <= report["budget_bytes"]
        plain_loss, plain_grads = unplanned(x, index=index)
        assert loss.numpy().tobytes() == plain_loss.numpy().tobytes()
        for name, grad in grads.items():
            assert torch.equal(grad, plain_grads[name]), name
    assert planned.last_peak_bytes < unplanned.last_peak_bytes
    compare(planned, model, x, 3, TOLERANCE[torch.float32])
    print("3 DropoutBlocks planned at 1 MB: %d regions, measured peak %d B "
          "(budget %d B), unplanned %d B; bit-identical"
          % (len(report["regions"]), planned.last_peak_bytes,
             report["budget_bytes"], unplanned.last_peak_bytes))


def test_same_seed_same_masks_new_index_new_masks():
    model, x = make(DropoutMLP, (64, 16), torch.float32)
    a = ckpt.torch.compile(model, (x,), loss_fn, seed=99)
    b = ckpt.torch.compile(model, (x,), loss_fn, seed=99)  # "another rank"
    assert a.next_index == 0
    first = a(x)
    second = a(x)  # index 1
    assert a.next_index == 2

    def same(r, s):
        return (r[0].numpy().tobytes() == s[0].numpy().tobytes()
                and all(torch.equal(r[1][n], s[1][n]) for n in r[1]))

    assert same(first, b(x, index=0)) and same(second, b(x, index=1))
    assert b.next_index == 2
    assert same(first, a(x, index=0))
    assert not same(first, second)
    # Calls draw disjoint counter ranges: index 1 starts where 0 ended.
    assert a.offset(1) == a.draws_per_call
    k0, k1 = masks(a, 0), masks(a, 1)
    assert all((m0 != m1).any() for m0, m1 in zip(k0, k1))
    # The two sites' masks are different parts of the stream.
    u = [philox.random_uniform(99, s.offset, s.shape, s.dtype)
         for s in a.dropout]
    assert not np.array_equal(u[0].ravel()[:64 * 16], u[1].ravel())
    other = ckpt.torch.compile(model, (x,), loss_fn, seed=100)
    assert not same(first, other(x, index=0))
    # A seed beyond int64 is taken modulo 2**64 (two's complement).
    wrapped = ckpt.torch.compile(model, (x,), loss_fn, seed=99 + 2 ** 64)
    assert same(first, wrapped(x, index=0))
    negative = ckpt.torch.compile(model, (x,), loss_fn, seed=-1)
    compare(negative, model, x, 2, TOLERANCE[torch.float32])


class Functional(nn.Module):
    def __init__(self, p):
        super().__init__()
        self.p = p
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(F.dropout(torch.tanh(self.fc1(x)), self.p,
                                  training=True))


@pytest.mark.parametrize("p", [0.0, 0.25, 1.0])
def test_functional_dropout_in_eval_mode(p):
    """F.dropout(training=True) draws whatever the module's mode; p = 0 is
    the identity and p = 1 gives zeros (no site, no division by zero)."""
    model, x = make(lambda: Functional(p), (32, 16), torch.float64,
                    train=False)
    step = ckpt.torch.compile(model, (x,), loss_fn, seed=5)
    assert len(step.dropout) == (1 if 0 < p < 1 else 0)
    assert ("ckpt.random_uniform" in step.mlir) == (0 < p < 1)
    compare(step, model, x, 0, TOLERANCE[torch.float64])
    loss, grads = step(x)
    assert all(torch.isfinite(g).all() for g in grads.values())
    if p == 1.0:
        # Only fc2's bias reaches the loss.
        assert not grads["fc1.weight"].any() and not grads["fc2.weight"].any()
        assert grads["fc2.bias"].any()


def test_eval_mode_is_identity():
    model, x = make(DropoutBlock, (2, 16, 32), torch.float32, train=False)
    step = ckpt.torch.compile(model, (x,), loss_fn)
    assert step.dropout == [] and step.draws_per_call == 0
    assert "ckpt.random_uniform" not in step.mlir
    names = [n for n, _ in model.named_parameters()]
    loss = loss_fn(model(x))  # torch's own eval mode: no dropout
    expected = dict(zip(names, torch.autograd.grad(loss, list(model.parameters()))))
    got_loss, got = step(x)
    assert rel_norm_error(got_loss.numpy(), loss.detach().numpy()) <= 1e-5
    for name in names:
        assert rel_norm_error(got[name].numpy(), expected[name].numpy()) <= 1e-5


class Random(nn.Module):
    def __init__(self, draw):
        super().__init__()
        self.draw = draw
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        return self.draw(self.fc(x))


@pytest.mark.parametrize("draw, op", [
    (lambda h: h * torch.rand_like(h), "aten.rand_like"),
    (lambda h: h + torch.randn(h.shape), "aten.randn"),
    (nn.Dropout1d(0.5), "aten.bernoulli"),
])
def test_other_random_ops_are_one_error(draw, op):
    with pytest.raises(ckpt.torch.CompileError) as info:
        ckpt.torch.compile(Random(draw).train(), (torch.randn(2, 8, 8),),
                           loss_fn)
    message = str(info.value)
    assert message.count("\n") == 0
    assert "random op %s" % op in message
    assert "test_torch_dropout.py:" in message


def test_dropout_mask_output_is_one_error():
    def masked(h):
        out, mask = torch.native_dropout(h, 0.5, True)
        return out * mask
    with pytest.raises(ckpt.torch.CompileError) as info:
        ckpt.torch.compile(Random(masked), (torch.randn(2, 8),), loss_fn)
    assert str(info.value).count("\n") == 0
    assert "uses its mask output" in str(info.value)
    assert "test_torch_dropout.py:" in str(info.value)


def test_bad_seed_and_index():
    model, x = make(DropoutMLP, (4, 16), torch.float32)
    with pytest.raises(TypeError, match="seed"):
        ckpt.torch.compile(model, (x,), loss_fn, seed=0.5)
    step = ckpt.torch.compile(model, (x,), loss_fn)
    with pytest.raises(TypeError, match="index"):
        step(x, index=-1)


def test_draws_replace_the_last_arguments_where_first_read():
    """ckpt.torch's rewrite of torch-mlir's @loss: the draw arguments become
    `seed` and `offset`, each draw is made right before the first op that
    reads it (not at the top), argument attributes follow."""
    from torch_mlir import ir
    text = """
    func.func @loss(%x: tensor<4xf32> {test.a}, %u0: tensor<4xf32> {test.b},
                    %u1: tensor<2x2xf64> {test.c}) -> tensor<4xf32> {
      %0 = arith.addf %x, %x : tensor<4xf32>
      %1 = arith.mulf %0, %u0 : tensor<4xf32>
      %2 = arith.mulf %1, %u0 : tensor<4xf32>
      %3 = tensor.collapse_shape %u1 [[0, 1]] : tensor<2x2xf64> into tensor<4xf64>
      %4 = arith.truncf %3 : tensor<4xf64> to tensor<4xf32>
      %5 = arith.addf %2, %4 : tensor<4xf32>
      return %5 : tensor<4xf32>
    }"""
    with ir.Context():
        module = ir.Module.parse(text)
    sites = [ckpt.torch.DropoutSite((4,), np.float32, 0.5, 0, ""),
             ckpt.torch.DropoutSite((2, 2), np.float64, 0.5, 4, "")]
    ckpt.torch._draw_in_loss(module, sites)
    parsed = ckpt.parse(module.operation.get_asm(print_generic_op_form=True))
    out = parsed.to_string()
    lines = [line.strip() for line in out.splitlines()]
    head = lines[[i for i, l in enumerate(lines) if "func.func" in l][0]]
    assert ("%arg0: tensor<4xf32> {test.a}, %arg1: tensor<i64>, "
            "%arg2: tensor<i64>) -> tensor<4xf32>") in head, head
    body = [l for l in lines if l.startswith("%")]
    first = [i for i, l in enumerate(body) if "ckpt.random_uniform" in l]
    assert len(first) == 2
    # Draw 0 after the addf that does not read it, before the first mulf.
    assert "arith.addf" in body[0] and "arith.mulf" in body[first[0] + 1]
    assert "tensor.collapse_shape" in body[first[1] + 1]
    assert "tensor<4xf32>" in body[first[0]] and "tensor<2x2xf64>" in body[first[1]]
    assert "arith.constant 4 : i64" in out
