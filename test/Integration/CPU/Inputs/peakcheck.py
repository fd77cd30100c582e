#!/usr/bin/env python3
"""A plan's predicted peak against a run's measured one.

  peakcheck.py PLAN.json RUN.json

PLAN.json is a ckpt-plan report (report=), RUN.json what `ckpt-run --json`
printed for the planned step. Prints

  regions R budget B predicted P measured M

and a FAIL line when the measured peak is over the budget.
"""

import json
import sys


def main():
    plan = json.load(open(sys.argv[1]))["plans"][0]
    run = json.load(open(sys.argv[2]))
    budget = plan["budget_bytes"]
    measured = run["peak_bytes"]
    print("regions %d budget %d predicted %d measured %d"
          % (len(plan["regions"]), budget, plan["predicted_peak_bytes"],
             measured))
    if measured > budget:
        print("FAIL: measured peak %d over the budget %d" % (measured, budget))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
