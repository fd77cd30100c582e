#!/usr/bin/env python3
"""Checks ckpt's training step of an exported PyTorch model against a torch
reference, without torch: numpy only.

The fixture (benchmarks/transformer/export.py) has @loss(x, *params) and
@step = ckpt.value_and_grad of @loss with respect to every argument. Its
inputs are reproducible from numpy alone (make_inputs): argument i in @loss's
order is drawn from one np.random.default_rng(seed), in order:
  argument 0 (the input x): standard normal;
  rank >= 2 (weights):      uniform(-1, 1) / sqrt(shape[-1]);
  rank 1 (biases, LN):      uniform(-1, 1);
each drawn in float64 and cast to the argument's type. The export script
loads the same arrays into the torch model and writes the reference JSON
(summarize): the loss, and per gradient its L2 norm and its dot products
with NPROJ unit vectors drawn from np.random.default_rng([PROJ_SEED, i]).

  torchref.py inputs FIXTURE DIR [--seed=0]
      Writes in<i>.npy for ckpt-run --input=..., one per argument, in order.

  torchref.py run FIXTURE [--ref=REF.json] [--plan=OPTS ...] [--workdir=DIR]
              [--measure=run|report] [--expect=identical,exact,budget,predicted]
              [--tol=1e-5] [--peak-tol=0.02]
      Runs @step unplanned, in-process through the `ckpt` package (its JIT
      measures peak_bytes as ckpt-run does; outputs saved in DIR/none as
      ckpt-run --output-dir would) and compares the loss and gradients with
      the reference (within tol, norm-wise), its measured peak with the
      exact memory model's (--ckpt-memory-report's). Then, for each --plan
      (the body of --ckpt-plan="..."; in memory-budget=F%, F is a
      percentage of the unplanned exact peak), plans with ckpt-plan, takes
      the planned @step's exact peak, runs it, and requires what
      --expect lists: identical: every output bit-identical to the unplanned
      step's; exact: measured peak == the exact report; budget: peak <=
      budget; predicted: |peak - predicted_peak_bytes| <= peak-tol *
      predicted. With --measure=report nothing is run: peak = the exact
      report (which 'exact' checks against measurement elsewhere).
      Prints one line per step; exits non-zero on any failure.

  torchref.py compare REF.json OUTDIR [--perturb=I:REL] [--tol=1e-5]
      Compares the out<i>.npy of a run (out0 = loss, out1.. = gradients)
      with the reference. --perturb=I:REL first changes out<I> by REL times
      its norm along a random direction (I:REL:one: in its largest element
      only), to show that the comparison notices.
"""

import argparse
import json
import math
import os
import re
import sys
import tempfile

import numpy as np

NPROJ = 2
PROJ_SEED = 20261201
DTYPES = {"f32": np.float32, "f64": np.float64}


def fail(msg):
    sys.exit("torchref: " + msg)


def signature(text, name="loss"):
    """[(shape, dtype)] of func.func @name's arguments, from the IR text."""
    m = re.search(r"func\.func\s+(?:private\s+)?@%s\s*\((.*?)\)\s*->" %
                  re.escape(name), text, re.S)
    if not m:
        fail("no func.func @%s in the fixture" % name)
    args = []
    for ty in re.findall(r"%\w+\s*:\s*(tensor<[^>]*>|f32|f64)", m.group(1)):
        t = re.match(r"tensor<((?:\d+x)*)(f32|f64)>", ty)
        if t:
            args.append((tuple(int(d) for d in t.group(1).split("x") if d),
                         t.group(2)))
        elif ty in DTYPES:
            args.append(((), ty))
        else:
            fail("unsupported argument type %r" % ty)
    return args


def make_inputs(shapes, seed=0):
    """The arrays of @loss's arguments, in order (see the module doc)."""
    rng = np.random.default_rng(seed)
    out = []
    for i, (shape, dtype) in enumerate(shapes):
        if i == 0:
            a = rng.standard_normal(shape)
        elif len(shape) >= 2:
            a = rng.uniform(-1.0, 1.0, shape) / math.sqrt(shape[-1])
        else:
            a = rng.uniform(-1.0, 1.0, shape)
        out.append(np.ascontiguousarray(a.astype(DTYPES[dtype])))
    return out


def projections(index, size):
    """NPROJ unit vectors (float64) for gradient `index` (0 = d/dx)."""
    v = np.random.default_rng([PROJ_SEED, index]).standard_normal((NPROJ, size))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def summarize(loss, grads, seed):
    """The compact reference: loss, per gradient norm and projections."""
    entries = []
    for i, g in enumerate(grads):
        g = np.asarray(g, dtype=np.float64).ravel()
        entries.append({
            "shape": list(np.shape(grads[i])),
            "norm": float(np.linalg.norm(g)),
            "proj": [float(p) for p in projections(i, g.size) @ g],
        })
    return {"seed": seed, "nproj": NPROJ, "proj_seed": PROJ_SEED,
            "loss": float(loss), "grads": entries}


