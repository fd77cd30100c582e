"""A torch.nn.Module as a planned training step compiled by ckpt.

    import ckpt.torch
    step = ckpt.torch.compile(model, (x,), lambda out: (out ** 2).sum(),
                              activation_budget=0.5)
    loss, grads = step(x)          # grads: {name: tensor} per parameter
    step.report["predicted_peak_bytes"], step.last_peak_bytes

The model is exported with torch.export and torch-mlir's FX importer
(linalg-on-tensors), its parameters lifted to function arguments. ckpt
differentiates the exported `@loss` with respect to every parameter
(`@step`), plans checkpoints under the budget, lowers and JIT-compiles once.
Needs torch and torch-mlir (the versions pinned by `make check-torch`).

Training-mode dropout is drawn with ckpt.random_uniform from `seed` and the
call's index, not with torch's generator: the masks differ from PyTorch's
(docs/Random.md, "Dropout from PyTorch"); `step(x, index=i)`.
"""

import math
import operator
import os
import re

import numpy as np

from . import core

__all__ = ["compile", "export", "export_joint", "CompileError", "Step",
           "DropoutSite"]


class CompileError(core.Error):
    """The model cannot be exported or compiled; the message names the
    failing op, `diagnostics` holds MLIR's full text."""

    def __init__(self, message, diagnostics=""):
        super().__init__(message)
        self.diagnostics = diagnostics


def _type_text(dtype, shape, is_scalar):
    if is_scalar:
        return dtype
    return "tensor<%s>" % "x".join([str(d) for d in shape] + [dtype])


def _first_error(diagnostics):
    """The first `error:` line of MLIR's diagnostics (the op and the reason,
    with its location), else the first line."""
    lines = str(diagnostics).splitlines()
    for line in lines:
        if ": error: " in line:
            return line.strip()
    return lines[0].strip() if lines else ""


def _gelu(a, approximate="none"):
    """aten.gelu with approximate="tanh" as torch's own reference writes it
    (torch._refs: x*x*x and sqrt(2/pi) to double precision). torch-mlir's
    lowering of the fused op multiplies by 0.797724 instead of
    sqrt(2/pi) = 0.7978846, which moves the result by up to 1e-4 relative.
    Exact GELU is left to torch-mlir (NotImplemented), which gets it right."""
    if approximate != "tanh":
        return NotImplemented
    from torch._refs.nn.functional import gelu
    return gelu(a, approximate="tanh")


def _decompositions():
    """torch-mlir's decomposition table, plus _gelu."""
    import torch
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table
    table = dict(get_decomposition_table())
    table[torch.ops.aten.gelu.default] = _gelu
    return table


class DropoutSite:
    """One training-mode dropout of the exported step, drawn with
    ckpt.random_uniform (docs/Random.md, "Dropout from PyTorch").

    `shape`, `dtype` (np.float32 or np.float64) and `p` are the dropout's;
    `offset` is where its counters start relative to the call's base offset
    (the sum of the element counts of the sites before it); `numel` its
    element count; `location` the model's source line torch recorded ("" if
    none). An element is kept, and scaled by 1/(1-p), iff its draw is below
    1-p (rounded to `dtype`)."""

    def __init__(self, shape, dtype, p, offset, location):
        self.shape = tuple(int(d) for d in shape)
        self.dtype = dtype
        self.p = float(p)
        self.offset = int(offset)
        self.numel = int(np.prod(self.shape, dtype=np.int64))
        self.location = location

    def __repr__(self):
        return ("DropoutSite(shape=%s, dtype=%s, p=%r, offset=%d, location=%r)"
                % (self.shape, np.dtype(self.dtype).name, self.p, self.offset,
                   self.location))


def _source_line(node):
    """'file:line' of the model's source where torch recorded it for an FX
    node: its stack trace's innermost frame outside torch's own package
    (nn.Dropout's forward is torch's), else the innermost, else ''."""
    import torch
    trace = node.meta.get("stack_trace") or ""
    frames = re.findall(r'File "([^"]+)", line (\d+)', trace)
    package = os.path.dirname(os.path.abspath(torch.__file__)) + os.sep
    outside = [f for f in frames
               if not os.path.abspath(f[0]).startswith(package)]
    frames = outside or frames
    return "%s:%s" % frames[-1] if frames else ""


