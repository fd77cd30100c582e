#!/usr/bin/env python3
"""ckpt-plan with and without save_dots regions, measured side by side.

For a residual MLP (matmul-heavy), plans the step at several activation
budgets with save-dots=true (the default) and save-dots=false, runs the
unplanned and each planned step in-process (the ckpt package), and
prints a Markdown table: budget, policies chosen, predicted and measured
peak, estimated overhead, measured time relative to the unplanned step.

  benchmarks/plan_save_dots.py [--build build] [--layers 8] [--batch 512]
                               [--width 256] [--repeat 5]
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "scripts"))
from ckpt_import import import_ckpt  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default="build")
    p.add_argument("--layers", type=int, default=8)
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--width", type=int, default=256)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--budgets", default="0.9,0.75,0.5")
    a = p.parse_args()
    ckpt = import_ckpt(a.build)
    plain = ckpt.parse(ckpt.models.residual_mlp(a.layers, a.batch, a.width,
                                                0))

    def measure(module):
        result = module.compile("step").run(module.seeded_inputs("step", 0),
                                            repeat=a.repeat)
        return result.peak_bytes, result.time_ms["median"]

    base_peak, base_ms = measure(plain)
    print("residual MLP: %d layers, batch %d, width %d, f32; unplanned peak "
          "%d B, %.2f ms (median of %d)" % (a.layers, a.batch, a.width,
                                           base_peak, base_ms, a.repeat))
    print()
    print("| activation budget | save-dots | regions | predicted peak | "
          "measured peak | est. overhead | measured time |")
    print("|---|---|---|---|---|---|---|")
    for budget in a.budgets.split(","):
        for save_dots in ("true", "false"):
            planned = plain.clone()
            (plan,) = planned.plan(activation_budget=float(budget),
                                   save_dots=save_dots == "true")["plans"]
            peak, ms = measure(planned)
            policies = {}
            for r in plan["regions"]:
                policies[r["policy"]] = policies.get(r["policy"], 0) + 1
            print("| %s | %s | %s | %d B | %d B | %.1f%% | x%.2f |" % (
                budget, save_dots,
                ", ".join("%d %s" % (n, k) for k, n in sorted(
                    policies.items())) or "none",
                plan["predicted_peak_bytes"], peak,
                100 * plan["estimated_overhead"], ms / base_ms))


if __name__ == "__main__":
    main()