def dumps(ref):
    """The reference as JSON text, one gradient a line."""
    head = {k: v for k, v in ref.items() if k != "grads"}
    lines = [json.dumps(g, separators=(", ", ": ")) for g in ref["grads"]]
    return (json.dumps(head)[:-1] + ', "grads": [\n ' + ",\n ".join(lines)
            + "\n]}\n")


def write_inputs(fixture, workdir, seed):
    shapes = signature(open(fixture).read())
    files = []
    for i, a in enumerate(make_inputs(shapes, seed)):
        f = os.path.join(workdir, "in%d.npy" % i)
        np.save(f, a)
        files.append(f)
    return files


def load_outputs(outdir):
    outs, i = [], 0
    while os.path.exists(os.path.join(outdir, "out%d.npy" % i)):
        outs.append(np.load(os.path.join(outdir, "out%d.npy" % i)))
        i += 1
    return outs


def compare(ref, outs, tol):
    """Prints one line for the loss, one summary line for the gradients and
    one line per failing gradient; returns True when all are within tol."""
    ok = True
    grads = ref["grads"]
    if len(outs) != 1 + len(grads):
        print("FAIL: %d outputs, the reference has a loss and %d gradients"
              % (len(outs), len(grads)))
        return False
    loss = float(np.asarray(outs[0], dtype=np.float64))
    rel = abs(loss - ref["loss"]) / abs(ref["loss"])
    print("loss: %s (rel %.1e)" % ("ok" if rel <= tol else "FAIL", rel))
    ok &= rel <= tol
    worst = 0.0
    for i, (e, g) in enumerate(zip(grads, outs[1:])):
        if list(g.shape) != e["shape"]:
            print("FAIL: gradient %d has shape %s, the reference %s"
                  % (i, list(g.shape), e["shape"]))
            ok = False
            continue
        g = g.astype(np.float64).ravel()
        n = e["norm"]
        errs = [abs(np.linalg.norm(g) - n) / n]
        errs += [abs(p - q) / n
                 for p, q in zip(projections(i, g.size) @ g, e["proj"])]
        err = max(errs) if np.all(np.isfinite(g)) else math.inf
        worst = max(worst, err)
        if err > tol:
            print("FAIL: gradient %d %s: norm-wise error %.2e > %g"
                  % (i, e["shape"], err, tol))
            ok = False
    print("gradients: %d %s (worst %.1e, tol %g)"
          % (len(grads), "ok" if worst <= tol else "FAIL", worst, tol))
    return ok


def perturb(outs, spec):
    """I:REL: out<I> changed by REL * ||out_I|| (norm-wise), spread over the
    whole tensor along a fixed random direction independent of the
    projections; I:REL:one puts the change into the largest element."""
    parts = spec.split(":")
    i, rel = int(parts[0]), float(parts[1])
    g = outs[i].astype(np.float64)
    n = np.linalg.norm(g)
    if len(parts) > 2 and parts[2] == "one":
        d = np.zeros(g.size)
        d[np.argmax(np.abs(g.ravel()))] = 1.0
    else:
        d = np.random.default_rng(7).standard_normal(g.size)
        d /= np.linalg.norm(d)
    outs[i] = (g.ravel() + rel * n * d).reshape(g.shape).astype(outs[i].dtype)
    print("perturbed out%d by %g of its norm" % (i, rel))


def _ckpt():
    """The `ckpt` package, imported on use: export.py and the benchmark
    import this file for its inputs and references only."""
    import ckpt
    import ckpt.plot
    return ckpt


def load_module(path):
    ckpt = _ckpt()
    try:
        return ckpt.Module.load(path)
    except ckpt.Error as e:
        fail("cannot parse %s:\n%s" % (path, e))


def run_step(module, inputs, outdir):
    """@step JIT-compiled and called in-process (peak_bytes measured as
    ckpt-run measures it); its outputs are also saved as outdir/outK.npy,
    as ckpt-run --output-dir would, for the compare command."""
    ckpt = _ckpt()
    os.makedirs(outdir, exist_ok=True)
    try:
        result = module.compile("step").run(inputs)
    except ckpt.Error as e:
        fail("running @step failed:\n%s" % str(e)[-4000:])
    for i, out in enumerate(result.outputs):
        np.save(os.path.join(outdir, "out%d.npy" % i), out)
    return result.peak_bytes, list(result.outputs)


