#!/usr/bin/env python3
"""ckpt-graph-solve against the exact optimum on benchmarks/graphs.

    benchmarks/graph_solve.py [--build build] [--graphs vgg16,unet,...]
                              [--fractions 0,0.25,0.5,0.75] [--milp-limit 120]
                              [--milp-max-nodes 80] [--feasibility]
                              [--order search|given] [--lp-max-nodes 0]
                              [--milp-start]

For each graph (benchmarks/graphs/, written by make_graphs.py there: the
training graphs of the networks of Checkmate's evaluation and random
layered DAGs; a name layered<N>s<SEED> is make_graphs.random_layered(N,
SEED), made on the fly) and each budget lower_bound + f *
(keep_all_peak - lower_bound), runs ckpt-graph-solve (CPU time of the whole
process) and, for graphs of at most --milp-max-nodes nodes, Checkmate's MILP
(frontier-advancing stages: stage t computes node t for the first time and
may recompute earlier nodes; R, S and FREE matrices, memory right after each
compute at most the budget) solved with SciPy's HiGHS. Both schedules are
replayed by the checker of the lit tests, so every figure is that of a
valid schedule, and every schedule's peak is checked to be at least
ckpt-graph-solve's lower bound. With --feasibility the MILP's objective
is 0: it only answers whether any frontier-advancing schedule fits the
budget. With --milp-start the MILP is solved by HiGHS through highspy,
started from ckpt-graph-solve's --order=given schedule where that has the
MILP's stage form (first computes in index order, each stage's computes
ascending, frees right after a reader), so that the time limit goes to
improving it and raising the dual bound; a row whose MILP is not proved
optimal then also bounds ckpt-graph-solve's gap over that dual bound.
Graphs above --milp-max-nodes and up to --lp-max-nodes nodes get
the MILP's LP relaxation instead, a lower bound on its optimum, so the gap
printed there is an upper bound on the true one. A budget below
ckpt-graph-solve's lower bound (which may be above
this script's simple max over v of bytes(v) + bytes(operands(v))) is
reported as such. Prints a Markdown table for benchmarks/RESULTS.md. Needs
scipy (and highspy for --milp-start); not part of the test suite.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "graphs"))
from make_graphs import bounds, random_layered  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHECKER = os.path.join(ROOT, "test", "ckpt-graph-solve", "Inputs",
                       "check_schedule.py")


def load(path):
    g = json.load(open(path))
    ids = sorted(n["id"] for n in g["nodes"])
    index = {v: i for i, v in enumerate(ids)}
    by_id = {n["id"]: n for n in g["nodes"]}
    cpu = [by_id[v]["cost_cpu"] for v in ids]
    ram = [by_id[v]["cost_ram"] for v in ids]
    ops = [set() for _ in ids]
    for l in g["links"]:
        ops[index[l["target"]]].add(index[l["source"]])
    users = [[] for _ in ids]
    for k, o in enumerate(ops):
        for i in o:
            users[i].append(k)
    return g, ids, cpu, ram, [sorted(o) for o in ops], [sorted(u) for u in users]


def tool_bound(tool, path):
    """ckpt-graph-solve's lower bound, from its error at a budget of 0."""
    r = subprocess.run([tool, "--graph=" + path, "--budget=0"],
                       capture_output=True, text=True)
    found = re.search(r"needs, (\d+) bytes", r.stderr)
    if not found:
        raise SystemExit("no lower bound in: " + r.stderr)
    return int(found.group(1))


