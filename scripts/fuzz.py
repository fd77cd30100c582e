#!/usr/bin/env python3
"""Property fuzzer for the whole ckpt pipeline (`make fuzz SEED=s COUNT=n`).

Each case is a random model: a DAG of the ops ckpt differentiates
(elementwise arith/math, linalg.matmul/batch_matmul/transpose, sum and max
reductions, linalg.broadcast, tensor.expand_shape/collapse_shape,
tensor.extract_slice, tensor.concat) over random shapes in f32 or f64, with
random hand-placed ckpt.checkpoint regions (nested, some save_dots), a loss
summing the squares of every value nothing else reads, and a @step taking
ckpt.value_and_grad of it with respect to a random subset of the
arguments. A random budget (activation-budget or memory-budget) and
strategy (optimal, sqrt, uniform) plan it.

Every case runs in a child process (a crash is a result, not the end of the
run) through the tools, each pass with --verify-each:
  ckpt-opt --ckpt-plan  ->  ckpt-opt --ckpt-autodiff  ->
  ckpt-opt --ckpt-lower-to-cpu  ->  ckpt-run --json --output-dir
for three variants of the model: without regions, with the hand-placed
regions, and planned. Properties:
  crash       no tool dies on a signal, asserts or prints a stack dump;
  error       a tool that refuses the model prints exactly one located
              `file:line:col: error:` line (such a refusal is counted, not
              a failure, when it is one located line; a bad pass option,
              which has no place in the file, is one `<unknown>:0: error:`
              line, as MLIR reports pipeline errors); about one case in 14
              is made invalid on purpose (MUTATIONS) and must be refused;
  identical   the three variants' outputs (loss and gradients) are
              bit-identical (property `ulp` where they differ by at most
              ULP_LIMIT (64) units in the last place; --allow-ulp counts
              those instead of failing, for triage);
  budget      the planned step's measured peak is at most the plan's
              budget_bytes, and equals its predicted_peak_bytes;
  remat       --ckpt-remat on the differentiated step without regions at
              a budget 30-90% of its peak: the measured peak is at most
              the budget and equals the predicted one, outputs are
              bit-identical to the unplanned step's; or one error naming
              the least peak reached, which then fits when asked for;
  gradient    in f64 (the model with every f32 made f64), each gradient
              matches central finite differences of the loss along a
              random direction (the package's in-process JIT).
A failing case is shrunk (regions unwrapped, ops replaced by arguments,
unused arguments dropped, while the same property fails) and saved under
--out as a reproducer: model.mlir, case.json and repro.txt with the
commands.

The run ends with the line `fuzz: N cases, F failures`.

  fuzz.py --build build --seed 1 --count 300 [--jobs 2] [--out fuzz-failures]
  fuzz.py --build build --replay fuzz-failures/case-1-17/case.json
"""

import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

# --------------------------------------------------------------------------
# Models


def ttype(shape, dtype):
    return "tensor<%s%s>" % ("".join("%dx" % d for d in shape), dtype)


