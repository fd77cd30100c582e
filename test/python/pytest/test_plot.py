"""ckpt.plot: the exact memory timeline and the Pareto sweep, as PNGs."""

import os

import pytest

import ckpt
import ckpt.plot

matplotlib = pytest.importorskip("matplotlib")

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def planned_mlp(fraction=0.5):
    module = ckpt.Module.parse(ckpt.models.residual_mlp(8, 64, 32, 0))
    report = module.plan(activation_budget=fraction)["plans"][0]
    return module, report


def test_timeline_peak_is_the_measured_peak():
    module, report = planned_mlp()
    points, peak, exact = ckpt.plot.timeline(module)
    assert exact
    assert max(p[2] for p in points) == peak
    assert peak == report["predicted_peak_bytes"] <= report["budget_bytes"]
    measured = module.compile("step").run(module.seeded_inputs("step", 1))
    assert measured.peak_bytes == peak
    # Forward, then the regions' recompute-and-backward, in program order.
    regions = ckpt.plot._region_spans(points)
    assert len(report["regions"]) >= 1 and regions
    assert all(b < e for b, e in regions)


def test_unplanned_timeline_has_no_region():
    module = ckpt.Module.parse(ckpt.models.residual_mlp(4, 64, 32, 0))
    points, peak, _ = ckpt.plot.timeline(module)
    assert ckpt.plot._region_spans(points) == []
    assert points[-1][2] <= peak


def test_memory_timeline_png(tmp_path):
    module, report = planned_mlp()
    out = tmp_path / "timeline.png"
    fig = ckpt.plot.memory_timeline(module, budget=report["budget_bytes"],
                                    out=str(out))
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert any(l.startswith("budget") for l in labels)
    assert any(l.startswith("checkpoint region") for l in labels)
    assert out.read_bytes()[:8] == PNG_MAGIC


def test_memory_timeline_bad_entry():
    module, _ = planned_mlp()
    with pytest.raises(ckpt.Error, match="no function 'nope'"):
        ckpt.plot.timeline(module, entry="nope")


def test_pareto(tmp_path):
    text = ckpt.models.residual_mlp(4, 64, 32, 0)
    rows = ckpt.plot.pareto_sweep(text, steps=2, repeat=1)
    assert [r["activation_budget"] for r in rows] == [0.0, 0.5, 1.0]
    for r in rows:
        assert r["measured_peak_bytes"] == r["predicted_peak_bytes"]
        assert r["measured_peak_bytes"] <= r["budget_bytes"]
        assert r["measured_time_ms"] > 0
    assert rows[-1]["regions"] == 0 and rows[-1]["measured_overhead"] == 0
    out = tmp_path / "pareto.png"
    ckpt.plot.pareto(rows, out=str(out))
    assert out.read_bytes()[:8] == PNG_MAGIC
    with pytest.raises(ValueError):
        ckpt.plot.pareto_sweep(text, steps=0)
