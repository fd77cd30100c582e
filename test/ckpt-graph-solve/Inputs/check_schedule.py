#!/usr/bin/env python3
"""An independent checker of ckpt-graph-solve's output.

    check_schedule.py GRAPH.json BUDGET_BYTES < output.json

Replays the printed schedule on the graph under the semantics of
docs/GraphSolve.md, written anew here from the documented rules: a compute
needs every source of the node's links resident and makes the node
resident, a free drops a resident node, the peak is the largest sum of
cost_ram over resident nodes right after a compute, every node is computed at
least once, the cost is the sum of cost_cpu over all computes. Prints

    valid cost=<C> peak=<P> recomputes=<R> fits=<yes|no> keep_all_cost=<K>

after checking that the printed cost and peak are the replayed ones and that
"feasible" says whether the peak fits the budget; any violation is an
`invalid: ...` line and exit status 1.
"""
import json
import math
import sys


def fail(message):
    print("invalid: " + message)
    sys.exit(1)


def main():
    graph = json.load(open(sys.argv[1]))
    budget = int(sys.argv[2])
    out = json.load(sys.stdin)
    if set(out) != {"feasible", "cost", "peak", "schedule"}:
        fail("keys are %s" % sorted(out))
    ram = {n["id"]: n["cost_ram"] for n in graph["nodes"]}
    cpu = {n["id"]: n["cost_cpu"] for n in graph["nodes"]}
    sources = {i: set() for i in ram}
    for link in graph["links"]:
        sources[link["target"]].add(link["source"])
    resident, computed = set(), {}
    live = peak = 0
    cost = 0.0
    for index, step in enumerate(out["schedule"]):
        if not (isinstance(step, list) and len(step) == 2):
            fail("step %d is %r" % (index, step))
        kind, node = step
        if node not in ram:
            fail("step %d names unknown node %r" % (index, node))
        if kind == "compute":
            missing = sources[node] - resident
            if missing:
                fail("step %d computes %d without %s" % (index, node,
                                                         sorted(missing)))
            cost += cpu[node]
            computed[node] = computed.get(node, 0) + 1
            if node not in resident:
                resident.add(node)
                live += ram[node]
            peak = max(peak, live)
        elif kind == "free":
            if node not in resident:
                fail("step %d frees %d, not resident" % (index, node))
            resident.remove(node)
            live -= ram[node]
        else:
            fail("step %d has kind %r" % (index, kind))
    never = set(ram) - set(computed)
    if never:
        fail("never computed: %s" % sorted(never)[:5])
    if out["peak"] != peak:
        fail("printed peak %s, replayed %d" % (out["peak"], peak))
    if not math.isclose(out["cost"], cost, rel_tol=1e-12, abs_tol=1e-9):
        fail("printed cost %s, replayed %s" % (out["cost"], cost))
    fits = peak <= budget
    if out["feasible"] != fits:
        fail("feasible is %s but the peak %d %s the budget %d" % (
            out["feasible"], peak, "fits" if fits else "exceeds", budget))
    recomputes = sum(c - 1 for c in computed.values())
    print("valid cost=%g peak=%d recomputes=%d fits=%s keep_all_cost=%g" % (
        cost, peak, recomputes, "yes" if fits else "no", sum(cpu.values())))


if __name__ == "__main__":
    main()
