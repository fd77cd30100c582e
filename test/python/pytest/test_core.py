"""ckpt.core: parsing, pass pipelines, the planner's report, the JIT."""

import json
import os
import subprocess
import tempfile

import numpy as np
import pytest

import ckpt
from ckpt import fd

# f(x, w) = sum(tanh(x @ w) * tanh(x @ w)) in f64, and its value_and_grad.
LOSS = """
func.func @loss(%x: tensor<3x4xf64>, %w: tensor<4x5xf64>) -> tensor<f64> {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<3x5xf64>
  %f = linalg.fill ins(%zero : f64) outs(%e : tensor<3x5xf64>) -> tensor<3x5xf64>
  %m = linalg.matmul ins(%x, %w : tensor<3x4xf64>, tensor<4x5xf64>)
                     outs(%f : tensor<3x5xf64>) -> tensor<3x5xf64>
  %t = math.tanh %m : tensor<3x5xf64>
  %s = arith.mulf %t, %t : tensor<3x5xf64>
  %init = tensor.empty() : tensor<f64>
  %acc = linalg.fill ins(%zero : f64) outs(%init : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%s : tensor<3x5xf64>) outs(%acc : tensor<f64>) dimensions = [0, 1]
    (%a: f64, %b: f64) {
      %sum = arith.addf %a, %b : f64
      linalg.yield %sum : f64
    }
  return %r : tensor<f64>
}
"""
TYPES = ["tensor<3x4xf64>", "tensor<4x5xf64>"]
STEP = LOSS + ckpt.value_and_grad("loss", TYPES, ["tensor<f64>"], [0, 1])


def inputs():
    rng = np.random.default_rng(7)
    return [rng.uniform(-1, 1, (3, 4)), rng.uniform(-1, 1, (4, 5))]


def test_parse_error_raises_with_location():
    text = "func.func @f(%a: f32) -> f32 {\n  %b = arith.addf %a, %c : f32\n  return %b : f32\n}\n"
    with pytest.raises(ckpt.Error) as info:
        ckpt.Module.parse(text, name="bad.mlir")
    message = str(info.value)
    assert "bad.mlir:2:" in message
    assert "error: use of undeclared SSA value name" in message


def test_print_round_trip_and_generic_form():
    module = ckpt.Module.parse(STEP)
    again = ckpt.Module.parse(str(module))
    assert str(again) == str(module)
    generic = module.to_string(generic=True)
    assert '"ckpt.value_and_grad"' in generic
    assert str(ckpt.Module.parse(generic)) == str(module)


def test_pass_pipeline_runs_in_place():
    module = ckpt.Module.parse(STEP)
    assert module.run("ckpt-autodiff,canonicalize") == []
    text = str(module)
    assert "ckpt.value_and_grad" not in text
    assert "func.func @step" in text
    # The anchored spelling mlir-opt takes works too.
    ckpt.Module.parse(STEP).run("builtin.module(ckpt-autodiff)")


def test_bad_pipeline_and_failing_pass_raise_diagnostics():
    module = ckpt.Module.parse(STEP)
    with pytest.raises(ckpt.Error, match="does not refer to a registered pass"):
        module.run("ckpt-no-such-pass")
    # A value_and_grad whose wrt index is out of range fails the verifier
    # with a located error.
    bad = LOSS + ckpt.value_and_grad("loss", TYPES, ["tensor<f64>"], [0])
    bad = bad.replace("wrt [0]", "wrt [3]")
    with pytest.raises(ckpt.Error) as info:
        ckpt.Module.parse(bad, name="step.mlir")
    assert "step.mlir:" in str(info.value) and "error:" in str(info.value)


def test_plan_returns_the_report():
    # Batch above width: activations, not weight gradients, dominate.
    module = ckpt.Module.parse(ckpt.models.residual_mlp(4, 32, 8))
    report = module.plan(activation_budget=0.5)
    assert set(report) >= {"plans"}
    (plan,) = report["plans"]
    for key in ("callee", "budget_bytes", "baseline_peak_bytes",
                "predicted_peak_bytes", "recompute_flops", "regions"):
        assert key in plan
    assert plan["callee"] == "loss"
    assert plan["predicted_peak_bytes"] <= plan["budget_bytes"]
    assert plan["budget_bytes"] < plan["baseline_peak_bytes"]
    assert plan["regions"], "a budget of half the activations needs regions"
    assert "ckpt.checkpoint" in str(module)


def test_plan_report_equals_the_file_ckpt_plan_writes():
    text = ckpt.models.residual_mlp(4, 32, 8)
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "plan.json")
        from_file = ckpt.Module.parse(text).run(
            "ckpt-plan{activation-budget=0.5 report=%s}" % path)
        with open(path) as f:
            assert json.load(f) == from_file[0]
    in_process = ckpt.Module.parse(text).plan(activation_budget=0.5)
    for key in ("budget_bytes", "predicted_peak_bytes", "regions"):
        assert in_process["plans"][0][key] == from_file[0]["plans"][0][key]


