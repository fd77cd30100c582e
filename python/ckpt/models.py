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


def wide_chain(layers, width, expand, dtype="f32", plan=None):
    """Equal layers that widen and narrow again: h_{i+1}[j] =
    sum_k tanh(h_i[j] * w[k, j]) with one weight w of shape (expand, width)
    shared by all layers; the last layer sums over j too, giving the loss.

    Each layer makes 2 * expand * width values and passes on only width of
    them, so checkpointing trades little kept memory for a lot: the setting
    of Griewank's binomial (Revolve) schedules. `@step` differentiates with
    respect to the input only. `plan` wraps layers in checkpoint regions:
    a list of {"begin", "end", "children"} over layer indices, as
    ckpt-chain-solve prints plans (the last layer may not be wrapped).
    """
    vec = _t((width,), dtype)
    mat = _t((expand, width), dtype)

    def layer(i, h, w, zero):
        last = i == layers - 1
        out_t = "tensor<%s>" % dtype if last else vec
        dims = "[0, 1]" if last else "[0]"
        return [
            "  %%e%d = tensor.empty() : %s" % (i, mat),
            "  %%p%d = linalg.generic {indexing_maps = [affine_map<(k, j) -> (j)>,"
            " affine_map<(k, j) -> (k, j)>, affine_map<(k, j) -> (k, j)>],"
            " iterator_types = [\"parallel\", \"parallel\"]}"
            " ins(%s, %s : %s, %s) outs(%%e%d : %s) {" % (i, h, w, vec, mat, i, mat),
            "  ^bb0(%%a: %s, %%b: %s, %%c: %s):" % (dtype, dtype, dtype),
            "    %%m = arith.mulf %%a, %%b : %s" % dtype,
            "    linalg.yield %%m : %s" % dtype,
            "  } -> %s" % mat,
            "  %%t%d = math.tanh %%p%d : %s" % (i, i, mat),
            "  %%o%d = tensor.empty() : %s" % (i, out_t),
            "  %%f%d = linalg.fill ins(%s : %s) outs(%%o%d : %s) -> %s"
            % (i, zero, dtype, i, out_t, out_t),
            "  %%h%d = linalg.reduce ins(%%t%d : %s) outs(%%f%d : %s) dimensions = %s"
            % (i, i, mat, i, out_t, dims),
            "    (%%in: %s, %%acc: %s) { %%s = arith.addf %%in, %%acc : %s"
            % (dtype, dtype, dtype),
            "      linalg.yield %%s : %s }" % dtype,
        ]

    counter = [0]

    def items(plan, begin, end, h, w, zero):
        """Layers [begin, end) with the regions of `plan` (dicts with
        begin, end, children, as ckpt-chain-solve prints them) wrapped."""
        lines, unit = [], begin
        for region in list(plan) + [None]:
            stop = region["begin"] if region else end
            while unit < stop:
                lines += layer(unit, h, w, zero)
                h, unit = "%%h%d" % unit, unit + 1
            if not region:
                break
            n = counter[0] = counter[0] + 1
            lines += ["  %%r%d = ckpt.checkpoint (%s, %s) {name = \"r%d_%d\"} :"
                      " (%s, %s) -> %s {" % (n, h, w, region["begin"],
                                             region["end"], vec, mat, vec),
                      "  ^bb0(%%x%d: %s, %%w%d: %s):" % (n, vec, n, mat),
                      "  %%z%d = arith.constant 0.0 : %s" % (n, dtype)]
            inner, out = items(region["children"], region["begin"],
                               region["end"], "%%x%d" % n, "%%w%d" % n,
                               "%%z%d" % n)
            lines += inner + ["  ckpt.yield %s : %s" % (out, vec), "  }"]
            h, unit = "%%r%d" % n, region["end"]
        return lines, h

    lines = ["func.func @loss(%%x: %s, %%w: %s) -> tensor<%s> {"
             % (vec, mat, dtype),
             "  %%zero = arith.constant 0.0 : %s" % dtype]
    body, h = items(plan or [], 0, layers, "%x", "%w", "%zero")
    lines += body
    lines += ["  return %s : tensor<%s>" % (h, dtype), "}",
              "func.func @step(%%x: %s, %%w: %s) -> (tensor<%s>, %s) {"
              % (vec, mat, dtype, vec),
              "  %%r:2 = ckpt.value_and_grad @loss(%%x, %%w) wrt [0] : (%s, %s)"
              " -> (tensor<%s>, %s)" % (vec, mat, dtype, vec),
              "  return %%r#0, %%r#1 : tensor<%s>, %s" % (dtype, vec), "}"]
    return "\n".join(lines) + "\n"


