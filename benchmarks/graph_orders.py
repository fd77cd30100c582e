#!/usr/bin/env python3
"""ckpt-graph-solve's order search against the index order alone.

    benchmarks/graph_orders.py [--build build] --nodes 100 --seeds 1-10
                               [--fractions 0.15,0.2,0.3,0.5,0.75]

For each random layered DAG make_graphs.random_layered(nodes, seed) and
each budget lower_bound + f * (keep_all_peak - lower_bound) (the simple
bound, as benchmarks/graph_solve.py), runs ckpt-graph-solve with
--order=given and with --order=search (the default) and prints both costs
("-" where no schedule was found), then how many budgets the search made
cheaper, left equal or made dearer, the budgets only one of them found a
schedule for, and the geometric mean and extremes of search / given where
both did. Every schedule is replayed by the checker of the lit tests.
Costs only: the solver's work bound fixes its answer on every machine.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "graphs"))
from make_graphs import bounds, random_layered  # noqa: E402

CHECKER = os.path.join(ROOT, "test", "ckpt-graph-solve", "Inputs",
                       "check_schedule.py")


def solve(tool, path, budget, *options):
    """The cost of ckpt-graph-solve's schedule (run with `options` too),
    replayed by the checker, or None when it found none within the budget
    (or the budget is below the lower bound)."""
    r = subprocess.run([tool, "--graph=" + path, "--budget=%d" % budget,
                        *options], capture_output=True, text=True)
    if r.returncode:
        if "below the least peak" in r.stderr:
            return None
        raise SystemExit(r.stderr)
    check = subprocess.run([sys.executable, CHECKER, path, str(budget)],
                           input=r.stdout, capture_output=True, text=True)
    if check.returncode:
        raise SystemExit("invalid schedule: " + check.stdout + check.stderr)
    out = json.loads(r.stdout)
    return out["cost"] if out["feasible"] else None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--nodes", type=int, required=True)
    p.add_argument("--seeds", required=True, help="first-last, inclusive")
    p.add_argument("--fractions", default="0.15,0.2,0.3,0.5,0.75")
    a = p.parse_args()
    tool = os.path.join(a.build, "bin", "ckpt-graph-solve")
    first, last = map(int, a.seeds.split("-"))
    scratch = tempfile.mkdtemp()
    lower = equal = higher = given_only = search_only = 0
    ratios = []
    print("| seed | f | given | search |")
    print("|---|---|---|---|")
    for seed in range(first, last + 1):
        g = random_layered(a.nodes, seed)
        path = os.path.join(scratch, "layered%ds%d.json" % (a.nodes, seed))
        with open(path, "w") as f:
            json.dump(g, f)
        low, keep_all = bounds(g)
        for f in map(float, a.fractions.split(",")):
            budget = int(low + f * (keep_all - low))
            given = solve(tool, path, budget, "--order=given")
            search = solve(tool, path, budget, "--order=search")
            print("| %d | %.2f | %s | %s |" % (
                seed, f, "-" if given is None else "%g" % given,
                "-" if search is None else "%g" % search), flush=True)
            if given is None or search is None:
                given_only += search is None and given is not None
                search_only += given is None and search is not None
                continue
            ratios.append(search / given)
            lower += search < given
            equal += search == given
            higher += search > given
    print()
    print("search cheaper at %d, equal at %d, dearer at %d; a schedule only "
          "with search at %d, only with given at %d" % (
              lower, equal, higher, search_only, given_only))
    if ratios:
        mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print("search / given: geometric mean %.4f, least %.3f, most %.3f" %
              (mean, min(ratios), max(ratios)))


if __name__ == "__main__":
    main()