def test_plan_chooses_micro_batches_below_the_regions_floor():
    text = ckpt.models.residual_mlp(4, 32, 8)
    floor = ckpt.Module.parse(text).plan(
        activation_budget=0)["plans"][0]["budget_bytes"]
    module = ckpt.Module.parse(text)
    (plan,) = module.plan(memory_budget=floor - 1, microbatch="auto",
                          batch_args=[0], reduction="sum")["plans"]
    assert plan["microbatch"] >= 2
    assert plan["predicted_peak_bytes"] < floor
    assert "scf.for" in str(module)
    counts = [c["count"] for c in plan["microbatch_candidates"]]
    assert counts == [1, 2, 4, 8, 16, 32]


def test_infeasible_budget_raises():
    module = ckpt.Module.parse(ckpt.models.residual_mlp(4, 32, 8))
    with pytest.raises(ckpt.Error, match="error:"):
        module.plan(memory_budget=64)


def test_jit_gradients_match_finite_differences():
    step = ckpt.compile(STEP, "step")
    loss = ckpt.compile(LOSS, "loss")
    x, w = inputs()
    value, gx, gw = step(x, w)
    assert value.shape == () and gx.shape == x.shape and gw.shape == w.shape
    assert float(value) == float(loss(x, w)[0])
    ex, ew = fd.gradient(lambda x, w: float(loss(x, w)[0]), [x, w], eps=1e-6)
    assert fd.rel_error(gx, ex) < 1e-7
    assert fd.rel_error(gw, ew) < 1e-7


def test_set_threads_keeps_results_and_checks_its_argument():
    # A product large enough for OpenBLAS to split among threads: the same
    # bits at one thread and at all of them.
    text = ckpt.models.residual_mlp(2, 256, 128)
    module = ckpt.parse(text)
    args = module.seeded_inputs("step", 0)
    try:
        ckpt.set_threads(1)
        one = module.compile("step")(*args)
        ckpt.set_threads(0)
        every = module.compile("step")(*args)
    finally:
        ckpt.set_threads(0)
    assert all(a.tobytes() == b.tobytes() for a, b in zip(one, every))
    for bad in (-1, 1025):
        with pytest.raises(ckpt.Error, match="threads must be 0"):
            ckpt.set_threads(bad)


def test_jit_matches_ckpt_run_bit_for_bit(ckpt_run_tool):
    x, w = inputs()
    result = ckpt.compile(STEP, "step").run([x, w])
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for i, array in enumerate((x, w)):
            paths.append(os.path.join(work, "in%d.npy" % i))
            np.save(paths[-1], array)
        out = subprocess.run(
            [ckpt_run_tool, "-", "--entry=step", "--json",
             "--output-dir=" + work] + ["--input=" + p for p in paths],
            input=STEP, capture_output=True, text=True, check=True)
        report = json.loads(out.stdout)
        tool = [np.load(o["file"]) for o in report["outputs"]]
    assert report["peak_bytes"] == result.peak_bytes
    for mine, theirs in zip(result.outputs, tool):
        assert mine.dtype == theirs.dtype and mine.shape == theirs.shape
        assert mine.tobytes() == theirs.tobytes()


def test_seeded_inputs_are_ckpt_runs():
    a = ckpt.run(STEP, "step", seed=5)
    b = ckpt.run(STEP, "step", inputs=ckpt.parse(STEP).seeded_inputs("step", 5))
    assert all(np.array_equal(p, q) for p, q in zip(a.outputs, b.outputs))


def test_bad_inputs_raise():
    step = ckpt.compile(STEP, "step")
    x, w = inputs()
    with pytest.raises(ckpt.Error, match="takes 2 argument"):
        step(x)
    with pytest.raises(ckpt.Error, match=r"argument #1 .* must be f64 \[4, 5\]"):
        step(x, w.astype(np.float32))
    with pytest.raises(ckpt.Error, match=r"argument #0"):
        step(x.T.copy(), w)
    with pytest.raises(ckpt.Error, match="no func.func named 'nowhere'"):
        ckpt.compile(STEP, "nowhere")


def test_planned_gradients_bit_identical_and_peak_within_budget():
    text = ckpt.models.residual_mlp(6, 64, 16)
    rng = np.random.default_rng(3)
    args = [rng.uniform(-1, 1, (64, 16)).astype(np.float32)]
    args += [(rng.uniform(-1, 1, (16, 16)) / 4).astype(np.float32)
             for _ in range(6)]
    unplanned = ckpt.compile(text, "step").run(args)
    module = ckpt.parse(text)
    (plan,) = module.plan(activation_budget=0.5)["plans"]
    planned = module.compile("step").run(args)
    assert len(planned.outputs) == 7
    for a, b in zip(planned.outputs, unplanned.outputs):
        assert a.tobytes() == b.tobytes()
    assert planned.peak_bytes <= plan["budget_bytes"]
    assert planned.peak_bytes < unplanned.peak_bytes
    if plan["exact"]:
        assert planned.peak_bytes == plan["predicted_peak_bytes"]
