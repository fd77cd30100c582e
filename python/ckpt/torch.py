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
"""

import re

import numpy as np

from . import core

__all__ = ["compile", "export", "CompileError", "Step"]


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


def _export(model, example_inputs, loss_fn, names):
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
        exported = fx.export_and_import(Loss(), *example_inputs, *params,
                                        output_type="linalg-on-tensors",
                                        func_name="loss",
                                        decomposition_table=_decompositions())
    except Exception as e:  # torch.export and torch-mlir raise many kinds
        message = str(e).strip().splitlines()
        op = re.search(r"(torch\.aten\.[\w.]+|aten\.[\w.]+)", str(e))
        raise CompileError("cannot export %s%s: %s" % (
            type(model).__name__, " (op %s)" % op.group(1) if op else "",
            message[0] if message else type(e).__name__), str(e)) from e
    # Generic form with locations: what Debian's MLIR 22 parses whatever
    # torch-mlir's newer MLIR prints, and errors point at the model's source.
    return exported.operation.get_asm(print_generic_op_form=True,
                                      enable_debug_info=True)


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


def export(model, example_inputs, loss_fn, debug_info=True):
    """The ckpt.Module of a training step of `model`: `@loss(*inputs,
    *parameters)` as torch-mlir exports it, and `@step`, calling
    ckpt.value_and_grad of `@loss` with respect to every parameter (in the
    order of model.named_parameters()). With `debug_info`, ops keep the
    locations torch-mlir gives them (the model's source lines)."""
    names = _check_model(model)
    example_inputs = tuple(example_inputs)
    text = _export(model, example_inputs, loss_fn, names)
    what = "%s exported by torch-mlir" % type(model).__name__
    try:
        module = core.Module.parse(text, name="<%s>" % what)
    except core.Error as e:
        op = _unregistered_op(text)
        reason = ("op %s is not in a dialect ckpt reads (torch-mlir "
                  "left it outside linalg-on-tensors)" % op if op
                  else _first_error(e))
        raise CompileError("ckpt cannot read %s: %s" % (what, reason),
                           str(e)) from None

    args, results = module.signature("loss")
    if len(args) != len(example_inputs) + len(names):
        raise CompileError(
            "%s: @loss takes %d arguments, expected %d inputs and %d "
            "parameters (is a parameter unused by the loss?)"
            % (what, len(args), len(example_inputs), len(names)))
    arg_types = [_type_text(*a) for a in args]
    result_types = [_type_text(*r) for r in results]
    wrt = range(len(example_inputs), len(args))
    step = core.value_and_grad("loss", arg_types, result_types, wrt)
    pretty = module.to_string(debug_info=debug_info)
    end = pretty.rstrip().rfind("}")
    return core.Module.parse(pretty[:end] + step + pretty[end:],
                             name="<%s>" % what)


class Step:
    """`step(*inputs) -> (loss, grads)`; see compile()."""

    def __init__(self, model, example_inputs, loss_fn, memory_budget=None,
                 activation_budget=None):
        if memory_budget is not None and activation_budget is not None:
            raise ValueError("give memory_budget or activation_budget, not "
                             "both")
        example_inputs = tuple(example_inputs)
        self.model = model
        self.names = _check_model(model)
        self._num_inputs = len(example_inputs)
        self.module = export(model, example_inputs, loss_fn)
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

    def __call__(self, *inputs):
        import torch
        if len(inputs) != self._num_inputs:
            raise TypeError("step takes %d input(s), got %d"
                            % (self._num_inputs, len(inputs)))
        params = dict(self.model.named_parameters())
        arrays = [t.detach().cpu().numpy() if isinstance(t, torch.Tensor)
                  else np.asarray(t) for t in inputs]
        arrays += [params[n].detach().cpu().numpy() for n in self.names]
        result = self._executable.run(arrays)
        self.last_peak_bytes = int(result.peak_bytes)
        self.last_time_ms = result.time_ms["min"]
        loss = torch.from_numpy(np.asarray(result.outputs[0]))
        grads = {}
        for name, grad in zip(self.names, result.outputs[1:]):
            grads[name] = torch.from_numpy(np.asarray(grad)).to(
                params[name].dtype).reshape(params[name].shape)
        return loss, grads


def compile(model, example_inputs, loss_fn, memory_budget=None,
            activation_budget=None):
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
    """
    return Step(model, example_inputs, loss_fn, memory_budget,
                activation_budget)
