#!/usr/bin/env python3
"""ckpt-plan's chain and graph planners on one model, in-process.

  unetcheck.py MODEL.mlir BUDGET [BUDGET ...]

For each memory budget (bytes): plans @step with strategy=optimal (both
planners, the report's "solver" says which was taken), with solver=chain
(the chain planner alone) and with solver=graph (the graph solver's plan
alone), runs the steps of the first and the last through the package's
JIT and prints one line:

  <budget>: solver S flops F predicted P measured M chain_flops C graph_flops G

F is the recompute FLOPs of the plan taken, C that of solver=chain, G
that of solver=graph ("-" if infeasible), and one more line for the graph
plan's peaks. It fails when a measured peak differs from its prediction or
exceeds the budget, or when the graph plan is taken although its step is
not estimated faster than the chain plan's ("estimated_overhead").
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
        _, chain = plan(module, "solver=chain memory-budget=%s" % budget)
        graph_module, graph = plan(module, "solver=graph memory-budget=%s" % budget)
        if opt is None:
            print("%s: infeasible" % budget)
            continue

        def flops(report):
            return "-" if report is None else report["recompute_flops"]

        measured = measure(opt_module)
        print("%s: solver %s flops %d predicted %d measured %d chain_flops %s "
              "graph_flops %s" % (budget, opt["solver"], opt["recompute_flops"],
                                  opt["predicted_peak_bytes"], measured,
                                  flops(chain), flops(graph)))
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
        if (opt["solver"] == "graph" and chain is not None and
                opt["estimated_overhead"] >= chain["estimated_overhead"]):
            print("  FAIL: the graph plan taken is not estimated faster "
                  "(%g against the chain plan's %g)"
                  % (opt["estimated_overhead"], chain["estimated_overhead"]))
            ok = False
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
