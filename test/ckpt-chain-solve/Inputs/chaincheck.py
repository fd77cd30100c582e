#!/usr/bin/env python3
"""Checks ckpt-chain-solve (the planner's chain solver) against optima found
independently of it.

  chaincheck.py revolve SOLVER N [N ...]
      Equal chains of N units, each making A bytes and passing C bytes on,
      with A > N*C. For every s in 1..N-1 the solver, given memory A + s*C,
      must re-execute exactly t(N, s) units, Griewank and Walther's binomial
      minimum for s snapshots (ACM TOMS 26(1), 2000):
        beta(s, r) = C(s + r, s),  r least with beta(s, r) >= N,
        t(N, s) = r*N - beta(s + 1, r - 1).
      Memory A (s = 0) must be infeasible for N >= 2.

  chaincheck.py brute SOLVER N TRIALS SEED
      Random chains of N units with unequal sizes and times. Every plan the
      model allows is enumerated and its memory found by walking the
      backward pass moment by moment; at each of several limits the solver's
      cost must equal the cheapest enumerated plan that fits, and its plan
      must fit by that same walk.

Prints one line per chain; exits non-zero on the first disagreement.
"""

import itertools
import json
import random
import subprocess
import sys
from math import comb


def solve(solver, chain):
    out = subprocess.run([solver, "-"], input=json.dumps(chain),
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("chaincheck: ckpt-chain-solve failed:\n" + out.stderr)
    return json.loads(out.stdout)


def beta(s, r):
    return comb(s + r, s) if r >= 0 else 0


def binomial_min(n, s):
    r = 0
    while beta(s, r) < n:
        r += 1
    return r * n - beta(s + 1, r - 1)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def revolve(solver, sizes):
    for n in sizes:
        cut_bytes, act_bytes = 16, 16 * (n + 1)
        limits = [act_bytes + s * cut_bytes for s in range(n)]
        chain = {"act": [act_bytes] * n,
                 "cut": [0] + [cut_bytes] * n,
                 "memory": limits}
        plans = solve(solver, chain)["plans"]
        got = []
        for s, entry in enumerate(plans):
            if s == 0:
                if n >= 2 and entry["feasible"]:
                    fail("N=%d: memory A alone should be infeasible" % n)
                continue
            if not entry["feasible"]:
                fail("N=%d s=%d: infeasible" % (n, s))
            want = binomial_min(n, s)
            if entry["recompute_units"] != want:
                fail("N=%d s=%d: solver re-executes %d units, binomial "
                     "minimum is %d" % (n, s, entry["recompute_units"], want))
            if entry["need"] > limits[s]:
                fail("N=%d s=%d: plan needs %d > %d" % (n, s, entry["need"],
                                                        limits[s]))
            got.append(entry["recompute_units"])
        print("revolve N=%d: s=1..%d re-executes %s units, the binomial "
              "minimum" % (n, n - 1, ",".join(map(str, got[:6])) +
                           (",..." if len(got) > 6 else "")))


# A plan is a list of items over [i, j): ("unit", u) or
# ("region", begin, end, inner plan); a region never ends where its
# enclosing sequence ends (re-running the tail right before its own reversal
# saves nothing), as in the solver.
def plans(i, j):
    if i == j:
        yield []
        return
    for rest in plans(i + 1, j):
        yield [("unit", i)] + rest
    for k in range(i + 1, j):
        for inner in plans(i, k):
            for rest in plans(k, j):
                yield [("region", i, k, inner)] + rest


def walk_peak(plan, act, cut):
    """Memory at the reversal of each unit: its own activations, plus, in
    every sequence enclosing it, what the items before it keep (a plain
    unit its activations, a region its output); items after it have been
    reversed and freed."""
    peak = 0

    def visit(seq, held):
        nonlocal peak
        for index, item in enumerate(seq):
            before = held + sum(act[it[1]] if it[0] == "unit" else cut[it[2]]
                                for it in seq[:index])
            if item[0] == "unit":
                peak = max(peak, before + act[item[1]])
            else:
                visit(item[3], before)

    visit(plan, 0)
    return peak


def cost(plan, seconds):
    total = 0.0
    for item in plan:
        if item[0] == "region":
            total += sum(seconds[item[1]:item[2]]) + cost(item[3], seconds)
    return total


def to_items(regions, i, j):
    items, u = [], i
    for r in regions:
        while u < r["begin"]:
            items.append(("unit", u))
            u += 1
        items.append(("region", r["begin"], r["end"],
                      to_items(r["children"], r["begin"], r["end"])))
        u = r["end"]
    while u < j:
        items.append(("unit", u))
        u += 1
    return items


def brute(solver, n, trials, seed):
    rng = random.Random(seed)
    everything = list(plans(0, n))
    for trial in range(trials):
        act = [rng.randint(1, 12) * 8 for _ in range(n)]
        cut = [0] + [rng.randint(1, 6) * 8 for _ in range(n)]
        seconds = [float(rng.randint(1, 9)) for _ in range(n)]
        scored = [(walk_peak(p, act, cut), cost(p, seconds)) for p in everything]
        least = min(m for m, _ in scored)
        top = sum(act)
        limits = sorted({least - 8, least} |
                        {rng.randint(least, top) for _ in range(6)} | {top})
        result = solve(solver, {"act": act, "cut": cut, "seconds": seconds,
                                "memory": limits})
        if result["minimal_memory"] != least:
            fail("trial %d: solver's least memory %d, enumeration's %d" %
                 (trial, result["minimal_memory"], least))
        for limit, entry in zip(limits, result["plans"]):
            fitting = [c for m, c in scored if m <= limit]
            if not fitting:
                if entry["feasible"]:
                    fail("trial %d limit %d: no plan fits, solver found one"
                         % (trial, limit))
                continue
            if not entry["feasible"]:
                fail("trial %d limit %d: solver found no plan" %
                     (trial, limit))
            plan = to_items(entry["plan"], 0, n)
            if walk_peak(plan, act, cut) > limit:
                fail("trial %d limit %d: solver's plan needs %d" %
                     (trial, limit, walk_peak(plan, act, cut)))
            if abs(cost(plan, seconds) - min(fitting)) > 1e-9:
                fail("trial %d limit %d: solver's plan costs %g, the best "
                     "enumerated one %g" % (trial, limit,
                                            cost(plan, seconds),
                                            min(fitting)))
    print("brute N=%d: %d chains, %d plans each: solver optimal at every "
          "limit" % (n, trials, len(everything)))


def main():
    mode, solver = sys.argv[1], sys.argv[2]
    if mode == "revolve":
        revolve(solver, [int(x) for x in sys.argv[3:]])
    elif mode == "brute":
        brute(solver, int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        sys.exit("chaincheck: unknown mode " + mode)


if __name__ == "__main__":
    main()
