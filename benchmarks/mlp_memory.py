#!/usr/bin/env python3
"""Peak memory and time of the residual-MLP training step, with and without
checkpoint regions, measured side by side by ckpt-run.

  benchmarks/mlp_memory.py [--build build] [--layers 16] [--batch 1024]
                           [--width 128] [--segments 4] [--repeat 3]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "examples"))
import models  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default="build")
    p.add_argument("--layers", type=int, default=16)
    p.add_argument("--batch", type=int, default=1024)
    p.add_argument("--width", type=int, default=128)
    p.add_argument("--segments", type=int, default=4)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    tmp = tempfile.mkdtemp()
    rows = []
    for segs in (0, a.segments):
        path = os.path.join(tmp, "m%d.mlir" % segs)
        with open(path, "w") as f:
            f.write(models.residual_mlp(a.layers, a.batch, a.width, segs))
        out = subprocess.run(
            [os.path.join(a.build, "bin", "ckpt-run"), path, "--entry=step",
             "--json", "--repeat=%d" % a.repeat],
            capture_output=True, text=True, check=True).stdout
        rows.append((segs, json.loads(out)))
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
