"""ckpt: the gradient-checkpointing compiler, in-process from Python.

    import ckpt
    m = ckpt.Module.parse(mlir_text)
    report = m.plan(activation_budget=0.5)       # ckpt-plan
    result = m.compile("step").run([x, w])       # lower, JIT, call
    result.outputs, result.peak_bytes, result.time_ms

Modules:
  ckpt.core    Module, Executable, RunResult, Error (the native core)
  ckpt.runner  run() and opt(), the older text-in, arrays-out helpers
  ckpt.fd      central finite differences, to check gradients
  ckpt.models  MLIR text of the example models
  ckpt.torch   compile() a torch.nn.Module into a planned training step
               (imported on use: it needs torch and torch-mlir)
"""

from . import core, fd, models, runner
from .core import (Error, Executable, Module, RunResult, compile, parse,
                   plan_options, set_threads, value_and_grad)
from .runner import ToolError, opt, run

__all__ = ["core", "fd", "models", "runner", "Error", "Executable", "Module",
           "RunResult", "compile", "parse", "plan_options", "set_threads",
           "value_and_grad",
           "ToolError", "opt", "run"]


def __getattr__(name):
    # `ckpt.torch` without an explicit import; torch loads only when used.
    if name == "torch":
        import importlib
        return importlib.import_module(".torch", __name__)
    raise AttributeError("module 'ckpt' has no attribute %r" % name)