def _op_name(target):
    name = getattr(target, "name", None)
    text = name() if callable(name) else str(target)
    return text.replace("::", ".")


# Metadata of a dropout node its replacement keeps: torch-mlir makes the
# locations of the imported ops from it (the model's source line).
_KEPT_META = ("stack_trace", "nn_module_stack", "source_fn_stack",
              "from_node", "seq_nr")


def _replace_dropout(prog, what):
    """Rewrites prog's graph (after decomposition, where every dropout of
    torch is aten.native_dropout) so that it draws nothing itself: each
    training-mode dropout with 0 < p < 1 multiplies its input by
    (u < 1-p) / (1-p), as PyTorch's CPU kernel computes it, where u is a new
    graph input of the input's shape and dtype (placed after all others,
    in graph order; ckpt's @loss draws it with ckpt.random_uniform).
    p = 0 and eval mode are the identity, p = 1 multiplies by 0 (as
    PyTorch does). Any other random op raises CompileError. Returns the
    DropoutSite of each new input, in order."""
    import torch
    from torch.export.graph_signature import (InputKind, InputSpec,
                                              TensorArgument)
    aten, prims = torch.ops.aten, torch.ops.prims
    graph = prog.graph
    placeholders = [n for n in graph.nodes if n.op == "placeholder"]
    fake_mode = None
    for node in graph.nodes:
        fake_mode = getattr(node.meta.get("val"), "fake_mode", None)
        if fake_mode is not None:
            break

    def emit(before, target, args, meta_from):
        with graph.inserting_before(before):
            node = graph.call_function(target, args)
        with fake_mode:
            node.meta["val"] = target(*[a.meta["val"] if isinstance(
                a, torch.fx.Node) else a for a in args])
        for key in _KEPT_META:
            if key in meta_from.meta:
                node.meta[key] = meta_from.meta[key]
        return node

    sites, offset = [], 0
    last_input = placeholders[-1] if placeholders else None
    for node in list(graph.nodes):
        if node.op != "call_function":
            continue
        target = node.target
        if target is not aten.native_dropout.default and not (
                isinstance(target, torch._ops.OpOverload)
                and torch.Tag.nondeterministic_seeded in target.tags):
            continue
        where = _source_line(node)
        at = " at %s" % where if where else ""
        if target is not aten.native_dropout.default:
            raise CompileError(
                "%s: random op %s%s is not supported: ckpt.torch maps only "
                "elementwise dropout (nn.Dropout, F.dropout) onto "
                "ckpt.random_uniform" % (what, _op_name(target), at))
        args = list(node.args) + [None] * (3 - len(node.args))
        x, p, train = args[0], args[1], node.kwargs.get("train", args[2])
        p = float(p)
        users = list(node.users)
        if any(u.target is not operator.getitem or
               u.args[1] != 0 for u in users if u.users):
            raise CompileError("%s: dropout%s uses its mask output, which "
                               "ckpt.torch does not export" % (what, at))
        dtype = x.meta["val"].dtype
        if train is False or p == 0.0:
            out = x
        elif p == 1.0:
            out = emit(node, aten.mul.Tensor, (x, 0.0), node)
        else:
            if dtype not in (torch.float32, torch.float64):
                raise CompileError(
                    "%s: dropout%s on a %s tensor: ckpt.random_uniform draws "
                    "f32 or f64 only" % (what, at, str(dtype).replace(
                        "torch.", "")))
            shape = tuple(x.meta["val"].shape)
            with graph.inserting_after(last_input) if last_input is not None \
                    else graph.inserting_before(next(iter(graph.nodes))):
                u = graph.placeholder("dropout_uniform_%d" % len(sites))
            last_input = u
            with fake_mode:
                u.meta["val"] = torch.empty(shape, dtype=dtype)
            prog.graph_signature.input_specs.append(InputSpec(
                kind=InputKind.USER_INPUT, arg=TensorArgument(name=u.name),
                target=None))
            # u < 1-p exactly: u is a multiple of 2^-24 (f32) or 2^-53
            # (f64), so the least such multiple >= 1-p is an equal bound
            # that the dtype represents, whatever precision torch-mlir
            # compares in.
            bits = 24 if dtype == torch.float32 else 53
            bound = math.ceil((1.0 - p) * 2.0 ** bits) / 2.0 ** bits
            keep = emit(node, aten.lt.Scalar, (u, bound), node)
            mask = emit(node, prims.convert_element_type.default,
                        (keep, dtype), node)
            noise = emit(node, aten.div.Scalar, (mask, 1.0 - p), node)
            out = emit(node, aten.mul.Tensor, (x, noise), node)
            sites.append(DropoutSite(shape, {torch.float32: np.float32,
                                             torch.float64: np.float64}[dtype],
                                     p, offset, where))
            offset += sites[-1].numel
        for user in users:
            user.replace_all_uses_with(out)
            graph.erase_node(user)
        graph.erase_node(node)
    graph.lint()
    prog.graph_module.recompile()
    return sites


