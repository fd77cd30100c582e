"""Models exported from PyTorch (Inputs/*.mlir, see export_fixtures.py),
checked without torch: gradients against finite differences, the plan at
activation budget 0.5 against the unplanned step bit for bit, and the
predicted peak against the measured one."""

import os

import numpy as np
import pytest

import ckpt

INPUTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs")
FIXTURES = ["residual_mlp", "preln_block", "sdpa_block", "encoder_layer"]


def load(name):
    return ckpt.Module.load(os.path.join(INPUTS, name + ".mlir"))


def make_inputs(module):
    """The input in [-1, 1) and parameters in [-0.1, 0.1) (about the size
    torch initializes them to: at [-1, 1) attention saturates and a finite
    difference in f32 sees mostly its curvature)."""
    inputs = module.seeded_inputs("step", 1)
    return inputs[:1] + [(p * 0.1).astype(p.dtype) for p in inputs[1:]]


def directional_fd(loss, inputs, index, direction, eps):
    """Derivative of the f32 `loss` along `direction` at inputs[index], by a
    fourth-order stencil (its larger step keeps f32 rounding of the loss
    from dominating)."""
    def at(t):
        moved = list(inputs)
        moved[index] = (inputs[index] + t * direction).astype(np.float32)
        return float(loss(*moved)[0])
    return (-at(2 * eps) + 8 * at(eps) - 8 * at(-eps) + at(-2 * eps)) / (12 * eps)


@pytest.mark.parametrize("name", FIXTURES)
def test_gradients_match_finite_differences(name):
    module = load(name)
    inputs = make_inputs(module)
    outputs = module.compile("step")(*inputs)
    grads = outputs[1:]
    assert len(grads) == len(inputs) - 1  # every parameter, not the input
    loss = module.compile("loss")
    rng = np.random.default_rng(2)
    # The first, a middle and the last parameter, one direction each: random
    # magnitudes with the gradient's signs, so that the derivative (about
    # |g|_1) stands far above the f32 rounding of the loss, which a random
    # sign pattern (about |g|_2 / 2) does not on every parameter.
    for k in sorted({0, len(grads) // 2, len(grads) - 1}):
        direction = (np.sign(grads[k]) * rng.uniform(0.5, 1, grads[k].shape)
                     ).astype(np.float32)
        fd = directional_fd(loss, inputs, k + 1, direction, eps=1e-2)
        g = grads[k].astype(np.float64)
        analytic = float(np.sum(g * direction))
        typical = (np.linalg.norm(g) * np.linalg.norm(direction)
                   / np.sqrt(direction.size))
        error = abs(fd - analytic) / max(abs(fd), abs(analytic), typical, 1e-12)
        assert error < 2e-3, (name, k, fd, analytic)


@pytest.mark.parametrize("name", FIXTURES)
def test_plan_at_half_is_bit_identical_and_fits(name):
    module = load(name)
    inputs = make_inputs(module)
    unplanned = module.compile("step").run(inputs)
    planned_module = module.clone()
    (plan,) = planned_module.plan(activation_budget=0.5)["plans"]
    planned = planned_module.compile("step").run(inputs)
    for a, b in zip(planned.outputs, unplanned.outputs):
        assert a.tobytes() == b.tobytes()
    assert unplanned.peak_bytes == plan["baseline_peak_bytes"]
    assert planned.peak_bytes <= plan["budget_bytes"]
    assert plan["exact"]
    assert planned.peak_bytes == plan["predicted_peak_bytes"]
