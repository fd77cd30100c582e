"""Plots of a training step's memory and of the planner's trade-off (PNG).

    import ckpt, ckpt.plot
    m = ckpt.Module.parse(ckpt.models.residual_mlp(8, 256, 128, 0))
    planned = m.clone(); report = planned.plan(activation_budget=0.5)
    ckpt.plot.memory_timeline(planned, budget=report["plans"][0]["budget_bytes"],
                              out="timeline.png")
    ckpt.plot.pareto(ckpt.plot.pareto_sweep(m, steps=4), out="pareto.png")

Both read the exact memory model: the bufferized step that ckpt-plan checks
and that ckpt-run measures (its peak equals the measured one). matplotlib
is imported when a plot is drawn, with the Agg backend.
"""

from .core import Error, _as_module

MIB = float(1 << 20)


def timeline(module, entry="step"):
    """The live heap bytes of `entry` after each op, in program order.

    Returns (points, peak_bytes, exact): points is a list of
    (function, op name, live bytes, location); calls are expanded into
    their callee's ops on top of what the caller holds, so the forward, the
    backward and each checkpoint region's recompute and backward (functions
    whose names hold "_bwd_") appear in the order they run.
    """
    m = _as_module(module)
    entries, peak, exact = m._native.memory_timeline(entry)
    points = [p for p in entries if p[1] != "func.func"]
    return points, peak, exact


def _region_spans(points):
    """[begin, end) index ranges where a checkpoint region's backward runs."""
    spans, begin = [], None
    for i, (function, _, _, _) in enumerate(points):
        inside = "_bwd_" in function
        if inside and begin is None:
            begin = i
        elif not inside and begin is not None:
            spans.append((begin, i))
            begin = None
    if begin is not None:
        spans.append((begin, len(points)))
    return spans


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def memory_timeline(module, entry="step", budget=None, out=None, title=None):
    """Plots live MiB over program order for `entry` (a Module or MLIR text).

    Checkpoint regions' recompute-and-backward spans are shaded, the peak is
    marked, and `budget` (bytes), if given, is drawn as a line. Writes a PNG
    to `out` when given; returns the matplotlib Figure.
    """
    points, peak, exact = timeline(module, entry)
    if not points:
        raise ValueError("no ops in '%s' to plot" % entry)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4))
    xs = list(range(len(points)))
    ys = [p[2] / MIB for p in points]
    ax.step(xs, ys, where="post", color="C0", linewidth=1.0,
            label="live heap (forward, then backward)")
    for n, (begin, end) in enumerate(_region_spans(points)):
        ax.axvspan(begin, end, color="C1", alpha=0.15, linewidth=0,
                   label="checkpoint region: recompute + backward"
                   if n == 0 else None)
    top = max(range(len(points)), key=lambda i: points[i][2])
    ax.plot([top], [ys[top]], "v", color="C3",
            label="peak %.2f MiB%s" % (peak / MIB,
                                       "" if exact else " (lower bound)"))
    if budget is not None:
        ax.axhline(budget / MIB, color="C2", linestyle="--",
                   label="budget %.2f MiB" % (budget / MIB))
    ax.set_xlabel("ops of @%s in program order" % entry)
    ax.set_ylabel("live heap MiB")
    ax.set_ylim(bottom=0)
    ax.set_title(title or "@%s: memory over the training step" % entry)
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    if out:
        fig.savefig(out, dpi=120)
    return fig


def _first_error(error):
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    errors = [l for l in lines if "error:" in l]
    return (errors or lines or ["no message"])[0]


def pareto_sweep(module, entry="step", steps=8, repeat=3):
    """Plans `module` at activation budgets 0, 1/steps, ..., 1 and runs each
    planned step (`repeat` timed calls). Returns one dict per budget with
    the report's budget_bytes, predicted_peak_bytes, regions,
    recompute_flops and estimated_overhead, the measured_peak_bytes and
    measured_time_ms, and measured_overhead (time over the unplanned step's
    time, minus 1; the unplanned step is the 0-region plan at the largest
    budget, else None). A failing plan or run raises ckpt.Error naming the
    budget."""
    if steps < 1 or repeat < 1:
        raise ValueError("steps and repeat must be at least 1")
    base = _as_module(module)
    rows = []
    for i in range(steps + 1):
        fraction = i / steps
        planned = base.clone()
        try:
            (plan,) = planned.plan(activation_budget=fraction)["plans"]
        except Error as e:
            raise Error("the plan failed at activation-budget=%s: %s"
                        % (fraction, _first_error(e))) from e
        try:
            result = planned.compile(entry).run(
                planned.seeded_inputs(entry, 0), repeat=repeat)
        except Error as e:
            raise Error("the run failed at activation-budget=%s: %s"
                        % (fraction, _first_error(e))) from e
        rows.append({
            "activation_budget": fraction,
            "budget_bytes": plan["budget_bytes"],
            "predicted_peak_bytes": plan["predicted_peak_bytes"],
            "regions": len(plan["regions"]),
            "recompute_flops": plan["recompute_flops"],
            "estimated_overhead": plan["estimated_overhead"],
            "measured_peak_bytes": result.peak_bytes,
            "measured_time_ms": result.time_ms["median"],
        })
    unplanned = [r for r in rows if r["regions"] == 0]
    time0 = (max(unplanned, key=lambda r: r["activation_budget"])
             ["measured_time_ms"] if unplanned else None)
    for r in rows:
        r["measured_overhead"] = (r["measured_time_ms"] / time0 - 1
                                  if time0 else None)
    return rows


def pareto(rows, out=None, title=None):
    """Plots peak bytes against relative step time, estimated (the cost
    model) and measured, for the rows of pareto_sweep. Writes a PNG to
    `out` when given; returns the Figure."""
    if not rows:
        raise ValueError("no plans to plot")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot([r["predicted_peak_bytes"] / MIB for r in rows],
            [1 + r["estimated_overhead"] for r in rows], "o-",
            label="estimated (x unplanned step)")
    timed = [r for r in rows if r["measured_overhead"] is not None]
    if timed:
        ax.plot([r["measured_peak_bytes"] / MIB for r in timed],
                [1 + r["measured_overhead"] for r in timed], "s--",
                label="measured")
    ax.set_xlabel("peak MiB")
    ax.set_ylabel("relative step time")
    ax.set_title(title or "ckpt-plan: memory against recompute time")
    ax.legend()
    fig.tight_layout()
    if out:
        fig.savefig(out, dpi=120)
    return fig