def _draw_in_loss(module, sites):
    """In torch-mlir's module, replaces @loss's last len(sites) arguments
    (the draws _replace_dropout made inputs) by two arguments `seed` and
    `offset` (0-d tensor<i64>) and, right before the first op that reads
    each draw, `ckpt.random_uniform %seed, %offset + site.offset`."""
    from torch_mlir import ir
    context = module.context
    context.allow_unregistered_dialects = True
    with context:
        func = next(op.operation for op in module.body.operations
                    if op.operation.name == "func.func" and ir.StringAttr(
                        op.attributes["sym_name"]).value == "loss")
        block = func.regions[0].blocks[0]
        first = len(block.arguments) - len(sites)
        loc = func.location
        i64 = ir.IntegerType.get_signless(64)
        scalar = ir.RankedTensorType.get([], i64, loc=loc)
        seed = block.add_argument(scalar, loc)
        offset = block.add_argument(scalar, loc)
        for k, site in enumerate(sites):
            arg = block.arguments[first + k]
            readers = set()
            for use in arg.uses:
                op = use.owner
                while op.parent is not None and op.parent != func:
                    op = op.parent
                readers.add(op)
            reader = next((op.operation for op in block.operations
                           if op.operation in readers), None)
            if reader is None:  # torch-mlir folded the dropout away
                continue
            with ir.InsertionPoint(reader), reader.location:
                def create(name, operands, result, attributes=None):
                    return ir.Operation.create(name, results=[result],
                                               operands=operands,
                                               attributes=attributes).result
                s = create("tensor.extract", [seed], i64)
                o = create("tensor.extract", [offset], i64)
                c = create("arith.constant", [], i64,
                           {"value": ir.IntegerAttr.get(i64, site.offset)})
                draw = create("ckpt.random_uniform",
                              [s, create("arith.addi", [o, c], i64)],
                              arg.type)
            arg.replace_all_uses_with(draw)
        for k in reversed(range(len(sites))):
            block.erase_argument(first + k)
        ftype = ir.FunctionType(
            ir.TypeAttr(func.attributes["function_type"]).value)
        func.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
            [a.type for a in block.arguments], list(ftype.results)))
        if "arg_attrs" in func.attributes:  # one dictionary per argument
            kept = list(ir.ArrayAttr(func.attributes["arg_attrs"]))[:first]
            func.attributes["arg_attrs"] = ir.ArrayAttr.get(
                kept + [ir.DictAttr.get({})] * 2)


def _export_failure(what, e):
    """The CompileError for `e`, raised by torch.export or torch-mlir while
    doing `what` ("cannot export ..."): its first line, and the aten op it
    names if any."""
    message = str(e).strip().splitlines()
    op = re.search(r"(torch\.aten\.[\w.]+|aten\.[\w.]+)", str(e))
    return CompileError("%s%s: %s" % (
        what, " (op %s)" % op.group(1) if op else "",
        message[0] if message else type(e).__name__), str(e))


