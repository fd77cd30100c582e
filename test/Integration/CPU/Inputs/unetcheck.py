#!/usr/bin/env python3
"""ckpt-plan's chain and graph planners on one model, in-process.

  unetcheck.py MODEL.mlir BUDGET [BUDGET ...]

For each memory budget (bytes): plans @step with strategy=optimal (both
planners, the report's "solver" says which was taken) and with
solver=graph (the graph solver's plan alone), runs each planned step
through the package's JIT and prints one line:

  <budget>: solver S chain_flops C graph_flops G predicted P measured M

C is the recompute FLOPs of the cheapest chain-planner candidate that fits
("-" if none), G that of solver=graph ("-" if infeasible). It fails when
a measured peak differs from its prediction or exceeds the budget, or when
the solver taken recomputes more than the other one's plan that fits.
"""

import sys

import ckpt


def plan(module, opts):
    planned = module.clone()
    try:
        (report,) = planned.run("builtin.module(ckpt-plan{%s})" % opts)
    except ckpt.Error:
        return None, None
    return planned, report["plans"][0]


def measure(planned):
    return planned.compile("step").run(planned.seeded_inputs("step", 0)).peak_bytes


def main():
    module = ckpt.Module.load(sys.argv[1])
    ok = True
    for budget in sys.argv[2:]:
        opt_module, opt = plan(module, "memory-budget=%s" % budget)
        graph_module, graph = plan(module, "solver=graph memory-budget=%s" % budget)
        if opt is None:
            print("%s: infeasible" % budget)
            continue
        chain = [c for c in opt["candidates"]
                 if not c["plan"].startswith("graph") and c["fits"]]
        chain_flops = min((c["recompute_flops"] for c in chain), default=None)
        graph_flops = graph["recompute_flops"] if graph else None
        measured = measure(opt_module)
        print("%s: solver %s chain_flops %s graph_flops %s predicted %d measured %d"
              % (budget, opt["solver"], "-" if chain_flops is None else chain_flops,
                 "-" if graph_flops is None else graph_flops,
                 opt["predicted_peak_bytes"], measured))
        if measured != opt["predicted_peak_bytes"] or measured > int(budget):
            print("  FAIL: measured peak off the prediction or over the budget")
            ok = False
        if graph:
            g = measure(graph_module)
            print("  graph plan %s predicted %d measured %d"
                  % (graph["plan"], graph["predicted_peak_bytes"], g))
            if g != graph["predicted_peak_bytes"] or g > int(budget):
                print("  FAIL: graph plan's measured peak off or over")
                ok = False
        taken = opt["recompute_flops"]
        other = graph_flops if opt["solver"] == "chain" else chain_flops
        if other is not None and taken > other:
            print("  FAIL: the solver taken recomputes more than the other")
            ok = False
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
