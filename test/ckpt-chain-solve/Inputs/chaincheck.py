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

  chaincheck.py large SOLVER N SEED SECONDS
      A random chain of N units with byte counts up to 1e9, at 5 limits
      and at the least memory it reports: every plan fits its limit by the
      walk over the exact sizes, every limit from the least memory up is
      feasible, the solver builds at most 16 tables and takes at most
      SECONDS (a bound for loaded machines: it takes 1-3 s, bisecting
      took 16-26 s).

  chaincheck.py brute SOLVER N TRIALS SEED
  chaincheck.py brute-dots SOLVER N TRIALS SEED
      Random chains of N units with unequal sizes and times (brute-dots:
      some units hold contractions, which save_dots regions keep). Every
      plan the model allows is enumerated and its memory found by walking
      the backward pass moment by moment; at each of several limits the
      solver's cost must equal the cheapest enumerated plan that fits, and
      its plan must fit by that same walk.

Prints one line per chain; exits non-zero on the first disagreement.
"""

import itertools
import json
import random
import subprocess
import sys
import time
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


# A plan is a list of items over [i, j): ("unit", u),
# ("region", begin, end, inner plan) or, when `dots` is given,
# ("dots", begin, end): a save_dots region, which keeps its contractions'
# results (dots bytes) besides its output and re-runs only the rest, with
# no regions inside. A region never ends where its enclosing sequence ends
# (re-running the tail right before its own reversal saves nothing), as in
# the solver; a save_dots region holds some contraction.
def plans(i, j, dots=None):
    if i == j:
        yield []
        return
    for rest in plans(i + 1, j, dots):
        yield [("unit", i)] + rest
    for k in range(i + 1, j):
        for inner in plans(i, k, dots):
            for rest in plans(k, j, dots):
                yield [("region", i, k, inner)] + rest
        if dots and sum(dots[i:k]) > 0:
            for rest in plans(k, j, dots):
                yield [("dots", i, k)] + rest


def walk_peak(plan, act, cut, dots=None):
    """Memory at the reversal of each unit: its own activations, plus, in
    every sequence enclosing it, what the items before it keep (a plain
    unit its activations, a region its output, a save_dots region its
    output and its contractions' results); items after it have been
    reversed and freed. A save_dots region's units are reversed as plain
    units of their own sequence."""
    peak = 0

    def kept(it):
        if it[0] == "unit":
            return act[it[1]]
        if it[0] == "dots":
            return cut[it[2]] + sum(dots[it[1]:it[2]])
        return cut[it[2]]

    def visit(seq, held):
        nonlocal peak
        for index, item in enumerate(seq):
            before = held + sum(kept(it) for it in seq[:index])
            if item[0] == "unit":
                peak = max(peak, before + act[item[1]])
            elif item[0] == "dots":
                visit([("unit", u) for u in range(item[1], item[2])], before)
            else:
                visit(item[3], before)

    visit(plan, 0)
    return peak


def cost(plan, seconds, dot_seconds=None):
    total = 0.0
    for item in plan:
        if item[0] == "region":
            total += sum(seconds[item[1]:item[2]]) + cost(item[3], seconds,
                                                          dot_seconds)
        elif item[0] == "dots":
            total += sum(seconds[item[1]:item[2]]) - \
                sum(dot_seconds[item[1]:item[2]])
    return total


def to_items(regions, i, j):
    items, u = [], i
    for r in regions:
        while u < r["begin"]:
            items.append(("unit", u))
            u += 1
        if r.get("save_dots"):
            items.append(("dots", r["begin"], r["end"]))
        else:
            items.append(("region", r["begin"], r["end"],
                          to_items(r["children"], r["begin"], r["end"])))
        u = r["end"]
    while u < j:
        items.append(("unit", u))
        u += 1
    return items


def brute(solver, n, trials, seed, with_dots=False):
    rng = random.Random(seed)
    most, with_save_dots = 0, 0
    for trial in range(trials):
        act = [rng.randint(1, 12) * 8 for _ in range(n)]
        cut = [0] + [rng.randint(1, 6) * 8 for _ in range(n)]
        seconds = [float(rng.randint(1, 9)) for _ in range(n)]
        chain = {"act": act, "cut": cut, "seconds": seconds}
        dots = dot_seconds = None
        if with_dots:
            # Some units hold a contraction: part of what they make and of
            # their time.
            dots = [rng.choice([0, rng.randint(1, a // 8) * 8]) for a in act]
            dot_seconds = [rng.randint(1, int(t)) if d else 0.0
                           for d, t in zip(dots, seconds)]
            chain.update(dots=dots, dot_seconds=dot_seconds)
        everything = list(plans(0, n, dots))
        most = max(most, len(everything))
        scored = [(walk_peak(p, act, cut, dots), cost(p, seconds, dot_seconds))
                  for p in everything]
        least = min(m for m, _ in scored)
        top = max(m for m, _ in scored)
        limits = sorted({least - 8, least} |
                        {rng.randint(least, top) for _ in range(6)} | {top})
        chain["memory"] = limits
        result = solve(solver, chain)
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
            need = walk_peak(plan, act, cut, dots)
            if need > limit or need != entry["need"]:
                fail("trial %d limit %d: solver's plan needs %d (solver "
                     "says %d)" % (trial, limit, need, entry["need"]))
            with_save_dots += entry.get("save_dots_regions", 0) > 0
            got = cost(plan, seconds, dot_seconds)
            if abs(got - min(fitting)) > 1e-9 or \
                    abs(got - entry["recompute_seconds"]) > 1e-6:
                fail("trial %d limit %d: solver's plan costs %g (solver "
                     "says %g), the best enumerated one %g" %
                     (trial, limit, got, entry["recompute_seconds"],
                      min(fitting)))
    print("brute N=%d%s: %d chains, up to %d plans each: solver optimal at "
          "every limit" % (n, " with save_dots" if with_dots else "", trials,
                           most))
    if with_dots:
        print("save_dots in %d of the solver's plans" % with_save_dots)


def large(solver, n, seed, seconds_limit):
    """A chain of n units with byte counts up to 1e9: the solver's time and
    memory must not grow with their magnitude (sizes are rounded up to the
    table's resolution), and every plan must still fit its limit, by the
    walk over the exact sizes."""
    rng = random.Random(seed)
    act = [rng.randint(10**8, 10**9) for _ in range(n)]
    cut = [0] + [rng.randint(10**6, 3 * 10**8) for _ in range(n)]
    dots = [rng.choice([0, rng.randint(1, a // 2)]) for a in act]
    seconds = [float(rng.randint(1, 9)) for _ in range(n)]
    dot_seconds = [rng.randint(1, int(t)) if d else 0.0
                   for d, t in zip(dots, seconds)]
    total = sum(act)
    chain = {"act": act, "cut": cut, "dots": dots, "seconds": seconds,
             "dot_seconds": dot_seconds,
             "memory": [total * f // 8 for f in (1, 2, 4, 6, 8)]}
    start = time.time()
    result = solve(solver, chain)
    elapsed = time.time() - start
    least = result["minimal_memory"]
    # The least memory reported is a limit at which a plan is found.
    again = solve(solver, dict(chain, memory=[least]))["plans"][0]
    entries = result["plans"] + [again]
    feasible = 0
    for limit, entry in zip(chain["memory"] + [least], entries):
        if limit >= least and not entry["feasible"]:
            fail("limit %d >= least memory %d but no plan" % (limit, least))
        if not entry["feasible"]:
            continue
        feasible += 1
        plan = to_items(entry["plan"], 0, n)
        need = walk_peak(plan, act, cut, dots)
        if need > limit or need != entry["need"]:
            fail("limit %d: plan needs %d (solver says %d)"
                 % (limit, need, entry["need"]))
    # Bisecting over bytes took one table per bit of the footprint (36).
    if result["tables"] > 16:
        fail("large N=%d built %d tables" % (n, result["tables"]))
    if elapsed > seconds_limit:
        fail("large N=%d took %.1f s, more than %g s" % (n, elapsed,
                                                        seconds_limit))
    print("large N=%d, bytes up to 1e9: %d of %d limits feasible, every plan "
          "fits; least memory %s (exact: %s), resolution %d bytes, "
          "%d tables" % (n, feasible, len(entries), "%.4g" % least,
             str(result["minimal_memory_exact"]).lower(),
             result["resolution_bytes"], result["tables"]))
    sys.stderr.write("large N=%d: %.2f s\n" % (n, elapsed))


def main():
    mode, solver = sys.argv[1], sys.argv[2]
    if mode == "revolve":
        revolve(solver, [int(x) for x in sys.argv[3:]])
    elif mode in ("brute", "brute-dots"):
        brute(solver, int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
              with_dots=mode == "brute-dots")
    elif mode == "large":
        large(solver, int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
    else:
        sys.exit("chaincheck: unknown mode " + mode)


if __name__ == "__main__":
    main()