def _parse_exported(text, source):
    """torch-mlir's output `text` as a ckpt.Module, or a CompileError naming
    `source` and why ckpt cannot read it."""
    try:
        return core.Module.parse(text, name="<%s>" % source)
    except core.Error as e:
        op = _unregistered_op(text)
        reason = ("op %s is not in a dialect ckpt reads (torch-mlir "
                  "left it outside linalg-on-tensors)" % op if op
                  else _first_error(e))
        raise CompileError("ckpt cannot read %s: %s" % (source, reason),
                           str(e)) from None


def _export(model, example_inputs, loss_fn, names):
    """(generic MLIR text of @loss, [DropoutSite])."""
    import torch
    from torch_mlir import fx

    class Loss(torch.nn.Module):
        """loss_fn(model(*inputs)) with the parameters as arguments, so that
        the importer lifts them instead of baking them in as constants."""

        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, *args):
            inputs, params = args[:len(example_inputs)], args[len(example_inputs):]
            out = torch.func.functional_call(self.model,
                                             dict(zip(names, params)), inputs)
            return loss_fn(out)

    params = [p.detach() for _, p in model.named_parameters()]
    try:
        # What fx.export_and_import does, with the dropouts rewritten
        # between the decomposition and the import.
        prog = torch.export.export(Loss(), (*example_inputs, *params),
                                   strict=False)
        prog = prog.run_decompositions(_decompositions())
        sites = _replace_dropout(prog, "cannot export %s"
                                 % type(model).__name__)
        exported = fx.export_and_import(prog,
                                        output_type="linalg-on-tensors",
                                        func_name="loss",
                                        decomposition_table={})
    except CompileError:
        raise
    except Exception as e:  # torch.export and torch-mlir raise many kinds
        raise _export_failure("cannot export %s" % type(model).__name__,
                              e) from e
    if sites:
        _draw_in_loss(exported, sites)
    # Generic form with locations: what Debian's MLIR 22 parses whatever
    # torch-mlir's newer MLIR prints, and errors point at the model's source.
    return exported.operation.get_asm(print_generic_op_form=True,
                                      enable_debug_info=True), sites


def _unregistered_op(text):
    """'op' (location) of the first op of the exported text in a dialect ckpt
    does not register, or None."""
    try:
        module = core._ckpt.Module.parse(text, "<export>", True)
    except core.Error:
        return None
    ops = module.unregistered_ops()
    if not ops:
        return None
    name, loc = ops[0]
    return "'%s' at %s" % (name, loc)


def _check_model(model):
    import torch
    if not isinstance(model, torch.nn.Module):
        raise TypeError("model must be a torch.nn.Module, got %s"
                        % type(model).__name__)
    names = [n for n, _ in model.named_parameters()]
    if not names:
        raise ValueError("%s has no parameters to differentiate"
                         % type(model).__name__)
    return names


def _export_step(model, example_inputs, loss_fn, debug_info=True):
    """(ckpt.Module with @loss and @step, [DropoutSite])."""
    names = _check_model(model)
    example_inputs = tuple(example_inputs)
    text, sites = _export(model, example_inputs, loss_fn, names)
    what = "%s exported by torch-mlir" % type(model).__name__
    module = _parse_exported(text, what)

    args, results = module.signature("loss")
    expected = len(example_inputs) + len(names) + (2 if sites else 0)
    if len(args) != expected:
        raise CompileError(
            "%s: @loss takes %d arguments, expected %d inputs and %d "
            "parameters%s (is a parameter unused by the loss?)"
            % (what, len(args), len(example_inputs), len(names),
               " and the seed and offset of its dropout" if sites else ""))
    arg_types = [_type_text(*a) for a in args]
    result_types = [_type_text(*r) for r in results]
    wrt = range(len(example_inputs), len(example_inputs) + len(names))
    step = core.value_and_grad("loss", arg_types, result_types, wrt)
    pretty = module.to_string(debug_info=debug_info)
    end = pretty.rstrip().rfind("}")
    return core.Module.parse(pretty[:end] + step + pretty[end:],
                             name="<%s>" % what), sites