def checked(path, budget, out):
    """Replays `out` with the independent checker; returns (cost, peak)."""
    r = subprocess.run([sys.executable, CHECKER, path, str(budget)],
                       input=json.dumps(out), capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("invalid schedule: " + r.stdout + r.stderr)
    fields = dict(f.split("=") for f in r.stdout.split()[1:])
    return float(fields["cost"]), int(fields["peak"])


class Milp:
    """Checkmate's MILP under ckpt-graph-solve's semantics."""

    def __init__(self, cpu, ram, ops, users, budget, feasibility=False):
        n = len(cpu)
        self.n, self.ops, self.users = n, ops, users
        # Costs in units of the largest: FLOP counts of 1e12 and more as
        # objective coefficients lead HiGHS to report non-optimal incumbents
        # as optimal. The schedule is replayed with the true costs.
        self.scale = max(cpu) or 1
        # Bytes in units of a power of two (exact) that brings the largest
        # result near 1024: coefficients of 1e9 make HiGHS call feasible
        # models infeasible. The feasibility tolerance stays far below a
        # byte, and the checker replays the schedule's true peak.
        unit = 2.0 ** max(0, int(max(ram)).bit_length() - 11)
        ram = [r / unit for r in ram]
        budget = budget / unit
        self.ram = ram
        var = {}

        def new(key):
            var[key] = len(var)
            return var[key]
        for t in range(n):
            for i in range(t + 1):
                new(("R", t, i))
            for i in range(t):
                new(("S", t, i))
            for k in range(t + 1):
                new(("U", t, k))
                for i in ops[k] + [k]:
                    new(("F", t, i, k))
        self.var = var
        rows, cols, vals, lo, hi = [], [], [], [], []
        row = [0]

        def constraint(terms, low, high):
            for key, c in terms:
                rows.append(row[0])
                cols.append(var[key])
                vals.append(c)
            lo.append(low)
            hi.append(high)
            row[0] += 1
        inf = np.inf
        for t in range(n):
            constraint([(("R", t, t), 1)], 1, 1)
            for k in range(t + 1):
                for i in ops[k]:
                    # R[t,k] <= R[t,i] + S[t,i]
                    terms = [(("R", t, k), 1), (("R", t, i), -1)]
                    if i < t:
                        terms.append((("S", t, i), -1))
                    constraint(terms, -inf, 0)
            if t + 1 < n:
                for i in range(t + 1):
                    terms = [(("S", t + 1, i), 1), (("R", t, i), -1)]
                    if i < t:
                        terms.append((("S", t, i), -1))
                    constraint(terms, -inf, 0)
            for k in range(t + 1):
                # U[t,k] = U[t,k-1] - freed after k-1 + ram_k R[t,k]
                terms = [(("U", t, k), 1), (("R", t, k), -ram[k])]
                if k == 0:
                    terms += [(("S", t, i), -ram[i]) for i in range(t)]
                else:
                    terms.append((("U", t, k - 1), -1))
                    terms += [(("F", t, i, k - 1), ram[i])
                              for i in ops[k - 1] + [k - 1]]
                constraint(terms, 0, 0)
                for i in ops[k] + [k]:
                    # FREE[t,i,k] only when k runs, i is not kept for the
                    # next stage and no later user of i runs in stage t.
                    constraint([(("F", t, i, k), 1), (("R", t, k), -1)],
                               -inf, 0)
                    if t + 1 < n and i <= t:
                        constraint([(("F", t, i, k), 1),
                                    (("S", t + 1, i), 1)], -inf, 1)
                    for j in users[i]:
                        if k < j <= t:
                            constraint([(("F", t, i, k), 1),
                                        (("R", t, j), 1)], -inf, 1)
        m = len(var)
        self.A = coo_matrix((vals, (rows, cols)), shape=(row[0], m)).tocsr()
        self.lo, self.hi = np.array(lo), np.array(hi)
        c = np.zeros(m)
        integrality = np.zeros(m)
        upper = np.ones(m)
        for key, j in var.items():
            if key[0] == "R" and not feasibility:
                c[j] = cpu[key[2]] / self.scale
            if key[0] == "U":
                upper[j] = budget
            else:
                integrality[j] = 1
        self.c, self.integrality, self.upper = c, integrality, upper

    def solve(self, time_limit):
        res = milp(self.c, constraints=LinearConstraint(self.A, self.lo,
                                                        self.hi),
                   integrality=self.integrality,
                   bounds=Bounds(np.zeros(len(self.c)), self.upper),
                   options={"time_limit": time_limit, "disp": False})
        if res.x is None:
            return None, res
        return self.schedule(res.x), res

    def start(self, steps):
        """The MILP's variables for `steps` (a schedule of (kind, node
        index) pairs), or a string saying why they are none: the first
        computes must come in index order, each stage's computes in
        ascending order without repeats, and every free right after a
        compute that reads the result (or makes it), as the stages of the
        MILP have them. ckpt-graph-solve's --order=given schedules do,
        but for nodes they compute first where needed, after later ones:
        those are added in their own stage (at a cost), where their operands
        are resident."""
        R, S, F = set(), set(), set()
        stage, computed, resident, closing = 0, [], set(), False
        done = set()
        for kind, v in steps:
            if kind == "compute":
                if closing:
                    stage, closing, computed = stage + 1, False, []
                    S.update((stage, i) for i in resident)
                if computed and v <= computed[-1]:
                    return "stage %d computes %d after %d" % (
                        stage, v, computed[-1])
                if v not in done:
                    # A node computed early, evicted unread and computed
                    # where it is needed (ckpt-graph-solve computes it
                    # there only) is computed in its own stage as well,
                    # and freed right away, when its operands are resident.
                    while stage < v:
                        t = stage
                        if not all(i in resident for i in self.ops[t]):
                            return "node %d first computed in stage %d" % (
                                v, t)
                        if computed and t <= computed[-1]:
                            return "stage %d computes %d after %d" % (
                                t, t, computed[-1])
                        R.add((t, t))
                        F.add((t, t, t))
                        done.add(t)
                        stage, computed = t + 1, []
                        S.update((stage, i) for i in resident)
                    done.add(v)
                    closing = True
                R.add((stage, v))
                computed.append(v)
                resident.add(v)
            else:
                k = computed[-1] if computed else None
                if k is None or (v not in self.ops[k] and v != k):
                    return "%d freed where no compute of stage %d read it" % (
                        v, stage)
                F.add((stage, v, k))
                resident.discard(v)
        x = np.zeros(len(self.c))
        for key in R:
            x[self.var[("R",) + key]] = 1
        for key in S:
            x[self.var[("S",) + key]] = 1
        for key in F:
            x[self.var[("F",) + key]] = 1
        for t in range(self.n):
            u = 0.0
            for k in range(t + 1):
                if k == 0:
                    u = sum(self.ram[i] for i in range(t) if (t, i) in S)
                else:
                    u -= sum(self.ram[i] for i in self.ops[k - 1] + [k - 1]
                             if (t, i, k - 1) in F)
                u += self.ram[k] * ((t, k) in R)
                x[self.var[("U", t, k)]] = u
        rows = self.A @ x
        if (np.any(rows < self.lo - 1e-6) or np.any(rows > self.hi + 1e-6)
                or np.any(x > self.upper + 1e-6)):
            return "the start breaks a constraint"
        return x

    def solve_from(self, x, time_limit):
        """HiGHS (highspy) on the MILP from the feasible start `x`: returns
        (schedule, proved optimal, dual bound in true cost units)."""
        import highspy
        # The banner HiGHS prints when made would land in the table.
        sys.stdout.flush()
        saved = os.dup(1)
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            h = highspy.Highs()
        os.dup2(saved, 1)
        os.close(saved)
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", float(time_limit))
        # Bytes are in units of up to a MiB here: the default tolerance of
        # 1e-6 lets a schedule run a few bytes over the budget.
        h.setOptionValue("mip_feasibility_tolerance", 1e-9)
        h.setOptionValue("primal_feasibility_tolerance", 1e-9)
        lp = highspy.HighsLp()
        m = len(self.c)
        lp.num_col_, lp.num_row_ = m, self.A.shape[0]
        lp.col_cost_, lp.col_lower_, lp.col_upper_ = (self.c, np.zeros(m),
                                                      self.upper)
        lp.row_lower_, lp.row_upper_ = self.lo, self.hi
        A = self.A.tocsc()
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = A.indptr
        lp.a_matrix_.index_ = A.indices
        lp.a_matrix_.value_ = A.data
        lp.integrality_ = [highspy.HighsVarType.kInteger if i else
                           highspy.HighsVarType.kContinuous
                           for i in self.integrality]
        h.passModel(lp)
        solution = highspy.HighsSolution()
        solution.col_value = list(x)
        solution.value_valid = True
        h.setSolution(solution)
        h.run()
        exact = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        best = np.array(h.getSolution().col_value)
        return (self.schedule(best), exact,
                h.getInfo().mip_dual_bound * self.scale)

    def relaxation(self, time_limit):
        """The optimum of the LP relaxation, a lower bound on the MILP's
        optimum (in true cost units), or None if not solved in time."""
        res = milp(self.c, constraints=LinearConstraint(self.A, self.lo,
                                                        self.hi),
                   integrality=np.zeros(len(self.c)),
                   bounds=Bounds(np.zeros(len(self.c)), self.upper),
                   options={"time_limit": time_limit, "disp": False})
        return res.fun * self.scale if res.status == 0 else None

    def schedule(self, x):
        v = lambda *key: x[self.var[key]] > 0.5
        steps = []
        resident = set()
        for t in range(self.n):
            for k in range(t + 1):
                if not v("R", t, k):
                    continue
                steps.append(["compute", k])
                resident.add(k)
                for i in self.ops[k] + [k]:
                    if v("F", t, i, k) and i in resident:
                        steps.append(["free", i])
                        resident.discard(i)
            keep = {i for i in range(t + 1)
                    if t + 1 < self.n and v("S", t + 1, i)}
            for i in sorted(resident - keep):
                steps.append(["free", i])
                resident.discard(i)
        return steps


def tree_evaluation_peak(ram, ops):
    """An upper bound on the least peak of any schedule: compute every node
    in turn from nothing, each operand's own operands first and so on, as if
    the graph were a tree (each operand brought back while those already
    brought back stay, in Sethi and Ullman's order: the largest need beyond
    its own bytes first), then free it. Such a schedule exists at this peak,
    though its length grows with the number of paths to the node."""
    need = []
    for v in range(len(ram)):
        parts = sorted(((need[u], ram[u]) for u in ops[v]),
                       key=lambda p: p[1] - p[0])
        held = peak = 0
        for n, b in parts:
            peak = max(peak, held + n)
            held += b
        need.append(max(peak, held + ram[v]))
    return max(need)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--graphs", default="vgg16,vgg19,unet,fcn8,segnet,"
                   "mobilenet,resnet50,random100,random250,random500,"
                   "random1000")
    p.add_argument("--fractions", default="0,0.25,0.5,0.75")
    p.add_argument("--milp-limit", type=float, default=120)
    p.add_argument("--milp-max-nodes", type=int, default=80)
    p.add_argument("--feasibility", action="store_true",
                   help="MILP with objective 0: does any schedule fit?")
    p.add_argument("--lp-max-nodes", type=int, default=0,
                   help="graphs above --milp-max-nodes and up to this many "
                   "nodes get the MILP's LP relaxation: a lower bound")
    p.add_argument("--milp-start", action="store_true",
                   help="start the MILP (HiGHS through highspy) from "
                   "ckpt-graph-solve's --order=given schedule, so that the "
                   "time limit is spent on improving it and on the bound")
    p.add_argument("--order", choices=("given", "search"), default="search",
                   help="ckpt-graph-solve's --order")
    a = p.parse_args()
    tool = os.path.join(a.build, "bin", "ckpt-graph-solve")
    print("| graph | nodes | budget (f) | optimum (MILP) | ckpt-graph-solve "
          "| gap | ours, CPU time | MILP time |")
    print("|---|---|---|---|---|---|---|---|")
    scratch = tempfile.mkdtemp()
    for name in a.graphs.split(","):
        path = os.path.join(HERE, "graphs", name + ".json")
        layered = re.fullmatch(r"layered(\d+)s(\d+)", name)
        if layered:
            # make_graphs.random_layered(N, SEED), written here.
            path = os.path.join(scratch, name + ".json")
            with open(path, "w") as f:
                json.dump(random_layered(int(layered.group(1)),
                                         int(layered.group(2))), f)
        g, ids, cpu, ram, ops, users = load(path)
        lower, keep_all = bounds(g)
        proved = tool_bound(tool, path)
        exists = tree_evaluation_peak(ram, ops)
        print("| %s | %d | schedules exist from %d (%.3f) up, none below %d "
              "(%.3f) | | | | | |" % (
                  name, len(cpu), exists,
                  (exists - lower) / (keep_all - lower), proved,
                  (proved - lower) / (keep_all - lower)), flush=True)
        total = sum(cpu)
        for f in map(float, a.fractions.split(",")):
            budget = int(lower + f * (keep_all - lower))
            # CPU time of the solver process (user + system), which a
            # loaded machine inflates far less than wall time.
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            r = subprocess.run([tool, "--graph=" + path,
                                "--budget=%d" % budget, "--order=" + a.order],
                               capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            ours_time = (after.ru_utime - before.ru_utime +
                         after.ru_stime - before.ru_stime)
            if r.returncode and "below the least peak" in r.stderr:
                print("| %s | %d | %d (%.2f) | — | below the lower bound "
                      "(no schedule) | — | %.2f s | — |" % (
                          name, len(cpu), budget, f, ours_time), flush=True)
                continue
            if r.returncode:
                raise SystemExit(r.stderr)
            out = json.loads(r.stdout)
            ours, peak = checked(path, budget, out)
            # The bound is below every schedule's peak, or it is wrong.
            if peak < proved:
                raise SystemExit("%s: a schedule peaks at %d, below the "
                                 "lower bound %d" % (name, peak, proved))
            ours_text = ("%g (%.3f×)" % (ours, ours / total)
                         if out["feasible"] else "infeasible")
            opt_text, gap, milp_time = "—", "—", "—"
            if (a.milp_max_nodes < len(cpu) <= a.lp_max_nodes and
                    out["feasible"] and not a.feasibility):
                start = time.time()
                model = Milp(cpu, ram, ops, users, budget)
                bound = model.relaxation(a.milp_limit)
                milp_time = "%.1f s" % (time.time() - start)
                if bound is None:
                    opt_text = "LP unsolved in %g s" % a.milp_limit
                else:
                    # The MILP's optimum lies between the bound and ours.
                    opt_text = "≥ %g (LP bound)" % bound
                    gap = "≤ %+.2f%%" % (100 * (ours - bound) / bound)
            if len(cpu) <= a.milp_max_nodes:
                start = time.time()
                model = Milp(cpu, ram, ops, users, budget, a.feasibility)
                x = "not asked for"
                if a.milp_start and not a.feasibility:
                    given = given_schedule(tool, path, budget, ids)
                    x = (model.start(given) if given else
                         "ckpt-graph-solve --order=given has no schedule")
                if isinstance(x, str):
                    if a.milp_start:
                        print("note: %s at %d: no MILP start (%s)" % (
                            name, budget, x), file=sys.stderr)
                    steps, res = model.solve(a.milp_limit)
                    exact = res.status == 0
                    dual = (res.mip_dual_bound * model.scale
                            if steps is not None and not exact else None)
                else:
                    steps, exact, dual = model.solve_from(x, a.milp_limit)
                milp_time = "%.1f s" % (time.time() - start)
                if steps is None:
                    opt_text = ("infeasible" if res.status == 2
                                else "no solution in %g s" % a.milp_limit)
                else:
                    sched = {"feasible": True, "cost": 0, "peak": 0,
                             "schedule": [[s[0], ids[s[1]]] for s in steps]}
                    opt, peak = checked(path, budget, dict(
                        sched, **dict(zip(("cost", "peak"),
                                          replay(cpu, ram, steps)))))
                    if peak < proved:
                        raise SystemExit("%s: the MILP's schedule peaks at "
                                         "%d, below the lower bound %d" % (
                                             name, peak, proved))
                    opt_text = "%g%s" % (opt, "" if exact else
                                         " (bound %g)" % dual)
                    if a.feasibility:
                        opt_text = "exists (%g)" % opt
                    elif out["feasible"]:
                        gap = "%+.2f%%" % (100 * (ours - opt) / opt)
                        if not exact:
                            # The optimum lies between the bound and opt.
                            gap += "; ≤ %+.2f%% over the bound" % (
                                100 * (ours - dual) / dual)
            print("| %s | %d | %d (%.2f) | %s | %s | %s | %.2f s | %s |" % (
                name, len(cpu), budget, f, opt_text, ours_text, gap,
                ours_time, milp_time), flush=True)


def given_schedule(tool, path, budget, ids):
    """ckpt-graph-solve's --order=given schedule at `budget`, as (kind, node
    index) pairs; [] when it has none."""
    index = {v: i for i, v in enumerate(ids)}
    r = subprocess.run([tool, "--graph=" + path, "--budget=%d" % budget,
                        "--order=given"], capture_output=True, text=True)
    if r.returncode:
        return []
    out = json.loads(r.stdout)
    if not out["feasible"]:
        return []
    return [(kind, index[v]) for kind, v in out["schedule"]]


def replay(cpu, ram, steps):
    resident, live, peak, cost = set(), 0, 0, 0
    for kind, k in steps:
        if kind == "compute":
            cost += cpu[k]
            if k not in resident:
                resident.add(k)
                live += ram[k]
            peak = max(peak, live)
        else:
            resident.discard(k)
            live -= ram[k]
    return cost, peak


if __name__ == "__main__":
    main()
