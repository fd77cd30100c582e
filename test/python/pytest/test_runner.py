"""ckpt.run and ckpt.opt, the text-in helpers, on the in-process core."""

import numpy as np
import pytest

import ckpt


def test_opt_flags_become_a_pipeline():
    text = ckpt.models.residual_mlp(2, 2, 4)
    planned = ckpt.opt(text, "--ckpt-plan=activation-budget=0.5",
                       "--ckpt-autodiff")
    assert "ckpt.value_and_grad" not in planned
    generic = ckpt.opt(text, "--mlir-print-op-generic")
    assert '"func.func"' in generic
    with pytest.raises(ValueError, match="unsupported ckpt-opt flag"):
        ckpt.opt(text, "-split-input-file")


def test_errors_read_like_the_tools():
    with pytest.raises(ckpt.ToolError) as info:
        ckpt.opt("func.func @f() {", "--ckpt-autodiff")
    assert info.value.tool == "ckpt-opt"
    assert info.value.stderr.startswith("ckpt-opt: error: cannot parse")
    with pytest.raises(ckpt.ToolError) as info:
        ckpt.run(ckpt.models.residual_mlp(2, 2, 4), "missing")
    assert info.value.tool == "ckpt-run" and info.value.returncode == 1


def test_run_repeat_and_times():
    result = ckpt.run(ckpt.models.residual_mlp(2, 2, 4), "step", seed=1,
                      repeat=3)
    assert result.repeat == 3 and len(result.report["times_ms"]) == 3
    assert result.time_ms["min"] <= result.time_ms["median"]
    assert result.peak_bytes > 0
    assert all(np.all(np.isfinite(o)) for o in result.outputs)
