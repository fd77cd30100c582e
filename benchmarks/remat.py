#!/usr/bin/env python3
"""--ckpt-remat on whole training steps, measured (issue #14, item 4).

For each model, rematerializes the step at budgets that are fractions of
its unplanned peak, and at the least peak the pass reaches (the peak named
by its error at a budget of 10%), runs the unplanned and every rewritten
step with ckpt-run in interleaved rounds, and prints a Markdown table:
budget, predicted and measured peak (fraction of the unplanned one),
recomputed ops, recompute FLOPs (relative to the step's own FLOPs, from
the report), whether every output is bit-identical, and the median step
time relative to the unplanned step.

Models:
- ckpt's own step: examples/models.py residual_mlp(8, 1024, 128)
  differentiated by --ckpt-autodiff without checkpoint regions;
- AOTAutograd's joint graph of a 4-layer tanh MLP through torch-mlir
  (test/Transforms/ckpt-remat-joint.mlir).

  benchmarks/remat.py [--build build] [--rounds 5] [--repeat 10]
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def tool(build, name):
    return os.path.join(build, "bin", name)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--repeat", type=int, default=10)
    a = p.parse_args()
    opt, crun = tool(a.build, "ckpt-opt"), tool(a.build, "ckpt-run")
    work = tempfile.mkdtemp(prefix="ckpt-remat-bench-")
    sys.path.insert(0, os.path.join(ROOT, "examples"))
    import models
    mlp = os.path.join(work, "mlp.mlir")
    open(mlp, "w").write(models.residual_mlp(8, 1024, 128, 0))
    mlp_ad = os.path.join(work, "mlp-ad.mlir")
    code, _, err = run([opt, mlp, "--ckpt-autodiff", "-o", mlp_ad])
    if code:
        raise SystemExit(err)
    cases = [("residual_mlp(8, 1024, 128) step", mlp_ad, "step"),
             ("AOTAutograd 4-layer tanh MLP joint",
              os.path.join(ROOT, "test", "Transforms",
                           "ckpt-remat-joint.mlir"), "joint")]
    print("| model | budget | predicted = measured peak | recomputed ops "
          "| recompute FLOPs | identical | step time |")
    print("|---|---|---|---|---|---|---|")
    for title, path, entry in cases:
        base_dir = os.path.join(work, entry + "-base")
        os.makedirs(base_dir)
        code, out, err = run([crun, path, "--entry=" + entry, "--json",
                              "--output-dir=" + base_dir])
        if code:
            raise SystemExit(err)
        baseline = json.loads(out)["peak_bytes"]
        # The least peak of `entry`: the pass stops at the first public
        # function that cannot fit, so a budget that others cannot fit is
        # raised to the least peak the error names for them first.
        probe = baseline // 10
        while True:
            code, _, err = run([opt, path, "--ckpt-remat=memory-budget=%dB"
                                % probe, "-o", os.devnull])
            named = re.search(r"@(\w+) cannot fit the budget of \d+ bytes: "
                              r"the least peak reached is (\d+) bytes", err)
            if not named:
                raise SystemExit("no least peak in: " + err)
            if named.group(1) == entry:
                least = int(named.group(2))
                break
            probe = int(named.group(2))
        budgets = [int(baseline * f) for f in (0.8, 0.6, 0.5, 0.4)]
        budgets.append(least)
        rows = []
        for budget in sorted(set(budgets), reverse=True):
            tag = "%s-%d" % (entry, budget)
            rewritten = os.path.join(work, tag + ".mlir")
            report = os.path.join(work, tag + ".json")
            code, _, err = run([opt, path, "--ckpt-remat=memory-budget=%dB "
                                "report=%s" % (budget, report), "-o",
                                rewritten])
            if code:
                rows.append((budget, None, next(
                    (line.split("error: ", 1)[1] for line in err.splitlines()
                     if "error: " in line), err.strip())))
                continue
            entry_report = next(f for f in json.load(open(report))[
                "functions"] if f["function"] == entry)
            out_dir = os.path.join(work, tag + "-out")
            os.makedirs(out_dir)
            code, out, err = run([crun, rewritten, "--entry=" + entry,
                                  "--json", "--output-dir=" + out_dir])
            if code:
                raise SystemExit(err)
            measured = json.loads(out)["peak_bytes"]
            names = sorted(f for f in os.listdir(base_dir)
                           if f.endswith(".npy"))
            same = all(open(os.path.join(base_dir, f), "rb").read() ==
                       open(os.path.join(out_dir, f), "rb").read()
                       for f in names)
            rows.append((budget, (rewritten, entry_report, measured, same),
                         None))
        # Step times: the unplanned and every rewritten step, interleaved.
        files = [path] + [r[1][0] for r in rows if r[1]]
        times = {f: [] for f in files}
        for _ in range(a.rounds):
            for f in files:
                code, out, err = run([crun, f, "--entry=" + entry, "--json",
                                      "--repeat=%d" % a.repeat])
                if code:
                    raise SystemExit(err)
                times[f].append(json.loads(out)["time_ms"]["median"])
        base_time = statistics.median(times[path])
        print("| %s | unplanned | %d | 0 | 0 | — | 1.00 (%.2f ms) |" % (
            title, baseline, base_time))
        for budget, result, error in rows:
            label = "%d B (%.2f)%s" % (budget, budget / baseline,
                                       " least" if budget == int(
                                           least) else "")
            if not result:
                print("| %s | %s | %s | | | | |" % (title, label, error))
                continue
            rewritten, rep, measured, same = result
            predicted = rep["predicted_peak_bytes"]
            print("| %s | %s | %d (%.2f)%s | %d | %.3g | %s | %.2f |" % (
                title, label, measured, measured / baseline,
                "" if measured == predicted else
                " (predicted %d)" % predicted, rep["recomputed_ops"],
                rep["recompute_flops"], "yes" if same else "NO",
                statistics.median(times[rewritten]) / base_time))


if __name__ == "__main__":
    main()