class Gen:
    """Builds one random model as a JSON-able dict."""

    def __init__(self, rng):
        self.rng = rng
        self.args = []  # [id, shape]
        self.ops = []   # {"id", "kind", "in", "shape", "p"}
        self.shapes = {}

    def new_arg(self, shape):
        name = "a%d" % len(self.args)
        self.args.append([name, list(shape)])
        self.shapes[name] = list(shape)
        return name

    def add(self, kind, ins, shape, **p):
        # No two identical ops: CSE merges them in a step without regions
        # but not across regions, and the merged op's adjoint sums in
        # another order (a known limit of bit-identity, RESULTS.md).
        for op in self.ops:
            if (op["kind"], op["in"], op["p"]) == (kind, ins, p):
                return op["id"]
        name = "v%d" % len(self.ops)
        self.ops.append({"id": name, "kind": kind, "in": ins,
                         "shape": list(shape), "p": p})
        self.shapes[name] = list(shape)
        return name

    def dim(self):
        return self.rng.randint(1, 6)

    def pick(self, pred=lambda s: True, recent=True):
        """A value whose shape satisfies pred, recent ones preferred."""
        names = [n for n, s in self.shapes.items() if pred(s)]
        if not names:
            return None
        if recent and self.ops and self.rng.random() < 0.6:
            ops = [o["id"] for o in self.ops if o["id"] in names]
            if ops:
                return ops[-1] if self.rng.random() < 0.5 else self.rng.choice(ops)
        return self.rng.choice(names)

    def same_shape(self, shape):
        other = self.pick(lambda s: s == shape, recent=False)
        if other is None or self.rng.random() < 0.3:
            other = self.new_arg(shape)
        return other

    def step(self):
        rng = self.rng
        kinds = ["unary", "binary", "matmul", "batch_matmul", "reduce",
                 "broadcast", "transpose", "expand", "collapse", "slice",
                 "concat"]
        weights = [4, 4, 3, 1, 2, 1, 1, 1, 1, 2, 1]
        kind = rng.choices(kinds, weights)[0]
        if kind == "unary":
            x = self.pick()
            return self.add("unary", [x], self.shapes[x],
                            fn=rng.choice(["tanh", "sin", "negf", "square"]))
        if kind == "binary":
            x = self.pick()
            y = self.same_shape(self.shapes[x])
            return self.add("binary", [x, y], self.shapes[x],
                            fn=rng.choice(["addf", "subf", "mulf"]))
        if kind == "matmul":
            x = self.pick(lambda s: len(s) == 2)
            if x is None:
                return None
            m, k = self.shapes[x]
            n = self.dim()
            y = self.pick(lambda s: s[:1] == [k] and len(s) == 2, recent=False)
            if y is None or rng.random() < 0.5:
                y = self.new_arg([k, n])
            return self.add("matmul", [x, y], [m, self.shapes[y][1]])
        if kind == "batch_matmul":
            x = self.pick(lambda s: len(s) == 3)
            if x is None:
                return None
            b, m, k = self.shapes[x]
            y = self.new_arg([b, k, self.dim()])
            return self.add("batch_matmul", [x, y], [b, m, self.shapes[y][2]])
        if kind == "reduce":
            x = self.pick(lambda s: len(s) >= 2)
            if x is None:
                return None
            s = self.shapes[x]
            d = rng.randrange(len(s))
            return self.add("reduce", [x], s[:d] + s[d + 1:], dim=d,
                            fn=rng.choice(["addf", "addf", "maximumf"]))
        if kind == "broadcast":
            x = self.pick(lambda s: 1 <= len(s) <= 2)
            if x is None:
                return None
            s = self.shapes[x]
            d = rng.randint(0, len(s))
            return self.add("broadcast", [x], s[:d] + [self.dim()] + s[d:], dim=d)
        if kind == "transpose":
            x = self.pick(lambda s: len(s) >= 2)
            if x is None:
                return None
            s = self.shapes[x]
            perm = list(range(len(s)))
            while perm == sorted(perm):
                rng.shuffle(perm)
            return self.add("transpose", [x], [s[p] for p in perm], perm=perm)
        if kind == "expand":
            x = self.pick(lambda s: 1 <= len(s) <= 2)
            if x is None:
                return None
            s = self.shapes[x]
            d = rng.randrange(len(s))
            fs = [f for f in range(1, s[d] + 1) if s[d] % f == 0]
            f = rng.choice(fs)
            return self.add("expand", [x], s[:d] + [f, s[d] // f] + s[d + 1:], dim=d)
        if kind == "collapse":
            x = self.pick(lambda s: len(s) >= 2)
            if x is None:
                return None
            s = self.shapes[x]
            d = rng.randrange(len(s) - 1)
            return self.add("collapse", [x], s[:d] + [s[d] * s[d + 1]] + s[d + 2:],
                            dim=d)
        if kind == "slice":
            x = self.pick(lambda s: len(s) >= 1)
            if x is None:
                return None
            offsets, sizes, strides = [], [], []
            for n in self.shapes[x]:
                stride = rng.choice([1, 1, 2]) if n >= 3 else 1
                size = rng.randint(1, (n - 1) // stride + 1)
                offset = rng.randint(0, n - 1 - (size - 1) * stride)
                offsets.append(offset)
                sizes.append(size)
                strides.append(stride)
            return self.add("slice", [x], sizes, offsets=offsets, strides=strides)
        if kind == "concat":
            x = self.pick(lambda s: len(s) >= 1)
            if x is None:
                return None
            s = self.shapes[x]
            d = rng.randrange(len(s))
            y = self.pick(lambda t: len(t) == len(s) and all(
                t[i] == s[i] for i in range(len(s)) if i != d), recent=False)
            if y is None or rng.random() < 0.4:
                y = self.new_arg(s[:d] + [self.dim()] + s[d + 1:])
            out = list(s)
            out[d] += self.shapes[y][d]
            return self.add("concat", [x, y], out, dim=d)
        raise AssertionError(kind)


def random_regions(rng, lo, hi, depth):
    """Non-overlapping ranges of ops [b, e) within [lo, hi), maybe nested."""
    regions = []
    pos = lo
    while pos < hi and len(regions) < 3:
        if rng.random() < 0.45:
            b = rng.randint(pos, hi - 1)
            e = rng.randint(b + 1, min(hi, b + 6))
            if (b, e) == (lo, hi) and depth > 0:
                pos = hi
                break
            save_dots = rng.random() < 0.25
            children = []
            if not save_dots and depth < 2 and e - b >= 2 and rng.random() < 0.5:
                children = random_regions(rng, b, e, depth + 1)
            regions.append({"b": b, "e": e, "save_dots": save_dots,
                            "children": children})
            pos = e
        else:
            pos += rng.randint(1, 3)
    return regions


def random_case(seed, index):
    rng = random.Random("%d:%d" % (seed, index))
    gen = Gen(rng)
    rank = rng.choice([1, 2, 2, 2, 3])
    gen.new_arg([gen.dim() + 1 for _ in range(rank)])
    nops = rng.randint(2, 12)
    tries = 0
    while len(gen.ops) < nops and tries < 100:
        tries += 1
        gen.step()
    nargs = len(gen.args)
    wrt = sorted(rng.sample(range(nargs), rng.randint(1, nargs)))
    model = {"dtype": rng.choice(["f32", "f64"]), "args": gen.args,
             "ops": gen.ops, "wrt": wrt,
             "regions": random_regions(rng, 0, len(gen.ops), 0)}
    plan = {"strategy": rng.choice(["optimal", "optimal", "sqrt", "uniform"]),
            "from_regions": rng.random() < 0.4}
    if plan["strategy"] == "uniform":
        plan["segments"] = rng.randint(1, 4)
    r = rng.random()
    if r < 0.6:
        plan["activation_budget"] = rng.choice([0.0, 0.25, 0.5, 1.0,
                                                round(rng.random(), 3)])
    else:
        plan["memory_budget_factor"] = round(rng.uniform(0.3, 1.3), 3)
    # Some cases are made invalid on purpose: the compiler must refuse them
    # with one located error line.
    mutation = rng.choice([None] * 12 + list(MUTATIONS))
    return {"seed": seed, "index": index, "model": model, "plan": plan,
            "input_seed": rng.randint(1, 1000), "mutation": mutation}


# Invalid variants of a model, each refused by a different part of ckpt.
MUTATIONS = {
    "wrt_out_of_range": "a wrt index past the callee's arguments",
    "grad_type": "a gradient result whose type is not its argument's",
    "unknown_op": "an op no dialect defines",
    "bad_budget": "an activation-budget above 1",
    "bad_strategy": "an unknown ckpt-plan strategy",
}


def mutate(text, mutation):
    if mutation == "wrt_out_of_range":
        return re.sub(r"wrt \[([\d, ]*)\]",
                      lambda m: "wrt [%s, 99]" % m.group(1), text)
    if mutation == "grad_type":
        # The step's last result (a gradient) gets one more leading dim.
        return re.sub(r"(-> \(tensor<f\d\d>, .*?)tensor<([^>]*)>\)\n",
                      lambda m: "%stensor<7x%s>)\n" % (m.group(1), m.group(2)),
                      text, count=1)
    if mutation == "unknown_op":
        return text.replace("arith.mulf", "arith.mulff", 1)
    return text


# --------------------------------------------------------------------------
# Printing a model as MLIR


def users(model):
    """Value id -> op indices reading it; sinks: op values nothing reads."""
    used = collections.defaultdict(list)
    for i, op in enumerate(model["ops"]):
        for v in op["in"]:
            used[v].append(i)
    sinks = [op["id"] for op in model["ops"] if op["id"] not in used]
    if not sinks and not model["ops"]:
        sinks = [model["args"][0][0]]
    return used, sinks


class Printer:
    def __init__(self, model, with_regions=True, dtype=None):
        self.m = model
        self.t = dtype or model["dtype"]
        self.with_regions = with_regions
        self.shapes = {a: s for a, s in model["args"]}
        for op in model["ops"]:
            self.shapes[op["id"]] = op["shape"]
        self.used, self.sinks = users(model)
        self.lines = []
        self.nregion = 0

    def ty(self, v):
        return ttype(self.shapes[v], self.t)

    def op(self, op, env, ind):
        t, out, k, p = self.t, "%" + op["id"], op["kind"], op["p"]
        ins = [env[v] for v in op["in"]]
        ity = [self.ty(v) for v in op["in"]]
        oty = ttype(op["shape"], t)
        L = self.lines.append

        def fill():
            L("%s%%z_%s = arith.constant 0.0 : %s" % (ind, op["id"], t))
            L("%s%%e_%s = tensor.empty() : %s" % (ind, op["id"], oty))
            L("%s%%f_%s = linalg.fill ins(%%z_%s : %s) outs(%%e_%s : %s) -> %s"
              % (ind, op["id"], op["id"], t, op["id"], oty, oty))
            return "%%f_%s" % op["id"]

        if k == "unary":
            if p["fn"] == "square":
                L("%s%s = arith.mulf %s, %s : %s" % (ind, out, ins[0], ins[0], oty))
            else:
                dialect = "arith" if p["fn"] == "negf" else "math"
                L("%s%s = %s.%s %s : %s" % (ind, out, dialect, p["fn"], ins[0], oty))
        elif k == "binary":
            L("%s%s = arith.%s %s, %s : %s" % (ind, out, p["fn"], ins[0], ins[1], oty))
        elif k in ("matmul", "batch_matmul"):
            f = fill()
            L("%s%s = linalg.%s ins(%s, %s : %s, %s) outs(%s : %s) -> %s"
              % (ind, out, k, ins[0], ins[1], ity[0], ity[1], f, oty, oty))
        elif k == "reduce":
            if p["fn"] == "maximumf":
                L("%s%%z_%s = arith.constant 0xFF800000 : f32" % (ind, op["id"])
                  if t == "f32" else
                  "%s%%z_%s = arith.constant 0xFFF0000000000000 : f64" % (ind, op["id"]))
                L("%s%%e_%s = tensor.empty() : %s" % (ind, op["id"], oty))
                L("%s%%f_%s = linalg.fill ins(%%z_%s : %s) outs(%%e_%s : %s) -> %s"
                  % (ind, op["id"], op["id"], t, op["id"], oty, oty))
                f = "%%f_%s" % op["id"]
            else:
                f = fill()
            L("%s%s = linalg.reduce ins(%s : %s) outs(%s : %s) dimensions = [%d]"
              % (ind, out, ins[0], ity[0], f, oty, p["dim"]))
            L("%s  (%%in_%s: %s, %%acc_%s: %s) {" % (ind, op["id"], t, op["id"], t))
            L("%s    %%r_%s = arith.%s %%in_%s, %%acc_%s : %s"
              % (ind, op["id"], p["fn"], op["id"], op["id"], t))
            L("%s    linalg.yield %%r_%s : %s" % (ind, op["id"], t))
            L("%s  }" % ind)
        elif k == "broadcast":
            L("%s%%e_%s = tensor.empty() : %s" % (ind, op["id"], oty))
            L("%s%s = linalg.broadcast ins(%s : %s) outs(%%e_%s : %s) dimensions = [%d]"
              % (ind, out, ins[0], ity[0], op["id"], oty, p["dim"]))
        elif k == "transpose":
            L("%s%%e_%s = tensor.empty() : %s" % (ind, op["id"], oty))
            L("%s%s = linalg.transpose ins(%s : %s) outs(%%e_%s : %s) permutation = [%s]"
              % (ind, out, ins[0], ity[0], op["id"], oty,
                 ", ".join(str(x) for x in p["perm"])))
        elif k == "expand":
            d, n = p["dim"], len(self.shapes[op["in"][0]])
            groups, j = [], 0
            for i in range(n):
                groups.append([j, j + 1] if i == d else [j])
                j += len(groups[-1])
            L("%s%s = tensor.expand_shape %s %s output_shape [%s] : %s into %s"
              % (ind, out, ins[0], json.dumps(groups).replace(" ", "").replace(",", ", "),
                 ", ".join(str(x) for x in op["shape"]), ity[0], oty))
        elif k == "collapse":
            d, n = p["dim"], len(self.shapes[op["in"][0]])
            groups, i = [], 0
            while i < n:
                groups.append([i, i + 1] if i == d else [i])
                i += len(groups[-1])
            L("%s%s = tensor.collapse_shape %s %s : %s into %s"
              % (ind, out, ins[0], json.dumps(groups).replace(" ", "").replace(",", ", "),
                 ity[0], oty))
        elif k == "slice":
            L("%s%s = tensor.extract_slice %s[%s] [%s] [%s] : %s to %s"
              % (ind, out, ins[0], ", ".join(map(str, p["offsets"])),
                 ", ".join(map(str, op["shape"])), ", ".join(map(str, p["strides"])),
                 ity[0], oty))
        elif k == "concat":
            L("%s%s = tensor.concat dim(%d) %s, %s : (%s, %s) -> %s"
              % (ind, out, p["dim"], ins[0], ins[1], ity[0], ity[1], oty))
        else:
            raise AssertionError(k)
        env[op["id"]] = out

    def block(self, lo, hi, regions, env, ind):
        pos = lo
        for r in sorted(regions, key=lambda r: r["b"]):
            for i in range(pos, r["b"]):
                self.op(self.m["ops"][i], env, ind)
            self.region(r, env, ind)
            pos = r["e"]
        for i in range(pos, hi):
            self.op(self.m["ops"][i], env, ind)

    def region(self, r, env, ind):
        ops = self.m["ops"][r["b"]:r["e"]]
        inside = {op["id"] for op in ops}
        operands = []
        for op in ops:
            for v in op["in"]:
                if v not in inside and v not in operands:
                    operands.append(v)
        results = [op["id"] for op in ops
                   if op["id"] in self.sinks
                   or any(u >= r["e"] for u in self.used[op["id"]])]
        k = self.nregion
        self.nregion += 1
        name = "%%c%d" % k
        attrs = '{name = "r%d"%s}' % (
            k, ", policy = #ckpt.policy<save_dots>" if r["save_dots"] else "")
        rtys = [self.ty(v) for v in results]
        rty = rtys[0] if len(rtys) == 1 else "(%s)" % ", ".join(rtys)
        self.lines.append("%s%s%s = ckpt.checkpoint (%s) %s : (%s) -> %s {" % (
            ind, name, ":%d" % len(results) if len(results) > 1 else "",
            ", ".join(env[v] for v in operands), attrs,
            ", ".join(self.ty(v) for v in operands), rty))
        inner = {}
        bargs = []
        for j, v in enumerate(operands):
            inner[v] = "%%c%d_%d" % (k, j)
            bargs.append("%s: %s" % (inner[v], self.ty(v)))
        self.lines.append("%s^bb0(%s):" % (ind, ", ".join(bargs)))
        self.block(r["b"], r["e"], r["children"], inner, ind + "  ")
        self.lines.append("%s  ckpt.yield %s : %s" % (
            ind, ", ".join(inner[v] for v in results), ", ".join(rtys)))
        self.lines.append("%s}" % ind)
        for j, v in enumerate(results):
            env[v] = name if len(results) == 1 else "%s#%d" % (name, j)

    def text(self):
        m, t = self.m, self.t
        args = ", ".join("%%%s: %s" % (a, ttype(s, t)) for a, s in m["args"])
        L = self.lines.append
        L("func.func @loss(%s) -> tensor<%s> {" % (args, t))
        env = {a: "%" + a for a, _ in m["args"]}
        self.block(0, len(m["ops"]), m["regions"] if self.with_regions else [],
                   env, "  ")
        total = None
        for j, v in enumerate(self.sinks):
            vt = self.ty(v)
            rank = len(self.shapes[v])
            L("  %%sq%d = arith.mulf %s, %s : %s" % (j, env[v], env[v], vt))
            L("  %%lz%d = arith.constant 0.0 : %s" % (j, t))
            L("  %%le%d = tensor.empty() : tensor<%s>" % (j, t))
            L("  %%lf%d = linalg.fill ins(%%lz%d : %s) outs(%%le%d : tensor<%s>) -> tensor<%s>"
              % (j, j, t, j, t, t))
            L("  %%ls%d = linalg.reduce ins(%%sq%d : %s) outs(%%lf%d : tensor<%s>) dimensions = [%s]"
              % (j, j, vt, j, t, ", ".join(str(d) for d in range(rank))))
            L("    (%%li%d: %s, %%la%d: %s) {" % (j, t, j, t))
            L("      %%s%d = arith.addf %%li%d, %%la%d : %s" % (j, j, j, t))
            L("      linalg.yield %%s%d : %s" % (j, t))
            L("    }")
            if total is None:
                total = "%%ls%d" % j
            else:
                L("  %%lt%d = arith.addf %s, %%ls%d : tensor<%s>" % (j, total, j, t))
                total = "%%lt%d" % j
        L("  return %s : tensor<%s>" % (total, t))
        L("}")
        tys = [ttype(s, t) for _, s in m["args"]]
        outs = ["tensor<%s>" % t] + [tys[i] for i in m["wrt"]]
        L("func.func @step(%s) -> (%s) {" % (args, ", ".join(outs)))
        names = ["%%g%d" % i for i in range(len(outs))]
        L("  %s = ckpt.value_and_grad @loss(%s) wrt [%s] : (%s) -> (%s)" % (
            ", ".join(names), ", ".join("%" + a for a, _ in m["args"]),
            ", ".join(map(str, m["wrt"])), ", ".join(tys), ", ".join(outs)))
        L("  return %s : %s" % (", ".join(names), ", ".join(outs)))
        L("}")
        return "\n".join(self.lines) + "\n"


def mlir(model, with_regions=True, dtype=None):
    return Printer(model, with_regions, dtype).text()


# --------------------------------------------------------------------------
# Running one case (in a child process)

LOCATED = re.compile(r"^\S+:\d+:\d+: error: ")
CRASH = re.compile(r"Stack dump|PLEASE submit|LLVM ERROR|Assertion .* failed|"
                   r"AddressSanitizer|runtime error:|Segmentation fault")


class Failure(Exception):
    def __init__(self, prop, message):
        super().__init__("%s: %s" % (prop, message))
        self.prop = prop
        self.message = message


class KnownLimit(Exception):
    """Outputs within a few ulp of bit-identity, with --allow-ulp."""


class Rejected(Exception):
    """The compiler refused the model with one located error line."""


class Tools:
    def __init__(self, build, work, timeout):
        self.bin = os.path.join(build, "bin")
        self.work = work
        self.timeout = timeout
        self.commands = []

    def call(self, tool, args, what, option_error=False):
        """Runs a tool; raises Rejected on one error line that is located
        (or, with option_error, that is about a pass option, which has no
        place in the file: MLIR reports those at <unknown>:0)."""
        cmd = [os.path.join(self.bin, tool)] + args
        self.commands.append(" ".join(
            "'%s'" % a if any(c in a for c in " =\"") else a for a in
            [tool] + args))
        try:
            p = subprocess.run(cmd, cwd=self.work, capture_output=True,
                               text=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise Failure("crash", "%s timed out after %d s" % (what, self.timeout))
        err = p.stderr
        if p.returncode < 0 or CRASH.search(err):
            first = next((l for l in err.splitlines() if CRASH.search(l)
                          or "error" in l), "signal %d" % -p.returncode)
            raise Failure("crash", "%s crashed (exit %d): %s"
                          % (what, p.returncode, first.strip()))
        if p.returncode != 0:
            errors = [l for l in err.splitlines() if ": error:" in l
                      or l.startswith("error:")]
            located = [l for l in errors if LOCATED.match(l)
                       or (option_error and l.startswith("<unknown>:0: error: "))]
            if len(errors) != 1 or len(located) != 1 or ":0:0:" in located[0]:
                raise Failure("error", "%s failed without exactly one located "
                              "error line (exit %d):\n%s"
                              % (what, p.returncode, err.strip()[:2000]))
            raise Rejected("%s: %s" % (what, located[0]))
        return p.stdout

    def opt(self, src, dst, flag, what, option_error=False):
        self.call("ckpt-opt", ["--verify-each", src, flag, "-o", dst], what,
                  option_error)

    def run(self, variant, src, input_seed):
        """plan-free pipeline: autodiff, lowering, ckpt-run."""
        ad, low, out = variant + ".ad.mlir", variant + ".ll.mlir", variant + ".out"
        self.opt(src, ad, "--ckpt-autodiff", variant + ": ckpt-autodiff")
        self.opt(ad, low, "--ckpt-lower-to-cpu", variant + ": ckpt-lower-to-cpu")
        os.makedirs(os.path.join(self.work, out), exist_ok=True)
        text = self.call("ckpt-run", [low, "--entry=step", "--seed=%d" % input_seed,
                                      "--json", "--output-dir=" + out],
                         variant + ": ckpt-run")
        try:
            report = json.loads(text)
        except ValueError:
            raise Failure("crash", "%s: ckpt-run printed no JSON: %r"
                          % (variant, text[:200]))
        import numpy as np
        outs = [np.load(os.path.join(self.work, out, "out%d.npy" % i))
                for i in range(len(report["outputs"]))]
        return outs, report["peak_bytes"]


# Outputs this close (in units in the last place) differ by summation order
# only; the bugs found so far were off by 1e5 ulp and more.
ULP_LIMIT = 64


def compare(a, b, what, allow_ulp):
    """Bit-identity of two runs' outputs. Differences of a few units in the
    last place are a known open limit (RESULTS.md: views and duplicates
    folded in a step without regions but not across a region's boundary sum
    in another order): reported as property `ulp`, or only counted with
    --allow-ulp."""
    import numpy as np
    worst = 0.0
    for x, y in zip(a, b):
        if x.dtype != y.dtype or x.shape != y.shape:
            raise Failure("identical", "%s: output types differ" % what)
        if x.tobytes() == y.tobytes():
            continue
        spacing = np.spacing(np.maximum(np.abs(x), np.abs(y)).astype(x.dtype))
        ulps = float(np.max(np.abs(x.astype(np.float64) - y) / spacing))
        worst = max(worst, ulps)
    if worst == 0.0 and len(a) == len(b):
        return
    if len(a) == len(b) and worst <= ULP_LIMIT:
        if allow_ulp:
            raise KnownLimit("%s: differ by up to %.0f ulp" % (what, worst))
        raise Failure("ulp", "%s: differ by up to %.0f ulp" % (what, worst))
    raise Failure("identical", "%s: differ by up to %.3g ulp" % (what, worst))


def plan_flag(case, baseline_peak):
    p = case["plan"]
    opts = ["strategy=" + (p["strategy"] if case.get("mutation") != "bad_strategy"
                           else "fastest")]
    if p["strategy"] == "uniform":
        opts.append("segments=%d" % p["segments"])
    if case.get("mutation") == "bad_budget":
        opts.append("activation-budget=1.5")
    elif "activation_budget" in p:
        opts.append("activation-budget=%g" % p["activation_budget"])
    else:
        opts.append("memory-budget=%d" % max(1, int(baseline_peak * p["memory_budget_factor"])))
    opts.append("report=plan.json")
    return '--ckpt-plan=%s' % " ".join(opts)


def check_gradients(case, build):
    """f64 gradients of @step against central differences of @loss."""
    import numpy as np
    sys.path.insert(0, os.path.join(build, "python_packages"))
    import ckpt
    model = case["model"]
    text = mlir(model, with_regions=True, dtype="f64")
    try:
        m = ckpt.Module.parse(text, "f64.mlir")
        step = m.compile("step", opt_level=0)
        loss = m.compile("loss", opt_level=0)
    except ckpt.Error as e:
        lines = [l for l in str(e).splitlines() if ": error:" in l]
        if len(lines) == 1 and LOCATED.match(lines[0].strip()):
            raise Rejected("f64 variant: " + lines[0].strip())
        raise Failure("error", "f64 variant: compiling failed without one "
                      "located error line:\n%s" % str(e)[:2000])
    rng = np.random.default_rng(case["input_seed"])
    inputs = [rng.uniform(-1, 1, size=s).astype(np.float64) for _, s in model["args"]]
    outs = step.run(inputs).outputs
    l0 = float(loss(*inputs)[0])
    if abs(float(outs[0]) - l0) > 1e-12 * max(1.0, abs(l0)):
        raise Failure("gradient", "@step's loss %r differs from @loss's %r"
                      % (float(outs[0]), l0))
    eps = 1e-5
    for g, i in zip(outs[1:], model["wrt"]):
        d = rng.uniform(-1, 1, size=inputs[i].shape)
        plus = [x.copy() for x in inputs]
        minus = [x.copy() for x in inputs]
        plus[i] += eps * d
        minus[i] -= eps * d
        fd = (float(loss(*plus)[0]) - float(loss(*minus)[0])) / (2 * eps)
        an = float(np.sum(g * d))
        scale = max(1.0, abs(l0), float(np.sum(np.abs(g * d))))
        if not np.isfinite(an) or abs(fd - an) > 1e-6 * scale:
            raise Failure("gradient", "gradient of argument %d: analytic %.12g, "
                          "finite differences %.12g (scale %.3g)" % (i, an, fd, scale))


def check_peak(prop, peak, entry):
    """A measured peak against a report entry's budget and prediction."""
    if peak > entry["budget_bytes"]:
        raise Failure(prop, "measured peak %d > budget %d"
                      % (peak, entry["budget_bytes"]))
    if peak != entry["predicted_peak_bytes"]:
        raise Failure(prop, "measured peak %d != predicted %d"
                      % (peak, entry["predicted_peak_bytes"]))


REMAT_LEAST = re.compile(r"@(\w+) cannot fit the budget of \d+ bytes: "
                         r"the least peak reached is (\d+) bytes")


def remat_budget(case, peak):
    """A budget 30-90% of the unplanned step's peak, fixed by the case."""
    fraction = 0.3 + 0.6 * ((case["input_seed"] * 2654435761) % 1000) / 1000
    return max(1, int(peak * fraction))


def check_remat(tools, case, plain, plain_peak, allow_ulp):
    """--ckpt-remat on the differentiated step without regions: fits the
    budget with the predicted peak and bit-identical outputs, or is one
    error naming a least peak that then fits when asked for."""
    budget = remat_budget(case, plain_peak)
    flag = "--ckpt-remat=memory-budget=%dB report=remat.json"
    try:
        tools.opt("plain.ad.mlir", "remat.mlir", flag % budget, "ckpt-remat")
        refused = None
    except Rejected as e:
        refused = REMAT_LEAST.search(str(e))
        if not refused:
            return "refused"
    # Each public function is rematerialized in turn (@loss, then @step),
    # and the error is the first's that cannot fit: at the least peak it
    # names, that function fits, and the next may be the one named.
    failed = set()
    while refused:
        function, budget = refused.group(1), int(refused.group(2))
        failed.add(function)
        try:
            tools.opt("plain.ad.mlir", "remat.mlir", flag % budget,
                      "ckpt-remat at the least peak named")
            break
        except Rejected as e:
            again = REMAT_LEAST.search(str(e))
            if not again or again.group(1) in failed:
                raise Failure("remat", "the least peak named for @%s, %d "
                              "bytes, does not fit when asked for: %s"
                              % (function, budget, e))
            refused = again
    with open(os.path.join(tools.work, "remat.json")) as f:
        entry = next(r for r in json.load(f)["functions"]
                     if r["function"] == "step")
    outs, peak = tools.run("remat", "remat.mlir", case["input_seed"])
    compare(plain, outs, "rematerialized and unplanned outputs", allow_ulp)
    check_peak("remat", peak, entry)
    return "at the least peak" if refused else "fits"


def run_case(case, build, work, timeout, allow_ulp=False):
    """Raises Failure or Rejected; returns a summary dict on success."""
    tools = Tools(build, work, timeout)
    model = case["model"]
    mutation = case.get("mutation")
    with open(os.path.join(work, "model.mlir"), "w") as f:
        f.write(mutate(mlir(model, with_regions=True), mutation))
    with open(os.path.join(work, "plain.mlir"), "w") as f:
        f.write(mutate(mlir(model, with_regions=False), mutation))
    try:
        if mutation in ("bad_budget", "bad_strategy"):
            tools.opt("plain.mlir", "planned.mlir", plan_flag(case, 1000),
                      "ckpt-plan", option_error=True)
            raise Failure("error", "ckpt-plan accepted %s" % MUTATIONS[mutation])
        if mutation:
            tools.run("plain", "plain.mlir", case["input_seed"])
            raise Failure("error", "the pipeline accepted %s" % MUTATIONS[mutation])
        plain, plain_peak = tools.run("plain", "plain.mlir", case["input_seed"])
        regions, _ = tools.run("model", "model.mlir", case["input_seed"])
        compare(plain, regions, "outputs with the hand-placed regions and "
                "without", allow_ulp)
        src = "model.mlir" if case["plan"]["from_regions"] else "plain.mlir"
        planned = None
        try:
            tools.opt(src, "planned.mlir", plan_flag(case, plain_peak), "ckpt-plan")
        except Rejected as e:
            planned = str(e)
        if planned is None:
            with open(os.path.join(work, "plan.json")) as f:
                entry = json.load(f)["plans"][0]
            outs, peak = tools.run("planned", "planned.mlir", case["input_seed"])
            compare(plain, outs, "planned and unplanned outputs", allow_ulp)
            check_peak("budget", peak, entry)
            planned = "regions=%d" % len(entry["regions"])
        remat = check_remat(tools, case, plain, plain_peak, allow_ulp)
        check_gradients(case, build)
        return {"plan": planned, "remat": remat}
    finally:
        with open(os.path.join(work, "commands.txt"), "w") as f:
            f.write("\n".join(tools.commands) + "\n")


def child_main(args):
    with open(args.run_case) as f:
        case = json.load(f)
    try:
        result = {"status": "ok", **run_case(case, args.build, args.work,
                                              args.timeout, args.allow_ulp)}
    except KnownLimit as e:
        result = {"status": "ulp", "message": str(e)}
    except Failure as e:
        result = {"status": "fail", "prop": e.prop, "message": e.message}
    except Rejected as e:
        result = {"status": "rejected", "message": str(e)}
    print(json.dumps(result))


# --------------------------------------------------------------------------
# The driver: children, shrinking, reproducers


ALLOW_ULP = False


def run_child(case, build, timeout, keep=None):
    work = keep or tempfile.mkdtemp(prefix="ckpt-fuzz-")
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "case.json")
    with open(path, "w") as f:
        json.dump(case, f, indent=1)
    cmd = [sys.executable, os.path.abspath(__file__), "--build", build,
           "--run-case", path, "--work", work, "--timeout", str(timeout)] + (
               ["--allow-ulp"] if ALLOW_ULP else [])
    try:
        p = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=timeout * 8)
        if p.returncode != 0:
            result = {"status": "fail", "prop": "crash",
                      "message": "the case's process died (exit %d): %s"
                      % (p.returncode, p.stderr.strip()[-1500:])}
        else:
            result = json.loads(p.stdout.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        result = {"status": "fail", "prop": "crash", "message": "case timed out"}
    if keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return result


def drop_region(regions, path):
    """regions with the region at `path` (indices) unwrapped."""
    out = [dict(r, children=list(r["children"])) for r in regions]
    if len(path) == 1:
        r = out.pop(path[0])
        out[path[0]:path[0]] = r["children"]
        return out
    out[path[0]]["children"] = drop_region(out[path[0]]["children"], path[1:])
    return out


def count_regions(regions):
    return sum(1 + count_regions(r["children"]) for r in regions)


def region_paths(regions, prefix=()):
    for i, r in enumerate(regions):
        yield prefix + (i,)
        yield from region_paths(r["children"], prefix + (i,))


def shift_regions(regions, k):
    """Regions after op k is removed; None where one becomes empty."""
    out = []
    for r in regions:
        b = r["b"] - (1 if r["b"] > k else 0)
        e = r["e"] - (1 if r["e"] > k else 0)
        if b >= e:
            return None
        children = shift_regions(r["children"], k)
        if children is None:
            return None
        out.append(dict(r, b=b, e=e, children=children))
    return out


def drop_op(model, k):
    """The model with op k's value made a new argument."""
    op = model["ops"][k]
    regions = shift_regions(model["regions"], k)
    if regions is None:
        return None
    args = model["args"] + [["a%d" % len(model["args"]), op["shape"]]]
    new = args[-1][0]
    ops = []
    for i, o in enumerate(model["ops"]):
        if i != k:
            ops.append(dict(o, **{"in": [new if v == op["id"] else v for v in o["in"]]}))
    if not ops:
        return None
    wrt = model["wrt"] + [len(args) - 1]
    return prune_args(dict(model, args=args, ops=ops, regions=regions, wrt=wrt))


def prune_args(model):
    read = {v for o in model["ops"] for v in o["in"]}
    keep = [i for i, (a, _) in enumerate(model["args"]) if a in read]
    if not keep:
        return None
    wrt = [keep.index(i) for i in model["wrt"] if i in keep]
    if not wrt:
        wrt = [0]
    return dict(model, args=[model["args"][i] for i in keep], wrt=wrt)


def shrink(case, result, build, timeout, budget=80):
    """Greedy: unwrap regions, turn ops into arguments, simpler plans."""
    prop = result["prop"]
    tries = 0

    def still_fails(c):
        nonlocal tries
        tries += 1
        r = run_child(c, build, timeout)
        return r["status"] == "fail" and r["prop"] == prop, r

    progress = True
    while progress and tries < budget:
        progress = False
        candidates = []
        for path in region_paths(case["model"]["regions"]):
            candidates.append(dict(case, model=dict(
                case["model"], regions=drop_region(case["model"]["regions"], list(path)))))
        for k in reversed(range(len(case["model"]["ops"]))):
            m = drop_op(case["model"], k)
            if m is not None:
                candidates.append(dict(case, model=m))
        if case["model"]["dtype"] == "f32":
            candidates.append(dict(case, model=dict(case["model"], dtype="f64")))
        for c in candidates:
            if tries >= budget:
                break
            ok, r = still_fails(c)
            if ok:
                case, result, progress = c, r, True
                break
    return case, result


def save_reproducer(case, result, out, build, timeout):
    d = os.path.join(out, "case-%d-%d" % (case["seed"], case["index"]))
    shutil.rmtree(d, ignore_errors=True)
    final = run_child(case, build, timeout, keep=d)
    with open(os.path.join(d, "repro.txt"), "w") as f:
        f.write("property: %s\n%s\n\nreplay: python3 scripts/fuzz.py --build %s "
                "--replay %s\ncommands (in this directory):\n%s" % (
                    result["prop"], result["message"], build,
                    os.path.join(d, "case.json"),
                    open(os.path.join(d, "commands.txt")).read()
                    if os.path.exists(os.path.join(d, "commands.txt")) else ""))
    return d, final


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=120,
                    help="seconds per tool call")
    ap.add_argument("--out", default="fuzz-failures")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--allow-ulp", action="store_true",
                    help="count outputs within ULP_LIMIT ulp of bit-identity "
                    "instead of failing on them (triage)")
    ap.add_argument("--replay", help="run one saved case.json and print the result")
    ap.add_argument("--print", dest="print_case", type=int,
                    help="print case N of --seed as MLIR")
    ap.add_argument("--run-case", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.build = os.path.abspath(args.build)
    global ALLOW_ULP
    ALLOW_ULP = args.allow_ulp
    if args.run_case:
        return child_main(args)
    if args.print_case is not None:
        sys.stdout.write(mlir(random_case(args.seed, args.print_case)["model"]))
        return 0
    if args.replay:
        with open(args.replay) as f:
            case = json.load(f)
        print(json.dumps(run_child(case, args.build, args.timeout)))
        return 0

    start = time.time()
    cases = [random_case(args.seed, i) for i in range(args.count)]
    failures = 0
    counts = collections.Counter()
    rejections = collections.Counter()
    stats = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = pool.map(lambda c: (c, run_child(c, args.build, args.timeout)), cases)
        for case, result in results:
            counts[result["status"]] += 1
            if case.get("mutation") and result["status"] == "rejected":
                stats["invalid (%s) refused" % case["mutation"]] += 1
            if result["status"] == "rejected":
                msg = re.sub(r"^.*?:\d+:\d+: error: ", "", result["message"].split(": ", 1)[-1])
                rejections[re.sub(r"\d+", "N", msg)[:120]] += 1
            if result["status"] == "ok":
                plan = result.get("plan", "")
                if plan.startswith("regions="):
                    stats["planned with regions" if plan != "regions=0"
                          else "planned without regions"] += 1
                else:
                    stats["plan refused (one located error)"] += 1
                    msg = re.sub(r"^.*?:\d+:\d+: error: ", "", plan)
                    rejections["plan: " + re.sub(r"\d+", "N", msg)[:120]] += 1
                stats["ckpt-remat: " + result.get("remat", "not run")] += 1
                stats["hand-placed regions"] += count_regions(case["model"]["regions"])
                stats["ops"] += len(case["model"]["ops"])
                stats[case["model"]["dtype"]] += 1
            if result["status"] != "fail":
                continue
            failures += 1
            print("case %d (seed %d): %s: %s" % (case["index"], case["seed"],
                                                result["prop"], result["message"]),
                  flush=True)
            if not args.no_shrink:
                case, result = shrink(case, result, args.build, args.timeout)
            d, _ = save_reproducer(case, result, args.out, args.build, args.timeout)
            print("  reproducer (%d ops%s): %s" % (
                len(case["model"]["ops"]), "" if args.no_shrink else ", shrunk", d),
                  flush=True)
    print("ok %d, refused with one located error %d, within %d ulp of "
          "bit-identity (--allow-ulp) %d, failed %d; %.0f s"
          % (counts["ok"], counts["rejected"], ULP_LIMIT, counts["ulp"], failures,
             time.time() - start))
    print("passing cases: " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))
    for msg, n in rejections.most_common():
        print("  refused %dx: %s" % (n, msg))
    print("fuzz: %d cases, %d failures" % (args.count, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