def export(model, example_inputs, loss_fn, debug_info=True):
    """The ckpt.Module of a training step of `model`: `@loss(*inputs,
    *parameters)` as torch-mlir exports it, and `@step`, calling
    ckpt.value_and_grad of `@loss` with respect to every parameter (in the
    order of model.named_parameters()). With `debug_info`, ops keep the
    locations torch-mlir gives them (the model's source lines).

    A model with training-mode dropout draws its masks with
    ckpt.random_uniform: @loss and @step then take two more arguments
    after the parameters, the seed and the call's base offset (0-d
    tensor<i64>; docs/Random.md, "Dropout from PyTorch")."""
    return _export_step(model, example_inputs, loss_fn, debug_info)[0]


def _random_op(graph):
    """The first op of an FX graph that draws random numbers, or None."""
    import torch
    for node in graph.nodes:
        if (node.op == "call_function"
                and isinstance(node.target, torch._ops.OpOverload)
                and torch.Tag.nondeterministic_seeded in node.target.tags):
            return node
    return None


def _joint_graph(model, example_inputs, loss_fn, names, what):
    """AOTAutograd's joint forward+backward graph of loss_fn(model(*inputs))
    with respect to the parameters, as a torch.nn.Module whose forward takes
    (*inputs, *parameters) and returns (loss, *gradients), the gradients in
    the order of `names` (model.named_parameters())."""
    import torch
    from torch._functorch.aot_autograd import aot_export_module

    class Loss(torch.nn.Module):
        """loss_fn(model(*inputs)) as AOTAutograd's one output, the loss."""

        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, *inputs):
            return (loss_fn(self.model(*inputs)),)

    frozen = [n for n, p in model.named_parameters() if not p.requires_grad]
    if frozen:
        raise CompileError("%s: parameter %s does not require grad: the joint "
                           "graph differentiates every parameter"
                           % (what, frozen[0]))
    loss_module = Loss()
    try:
        graph, signature = aot_export_module(
            loss_module, example_inputs, trace_joint=True,
            output_loss_index=0, decompositions=_decompositions())
    except Exception as e:  # AOTAutograd raises many kinds
        if "did not receive a gradient" in str(e):  # it names none
            params = [p for _, p in model.named_parameters()]
            grads = torch.autograd.grad(loss_fn(model(*example_inputs)),
                                        params, allow_unused=True)
            unused = [n for n, g in zip(names, grads) if g is None]
            if unused:
                raise CompileError("%s: parameter %s gets no gradient (is "
                                   "it unused by the loss?)"
                                   % (what, unused[0]), str(e)) from e
        message = str(e).strip().splitlines()
        raise CompileError("%s: AOTAutograd cannot trace the joint graph: %s"
                           % (what, message[0] if message
                              else type(e).__name__), str(e)) from e
    random = _random_op(graph.graph)
    if random is not None:
        where = _source_line(random)
        raise CompileError(
            "%s: random op %s%s is not supported in a joint graph (its "
            "draws would be fixed inputs; put the model in eval mode)"
            % (what, _op_name(random.target),
               " at %s" % where if where else ""))
    if signature.buffers_to_mutate or signature.user_inputs_to_mutate:
        mutated = list(signature.buffers_to_mutate.values()) + list(
            signature.user_inputs_to_mutate.values())
        raise CompileError("%s: the forward writes %s (e.g. a BatchNorm's "
                           "running statistics in training mode), which a "
                           "joint graph cannot return" % (what, mutated[0]))

    # The joint graph takes (*parameters, *buffers, *inputs) and returns
    # (loss, *gradients) in its own order, named by its output nodes.
    prefix = "model."
    buffers = dict(loss_module.named_buffers())
    buffer_values = [buffers[n].detach() for n in signature.buffers]
    output = next(n for n in graph.graph.nodes if n.op == "output")
    returned = [getattr(v, "name", None) for v in output.args[0]]
    backward = signature.backward_signature
    loss_at = returned.index(backward.loss_output)
    grad_at = {param: returned.index(out) for out, param
               in backward.gradients_to_parameters.items()}
    missing = [n for n in names if prefix + n not in grad_at]
    if missing:
        raise CompileError("%s: parameter %s gets no gradient (is it unused "
                           "by the loss?)" % (what, missing[0]))
    # Where each parameter of signature.parameters is in `names`.
    position = {prefix + n: i for i, n in enumerate(names)}
    take = [position[n] for n in signature.parameters]
    num_inputs = len(example_inputs)

    class Joint(torch.nn.Module):
        """The joint graph with (*inputs, *parameters) in, (loss,
        *gradients) out; buffers (not mutated) as constants."""

        def __init__(self):
            super().__init__()
            self.joint = graph
            for k, value in enumerate(buffer_values):
                self.register_buffer("buffer_%d" % k, value, persistent=False)

        def forward(self, *args):
            inputs, params = args[:num_inputs], args[num_inputs:]
            kept = [getattr(self, "buffer_%d" % k)
                    for k in range(len(buffer_values))]
            outs = self.joint(*[params[i] for i in take], *kept, *inputs)
            return (outs[loss_at],
                    *[outs[grad_at[prefix + n]] for n in names])

    return Joint()


