#!/usr/bin/env python3
"""Checks scripts/pareto.py's CSV (and PNG) for pareto.test.

  paretocheck.py OUT STEPS

Reads OUT.csv and prints one line per row:

  budget F: predicted P measured M limit B regions R time ok overhead X

then `rows N` and `png ok` (matplotlib imports and OUT.png is a PNG) or
`png skipped (no matplotlib)`. Asserts that every measured peak equals the
prediction and stays within the budget, that times are positive and
overheads numeric, and that there are STEPS + 1 rows.
"""
import csv
import os
import sys

COLUMNS = ["activation_budget", "budget_bytes", "predicted_peak_bytes",
           "regions", "recompute_flops", "estimated_overhead",
           "measured_peak_bytes", "measured_time_ms", "measured_overhead"]

out, steps = sys.argv[1], int(sys.argv[2])
with open(out + ".csv", newline="") as f:
    reader = csv.DictReader(f)
    assert reader.fieldnames == COLUMNS, reader.fieldnames
    rows = list(reader)

for r in rows:
    predicted = int(r["predicted_peak_bytes"])
    measured = int(r["measured_peak_bytes"])
    budget = int(r["budget_bytes"])
    time_ms = float(r["measured_time_ms"])
    overhead = float(r["measured_overhead"])
    print("budget %s: predicted %d measured %d limit %d regions %s time %s "
          "overhead %s" % (r["activation_budget"], predicted, measured,
                           budget, r["regions"],
                           "ok" if time_ms > 0 else "BAD", r["measured_overhead"]))
    assert measured == predicted, (predicted, measured)
    assert measured <= budget, (measured, budget)
    assert time_ms > 0, time_ms
    assert overhead > -1, overhead
print("rows %d" % len(rows))
assert len(rows) == steps + 1, (len(rows), steps)

try:
    import matplotlib  # noqa: F401
except ImportError:
    print("png skipped (no matplotlib)")
else:
    with open(out + ".png", "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n", "not a PNG"
    print("png ok")
