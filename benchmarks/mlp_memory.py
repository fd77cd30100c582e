#!/usr/bin/env python3
"""Peak memory and time of the residual-MLP training step, with and without
checkpoint regions, measured side by side in-process by the ckpt package (as ckpt-run
measures them).

  benchmarks/mlp_memory.py [--build build] [--layers 16] [--batch 1024]
                           [--width 128] [--segments 4] [--repeat 3]
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
    p.add_argument("--layers", type=int, default=16)
    p.add_argument("--batch", type=int, default=1024)
    p.add_argument("--width", type=int, default=128)
    p.add_argument("--segments", type=int, default=4)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    ckpt = import_ckpt(a.build)
    rows = []
    for segs in (0, a.segments):
        module = ckpt.parse(ckpt.models.residual_mlp(a.layers, a.batch,
                                                     a.width, segs))
        result = module.compile("step").run(module.seeded_inputs("step", 0),
                                            repeat=a.repeat)
        rows.append((segs, result.report))
    base = rows[0][1]
    print("| regions | peak bytes | peak MiB | vs. none | step ms (median) | vs. none |")
    print("|---|---|---|---|---|---|")
    for segs, r in rows:
        print("| %d | %d | %.2f | %.2f | %.1f | %.2f |" % (
            segs, r["peak_bytes"], r["peak_bytes"] / 2**20,
            r["peak_bytes"] / base["peak_bytes"], r["time_ms"]["median"],
            r["time_ms"]["median"] / base["time_ms"]["median"]))


if __name__ == "__main__":
    main()
