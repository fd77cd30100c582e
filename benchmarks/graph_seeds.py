#!/usr/bin/env python3
"""Two ckpt-graph-solve builds side by side over local-search seeds.

    benchmarks/graph_seeds.py --tools OLD,NEW [--seeds 5]
                              [--graphs segnet,resnet50,...]
                              [--fractions 0,0.1,0.25,0.5,0.75]

At low budgets the local search's answer swings with its seed by several
percent, so one run per budget cannot tell a better solver from a luckier
one. For each graph of benchmarks/graphs/ (or layered<N>s<SEED>, made on
the fly as in graph_solve.py) and each budget lower_bound + f *
(keep_all_peak - lower_bound), runs each tool with --seed=1..N and prints,
per tool, the geometric mean of cost / (sum of all costs) over the seeds
that found a schedule, its range, and how many did. Every schedule is
replayed by the checker of the lit tests. Costs only: the work bound fixes
each answer on every machine.
"""
import argparse
import json
import math
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "graphs"))
sys.path.insert(0, HERE)
from make_graphs import bounds, random_layered  # noqa: E402
from graph_orders import solve  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--tools", required=True,
                   help="two ckpt-graph-solve binaries, comma-separated")
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--graphs", default="segnet,resnet50,unet,mobilenet,"
                   "random100,random250,random500,random1000")
    p.add_argument("--fractions", default="0,0.1,0.25,0.5,0.75")
    a = p.parse_args()
    tools = a.tools.split(",")
    scratch = tempfile.mkdtemp()
    print("| graph | f | " + " | ".join(tools) + " |")
    print("|---|---|" + "---|" * len(tools))
    for name in a.graphs.split(","):
        path = os.path.join(HERE, "graphs", name + ".json")
        if name.startswith("layered"):
            n, seed = name[len("layered"):].split("s")
            path = os.path.join(scratch, name + ".json")
            with open(path, "w") as f:
                json.dump(random_layered(int(n), int(seed)), f)
        g = json.load(open(path))
        lower, keep_all = bounds(g)
        total = sum(node["cost_cpu"] for node in g["nodes"])
        for f in map(float, a.fractions.split(",")):
            budget = int(lower + f * (keep_all - lower))
            cells = []
            for tool in tools:
                ratios = [c / total for c in
                          (solve(tool, path, budget, "--seed=%d" % s)
                           for s in range(1, a.seeds + 1)) if c is not None]
                if not ratios:
                    cells.append("none of %d" % a.seeds)
                    continue
                mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
                cells.append("%.4f (%.4f-%.4f, %d of %d)" % (
                    mean, min(ratios), max(ratios), len(ratios), a.seeds))
            if all(c.startswith("none") for c in cells):
                continue
            print("| %s | %.2f | %s |" % (name, f, " | ".join(cells)),
                  flush=True)


if __name__ == "__main__":
    main()