def exact_peak(module):
    """The exact memory model's peak of @step (--ckpt-memory-report's)."""
    ckpt = _ckpt()
    try:
        _, peak, exact = ckpt.plot.timeline(module, "step")
    except ckpt.Error as e:
        fail("the memory model failed:\n%s" % e)
    if not exact:
        fail("no exact memory report for @step")
    return peak


def cmd_run(args):
    ref = json.load(open(args.ref)) if args.ref else None
    expect = set(e for e in args.expect.split(",") if e)
    unknown = expect - {"identical", "exact", "budget", "predicted"}
    if unknown:
        fail("unknown --expect %s" % ",".join(sorted(unknown)))
    jit = args.measure == "run"
    workdir = args.workdir or tempfile.mkdtemp(prefix="torchref")
    os.makedirs(workdir, exist_ok=True)
    inputs = make_inputs(signature(open(args.fixture).read()),
                         ref["seed"] if ref else args.seed)
    ok = True
    fixture = load_module(args.fixture)
    exact = exact_peak(fixture)
    if jit:
        peak, base = run_step(fixture, inputs, os.path.join(workdir, "none"))
        if ref:
            ok &= compare(ref, base, args.tol)
        print("none: exact %d measured %d" % (exact, peak))
        if "exact" in expect and peak != exact:
            print("  FAIL: measured peak differs from the exact memory report")
            ok = False
    else:
        print("none: exact %d" % exact)
    for k, opts in enumerate(args.plan):
        shown = opts
        pct = re.search(r"memory-budget=([0-9.]+)%", opts)
        if pct:
            opts = opts.replace(pct.group(0), "memory-budget=%d" % int(
                float(pct.group(1)) / 100 * exact))
        planned = fixture.clone()
        try:
            (report,) = planned.run("builtin.module(ckpt-plan{%s})" % opts)
        except _ckpt().Error as e:
            fail("ckpt-plan=%s failed:\n%s" % (opts, e))
        plan = report["plans"][0]
        predicted, budget = plan["predicted_peak_bytes"], plan["budget_bytes"]
        pexact = exact_peak(planned)
        line = "%s: budget %s predicted %d exact %d" % (
            shown, budget, predicted, pexact)
        errs = []
        peak = pexact
        if jit:
            peak, outs = run_step(planned, inputs,
                                  os.path.join(workdir, "plan%d" % k))
            line += " measured %d" % peak
            if "exact" in expect and peak != pexact:
                errs.append("measured peak differs from the exact memory "
                            "report")
            same = len(outs) == len(base) and all(
                a.shape == b.shape and np.array_equal(a, b)
                for a, b in zip(outs, base))
            if same:
                line += " identical"
            elif "identical" in expect:
                errs.append("outputs differ from the unplanned step's")
        line += " regions %d" % len(plan["regions"])
        if ("budget" in expect and "memory-budget=" in opts
                and peak > budget):
            errs.append("peak %d over the budget %d (%.2fx)"
                        % (peak, budget, peak / budget))
        if ("predicted" in expect
                and abs(peak - predicted) > args.peak_tol * predicted):
            errs.append("peak %d off the prediction %d by %.1f%% (> %g%%)"
                        % (peak, predicted, 100 * abs(peak - predicted)
                           / predicted, 100 * args.peak_tol))
        print(line)
        for e in errs:
            print("  FAIL: " + e)
        ok &= not errs
    sys.stdout.flush()
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("inputs")
    a.add_argument("fixture")
    a.add_argument("dir")
    a.add_argument("--seed", type=int, default=0)
    r = sub.add_parser("run")
    r.add_argument("fixture")
    r.add_argument("--ref")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--plan", action="append", default=[])
    r.add_argument("--workdir")
    r.add_argument("--tol", type=float, default=1e-5)
    r.add_argument("--peak-tol", type=float, default=0.02)
    r.add_argument("--measure", choices=["run", "report"], default="run",
                   help="peaks measured by running @step (and outputs), or "
                   "only the exact memory model's (no JIT)")
    r.add_argument("--expect", default="identical,exact,budget,predicted",
                   help="which properties of the planned steps to require")
    c = sub.add_parser("compare")
    c.add_argument("ref")
    c.add_argument("outdir")
    c.add_argument("--perturb")
    c.add_argument("--tol", type=float, default=1e-5)
    args = p.parse_args()
    if args.cmd == "inputs":
        os.makedirs(args.dir, exist_ok=True)
        files = write_inputs(args.fixture, args.dir, args.seed)
        print(" ".join("--input=" + f for f in files))
        return 0
    if args.cmd == "run":
        return cmd_run(args)
    outs = load_outputs(args.outdir)
    if args.perturb:
        perturb(outs, args.perturb)
    return 0 if compare(json.load(open(args.ref)), outs, args.tol) else 1


if __name__ == "__main__":
    sys.exit(main())
