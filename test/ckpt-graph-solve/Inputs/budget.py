#!/usr/bin/env python3
"""Prints a budget a fraction of the way across a graph's range.

    budget.py GRAPH.json FRACTION

The range runs from the simple lower bound (the largest bytes of a node
plus its operands) to the keep-all schedule's peak (each node computed once
in id order, each result freed after its last reader), both computed here
from the graph, so that tests need not hard-code the budgets of graphs that
may be regenerated. Prints lower + FRACTION * (keep_all - lower), rounded
down to whole bytes.
"""
import json
import sys


def main():
    graph = json.load(open(sys.argv[1]))
    fraction = float(sys.argv[2])
    ram = {n["id"]: n["cost_ram"] for n in graph["nodes"]}
    sources = {i: set() for i in ram}
    last = {i: i for i in ram}
    for link in graph["links"]:
        sources[link["target"]].add(link["source"])
        last[link["source"]] = max(last[link["source"]], link["target"])
    lower = max(ram[v] + sum(ram[p] for p in sources[v]) for v in ram)
    live = peak = 0
    freed = {}
    for v, end in last.items():
        freed.setdefault(end, []).append(v)
    for v in sorted(ram):
        live += ram[v]
        peak = max(peak, live)
        for dead in freed.get(v, []):
            live -= ram[dead]
    print(int(lower + fraction * (peak - lower)))


if __name__ == "__main__":
    main()