def export_joint(model, example_inputs, loss_fn, debug_info=True):
    """The ckpt.Module of AOTAutograd's joint forward+backward graph of
    `loss_fn(model(*example_inputs))` with respect to every parameter,
    imported by torch-mlir (linalg-on-tensors): one public function
    `@joint(*inputs, *parameters) -> (loss, *gradients)`, inputs and
    parameters in the order `export`'s @loss takes them (parameters and
    gradients in the order of model.named_parameters()).

    Unlike `export`, the backward is PyTorch's (AOTAutograd's, traced
    with torch-mlir's decompositions) and the module holds no
    ckpt.value_and_grad: it is the input of `--ckpt-remat` (a joint graph
    from another frontend), and runs as it is with
    `module.compile("joint")`. Buffers that the forward does not write
    become constants. With `debug_info`, ops keep torch-mlir's locations.

    Raises CompileError on what AOTAutograd or torch-mlir cannot trace or
    ckpt cannot read, on random ops (dropout in training mode: its draws
    would be fixed), on a forward that writes buffers (BatchNorm's
    running statistics in training mode), and on parameters that need no
    gradient or get none."""
    import torch
    from torch_mlir import fx

    names = _check_model(model)
    example_inputs = tuple(example_inputs)
    what = "cannot export the joint graph of %s" % type(model).__name__
    joint = _joint_graph(model, example_inputs, loss_fn, names, what)
    params = [p.detach() for _, p in model.named_parameters()]
    try:
        prog = torch.export.export(joint, (*example_inputs, *params),
                                   strict=False)
        prog = prog.run_decompositions(_decompositions())
        exported = fx.export_and_import(prog,
                                        output_type="linalg-on-tensors",
                                        func_name="joint",
                                        decomposition_table={})
    except Exception as e:  # torch.export and torch-mlir raise many kinds
        raise _export_failure(what, e) from e
    text = exported.operation.get_asm(print_generic_op_form=True,
                                      enable_debug_info=True)
    source = "the joint graph of %s exported by torch-mlir" % (
        type(model).__name__)
    module = _parse_exported(text, source)
    args, results = module.signature("joint")
    if (len(args) != len(example_inputs) + len(names)
            or len(results) != 1 + len(names)):
        raise CompileError(
            "%s: @joint takes %d arguments and returns %d results, expected "
            "%d inputs and %d parameters, the loss and %d gradients"
            % (source, len(args), len(results), len(example_inputs),
               len(names), len(names)))
    return core.Module.parse(module.to_string(debug_info=debug_info),
                             name="<%s>" % source)


def _int64(value):
    """An integer modulo 2**64 as the int64 of the same bits."""
    value = int(value) % (1 << 64)
    return value - (1 << 64) if value >= (1 << 63) else value


