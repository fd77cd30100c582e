"""ckpt-plan's graph planner on a U-shaped model exported from PyTorch
(issue #14, item 5): a U-Net of dense layers whose skip paths carry their
own layers, computed in the encoder loop as a PyTorch forward collecting
its skips does. Its forward is not a chain; at these budgets the graph
solver's regions make a step estimated faster than the chain planner's
best plan and recompute fewer FLOPs, so ckpt-plan takes them. The step's measured peak equals the prediction and
fits; its gradients are bit-identical to the unplanned step's and match
torch.autograd (f32 and f64)."""

import pytest

torch = pytest.importorskip("torch")
import ckpt  # noqa: E402
import ckpt.torch  # noqa: E402

nn = torch.nn


class SkipUNet(nn.Module):
    """widths [w_0 .. w_D]: encoder h = tanh(down_i(h)); each skip i (1..D-1)
    passes through `skip_layers` Linear+Tanh of width w_i; decoder
    h = tanh(up_i(h)) + skip_i."""

    def __init__(self, widths, skip_layers):
        super().__init__()
        depth = len(widths) - 1
        self.down = nn.ModuleList(
            nn.Linear(widths[i], widths[i + 1]) for i in range(depth))
        self.up = nn.ModuleList(
            nn.Linear(widths[i + 1], widths[i]) for i in range(depth))
        self.skip = nn.ModuleList(
            nn.Sequential(*[layer for _ in range(skip_layers)
                            for layer in (nn.Linear(widths[i], widths[i]),
                                          nn.Tanh())])
            for i in range(1, depth))

    def forward(self, x):
        skips = [x]
        h = x
        for i, down in enumerate(self.down):
            h = torch.tanh(down(h))
            if i + 1 < len(self.down):
                skips.append(self.skip[i](h))
        for i in reversed(range(len(self.up))):
            h = torch.tanh(self.up[i](h)) + skips[i]
        return h


def loss_fn(out):
    return (out * out).sum()


def reference_grads(model, x):
    model.zero_grad()
    loss = loss_fn(model(x))
    loss.backward()
    return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters()}


# (dtype, budget bytes, relative tolerance against torch.autograd)
CASES = [(torch.float32, 1_500_000, 1e-4), (torch.float64, 3_000_000, 1e-10)]


@pytest.mark.parametrize("dtype,budget,tol", CASES,
                         ids=[str(c[0]).split(".")[1] for c in CASES])
def test_graph_planner_beats_chain_cuts(dtype, budget, tol):
    torch.manual_seed(0)
    model = SkipUNet([256, 128, 64, 32, 16], 2).to(dtype)
    x = torch.randn(256, 256, dtype=dtype)

    plain = ckpt.torch.compile(model, (x,), loss_fn)
    plain_loss, plain_grads = plain(x)
    baseline = plain.last_peak_bytes
    assert budget < baseline

    # The chain planner alone, on the same exported module.
    module = ckpt.Module.parse(plain.mlir)
    chain = module.clone().plan(memory_budget=budget, solver="chain")
    chain = chain["plans"][0]
    assert chain["solver"] == "chain"

    step = ckpt.torch.compile(model, (x,), loss_fn, memory_budget=budget)
    report = step.report
    assert report["solver"] == "graph"
    assert report["plan"].startswith("graph{")
    assert report["recompute_flops"] < chain["recompute_flops"]
    assert report["estimated_overhead"] < chain["estimated_overhead"]
    assert report["exact"]

    loss, grads = step(x)
    assert step.last_peak_bytes == report["predicted_peak_bytes"]
    assert step.last_peak_bytes <= budget
    # Checkpointing changes no bit of the result.
    assert torch.equal(loss, plain_loss)
    for name in plain_grads:
        assert torch.equal(grads[name], plain_grads[name]), name

    ref_loss, ref = reference_grads(model, x)
    assert torch.allclose(loss, ref_loss, rtol=tol)
    for name, g in ref.items():
        err = (grads[name] - g).abs().max() / g.abs().max()
        assert err <= tol, (name, float(err))
