"""MLIR text for the example models used by the demo and the benchmarks.

Each builder returns a module with a forward `@loss` and a training step
`@step` that returns `ckpt.value_and_grad`'s results (the loss, then one
gradient per weight).
"""


def _t(shape, dtype):
    return "tensor<%sx%s>" % ("x".join(str(d) for d in shape), dtype)


def residual_mlp(layers, batch, width, segments=0, dtype="f32", policy=None):
    """h_{i+1} = h_i + tanh(h_i @ W_i); loss = sum(h_L * h_L).

    With `segments` > 0 the layers are split into that many equal groups,
    each wrapped in a ckpt.checkpoint region (like
    torch.utils.checkpoint.checkpoint_sequential).
    """
    act = _t((batch, width), dtype)
    wt = _t((width, width), dtype)
    per = layers // segments if segments else layers
    lines = []
    args = "%%x: %s, %s" % (act, ", ".join("%%w%d: %s" % (i, wt) for i in range(layers)))
    lines.append("func.func @loss(%s) -> tensor<%s> {" % (args, dtype))

    def layer(out, h, w, indent):
        return [
            "%s%%e_%s = tensor.empty() : %s" % (indent, out, act),
            "%s%%z_%s = arith.constant 0.0 : %s" % (indent, out, dtype),
            "%s%%f_%s = linalg.fill ins(%%z_%s : %s) outs(%%e_%s : %s) -> %s"
            % (indent, out, out, dtype, out, act, act),
            "%s%%m_%s = linalg.matmul ins(%s, %s : %s, %s) outs(%%f_%s : %s) -> %s"
            % (indent, out, h, w, act, wt, out, act, act),
            "%s%%t_%s = math.tanh %%m_%s : %s" % (indent, out, out, act),
            "%s%%%s = arith.addf %s, %%t_%s : %s" % (indent, out, h, out, act),
        ]

    h = "%x"
    i = 0
    seg = 0
    while i < layers:
        if segments:
            ws = ["%%w%d" % j for j in range(i, i + per)]
            ins = [h] + ws
            types = [act] + [wt] * per
            attrs = "{name = \"seg%d\"%s}" % (
                seg, ", policy = #ckpt.policy<%s>" % policy if policy else "")
            lines.append("  %%s%d = ckpt.checkpoint (%s) %s : (%s) -> %s {"
                         % (seg, ", ".join(ins), attrs, ", ".join(types), act))
            bargs = ["%%bh%d" % seg] + ["%%bw%d_%d" % (seg, j) for j in range(per)]
            lines.append("  ^bb0(%s):" % ", ".join(
                "%s: %s" % (a, t) for a, t in zip(bargs, types)))
            inner = bargs[0]
            for j in range(per):
                out = "l%d" % (i + j)
                lines += layer(out, inner, bargs[1 + j], "    ")
                inner = "%" + out
            lines.append("    ckpt.yield %s : %s" % (inner, act))
            lines.append("  }")
            h = "%%s%d" % seg
            seg += 1
            i += per
        else:
            out = "l%d" % i
            lines += layer(out, h, "%%w%d" % i, "  ")
            h = "%" + out
            i += 1
    lines += [
        "  %%sq = arith.mulf %s, %s : %s" % (h, h, act),
        "  %%le = tensor.empty() : tensor<%s>" % dtype,
        "  %%lz = arith.constant 0.0 : %s" % dtype,
        "  %%lf = linalg.fill ins(%%lz : %s) outs(%%le : tensor<%s>) -> tensor<%s>"
        % (dtype, dtype, dtype),
        "  %%l = linalg.reduce ins(%%sq : %s) outs(%%lf : tensor<%s>) dimensions = [0, 1]"
        % (act, dtype),
        "    (%%a: %s, %%b: %s) { %%s = arith.addf %%a, %%b : %s" % (dtype, dtype, dtype),
        "      linalg.yield %%s : %s }" % dtype,
        "  return %%l : tensor<%s>" % dtype,
        "}",
    ]
    wrt = ", ".join(str(1 + j) for j in range(layers))
    results = ", ".join(["tensor<%s>" % dtype] + [wt] * layers)
    types = ", ".join([act] + [wt] * layers)
    names = ", ".join(["%x"] + ["%%w%d" % j for j in range(layers)])
    lines += [
        "func.func @step(%s) -> (%s) {" % (args, results),
        "  %%r:%d = ckpt.value_and_grad @loss(%s) wrt [%s] : (%s) -> (%s)"
        % (layers + 1, names, wrt, types, results),
        "  return %s : %s" % (", ".join("%%r#%d" % j for j in range(layers + 1)),
                              results),
        "}",
    ]
    return "\n".join(lines) + "\n"