class Step:
    """`step(*inputs, index=None) -> (loss, grads)`; see compile()."""

    def __init__(self, model, example_inputs, loss_fn, memory_budget=None,
                 activation_budget=None, seed=0):
        if memory_budget is not None and activation_budget is not None:
            raise ValueError("give memory_budget or activation_budget, not "
                             "both")
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
            raise TypeError("seed must be an int, got %r" % (seed,))
        example_inputs = tuple(example_inputs)
        self.model = model
        self.names = _check_model(model)
        self._num_inputs = len(example_inputs)
        self.module, self.dropout = _export_step(model, example_inputs,
                                                 loss_fn)
        self.draws_per_call = sum(site.numel for site in self.dropout)
        self.seed = int(seed)
        self.next_index = 0
        what = "%s exported by torch-mlir" % type(model).__name__

        self.report = None
        try:
            if memory_budget is not None or activation_budget is not None:
                plans = self.module.plan(memory_budget=memory_budget,
                                         activation_budget=activation_budget)
                self.report = plans["plans"][0]
            self.mlir = self.module.to_string()
            self._executable = self.module.compile("step")
        except core.Error as e:
            raise CompileError("ckpt cannot compile %s: %s"
                               % (what, _first_error(e)), str(e)) from None
        self.last_peak_bytes = None
        self.last_time_ms = None

    def offset(self, index):
        """The base offset of call `index`: index * draws_per_call, modulo
        2**64 (site k draws at offset(index) + dropout[k].offset)."""
        return (int(index) * self.draws_per_call) % (1 << 64)

    def __call__(self, *inputs, index=None):
        import torch
        if len(inputs) != self._num_inputs:
            raise TypeError("step takes %d input(s), got %d"
                            % (self._num_inputs, len(inputs)))
        if index is None:
            index = self.next_index
        elif (isinstance(index, bool)
              or not isinstance(index, (int, np.integer)) or index < 0):
            raise TypeError("index must be an int >= 0, got %r" % (index,))
        params = dict(self.model.named_parameters())
        arrays = [t.detach().cpu().numpy() if isinstance(t, torch.Tensor)
                  else np.asarray(t) for t in inputs]
        arrays += [params[n].detach().cpu().numpy() for n in self.names]
        if self.dropout:
            arrays += [np.array(_int64(self.seed), dtype=np.int64),
                       np.array(_int64(self.offset(index)), dtype=np.int64)]
        result = self._executable.run(arrays)
        self.next_index = int(index) + 1
        self.last_peak_bytes = int(result.peak_bytes)
        self.last_time_ms = result.time_ms["min"]
        loss = torch.from_numpy(np.asarray(result.outputs[0]))
        grads = {}
        for name, grad in zip(self.names, result.outputs[1:]):
            grads[name] = torch.from_numpy(np.asarray(grad)).to(
                params[name].dtype).reshape(params[name].shape)
        return loss, grads


def compile(model, example_inputs, loss_fn, memory_budget=None,
            activation_budget=None, seed=0):
    """Compiles a training step of `model` (docs/Interface.md, "Python
    package").

    `example_inputs`: a tuple of tensors (their shapes and dtypes are the
    step's); `loss_fn(output)`: a scalar tensor. Budgets as ckpt-plan's:
    `memory_budget` in bytes (int, or text such as "1.5MB") or
    `activation_budget` a 0..1 fraction. Returns a Step: `step(*inputs)`
    gives `(loss, grads)` with `loss` a 0-d tensor and `grads` a dict from
    each name of model.named_parameters() to its gradient; `step.report` is
    the plan entry (None without a budget), `step.last_peak_bytes` the
    measured peak of the last call and `step.mlir` the module's text.

    The model is exported in the mode it is in. In training mode each
    dropout draws its mask with ckpt.random_uniform, not with torch's
    generator (docs/Random.md, "Dropout from PyTorch"): the masks of
    `step(*inputs, index=i)` are a function of `seed` (an int, the Philox
    key) and `i` only (default: `step.next_index`, 0 at first, then one
    more than the last call's); `step.dropout` lists the dropout sites and
    `step.draws_per_call` their total element count, by which the offset
    advances per index (`step.offset(i)`).
    """
    return Step(model, example_inputs, loss_fn, memory_budget,
                activation_budget, seed)
