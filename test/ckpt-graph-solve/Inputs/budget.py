#!/usr/bin/env python3
"""Prints a budget a fraction of the way across a graph's range.

    budget.py GRAPH.json FRACTION

The range runs from the simple lower bound (the largest bytes of a node
plus its operands) to the keep-all schedule's peak (each node computed once
in id order, each result freed after its last reader), both computed from
the graph by benchmarks/graphs/make_graphs.py's bounds(), so that tests
need not hard-code the budgets of graphs that may be regenerated. Prints
lower + FRACTION * (keep_all - lower), rounded down to whole bytes.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "benchmarks", "graphs"))
from make_graphs import bounds  # noqa: E402


def main():
    graph = json.load(open(sys.argv[1]))
    fraction = float(sys.argv[2])
    lower, peak = bounds(graph)
    print(int(lower + fraction * (peak - lower)))


if __name__ == "__main__":
    main()