def unet_mlp(batch, widths, dtype="f32", skip_layers=0):
    """A U-shaped MLP with long skip connections, like a U-Net without
    convolutions: widths = [w_0, w_1, ..., w_D] (w_0 the input's).

    Encoder: e_0 = x, e_i = tanh(e_{i-1} @ a_i) of width w_i (i = 1..D).
    Decoder: u_D = e_D, u_{i-1} = tanh(u_i @ b_i) + s_{i-1} of width w_{i-1}
    (i = D..1): each skip s_i is added to the mirrored decoder layer, so
    s_1 .. s_{D-1} stay alive across the middle of the network. Without
    skip layers s_i = e_i; with `skip_layers` = L > 0 each skip connection
    (i = 1..D-1) is a branch of L dense layers of width w_i,
    s_i = tanh(... tanh(e_i @ c_i_1) ... @ c_i_L), computed right after e_i
    (as a PyTorch forward that collects the skips in its encoder loop
    does), like the convolution blocks on the skip paths of UNet++.
    loss = sum(u_0 * u_0). `@step` differentiates with respect to every
    weight (a_1..a_D, then b_1..b_D, then the c_i_l by i, then l).
    """
    depth = len(widths) - 1
    act = [_t((batch, w), dtype) for w in widths]
    weights = []  # (name, type) in argument order
    for i in range(1, depth + 1):
        weights.append(("a%d" % i, _t((widths[i - 1], widths[i]), dtype)))
    for i in range(1, depth + 1):
        weights.append(("b%d" % i, _t((widths[i], widths[i - 1]), dtype)))
    for i in range(1, depth if skip_layers else 1):
        for l in range(1, skip_layers + 1):
            weights.append(("c%d_%d" % (i, l),
                            _t((widths[i], widths[i]), dtype)))
    args = "%%x: %s, %s" % (act[0], ", ".join(
        "%%%s: %s" % (n, t) for n, t in weights))
    lines = ["func.func @loss(%s) -> tensor<%s> {" % (args, dtype),
             "  %%zero = arith.constant 0.0 : %s" % dtype]

    def dense(out, h, w, k_in, k_out):
        """%out = tanh(h @ w) from width widths[k_in] to widths[k_out]."""
        return [
            "  %%%s_e = tensor.empty() : %s" % (out, act[k_out]),
            "  %%%s_f = linalg.fill ins(%%zero : %s) outs(%%%s_e : %s) -> %s"
            % (out, dtype, out, act[k_out], act[k_out]),
            "  %%%s_m = linalg.matmul ins(%s, %%%s : %s, %s) outs(%%%s_f : %s) -> %s"
            % (out, h, w, act[k_in], _t((widths[k_in], widths[k_out]), dtype),
               out, act[k_out], act[k_out]),
            "  %%%s = math.tanh %%%s_m : %s" % (out, out, act[k_out]),
        ]

    enc = ["%x"]
    skip = ["%x"]
    for i in range(1, depth + 1):
        lines += dense("e%d" % i, enc[-1], "a%d" % i, i - 1, i)
        enc.append("%%e%d" % i)
        s = enc[-1]
        if i < depth:
            for l in range(1, skip_layers + 1):
                lines += dense("s%d_%d" % (i, l), s, "c%d_%d" % (i, l), i, i)
                s = "%%s%d_%d" % (i, l)
        skip.append(s)
    h = enc[depth]
    for i in range(depth, 0, -1):
        lines += dense("t%d" % i, h, "b%d" % i, i, i - 1)
        lines.append("  %%u%d = arith.addf %%t%d, %s : %s"
                     % (i - 1, i, skip[i - 1], act[i - 1]))
        h = "%%u%d" % (i - 1)
    lines += [
        "  %%sq = arith.mulf %s, %s : %s" % (h, h, act[0]),
        "  %%le = tensor.empty() : tensor<%s>" % dtype,
        "  %%lf = linalg.fill ins(%%zero : %s) outs(%%le : tensor<%s>) -> tensor<%s>"
        % (dtype, dtype, dtype),
        "  %%l = linalg.reduce ins(%%sq : %s) outs(%%lf : tensor<%s>) dimensions = [0, 1]"
        % (act[0], dtype),
        "    (%%p: %s, %%q: %s) { %%s = arith.addf %%p, %%q : %s" % (dtype, dtype, dtype),
        "      linalg.yield %%s : %s }" % dtype,
        "  return %%l : tensor<%s>" % dtype,
        "}",
    ]
    n = len(weights)
    wrt = ", ".join(str(1 + j) for j in range(n))
    results = ", ".join(["tensor<%s>" % dtype] + [t for _, t in weights])
    types = ", ".join([act[0]] + [t for _, t in weights])
    names = ", ".join(["%x"] + ["%%%s" % nm for nm, _ in weights])
    lines += [
        "func.func @step(%s) -> (%s) {" % (args, results),
        "  %%r:%d = ckpt.value_and_grad @loss(%s) wrt [%s] : (%s) -> (%s)"
        % (n + 1, names, wrt, types, results),
        "  return %s : %s" % (", ".join("%%r#%d" % j for j in range(n + 1)),
                              results),
        "}",
    ]
    return "\n".join(lines) + "\n"
