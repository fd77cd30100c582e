"""run() and opt(): MLIR text (or a file) in, numpy arrays or text out.

    import numpy as np, ckpt
    result = ckpt.run(mlir_text, "main", inputs=[np.ones((4,), np.float32)])
    result.outputs[0], result.peak_bytes, result.time_ms["median"]

These keep the interface of the helpers that used to start ckpt-run and
ckpt-opt, but run in this process on ckpt.core. Errors raise ToolError
(a ckpt.Error) whose `stderr` reads like the tool's one error line.
"""

import os
import shlex
from typing import Optional, Sequence

from . import core
from .core import RunResult  # noqa: F401  (part of this module's interface)


class ToolError(core.Error):
    """What the tool `tool` would have failed with; `stderr` is its line."""

    def __init__(self, tool, returncode, stderr):
        self.tool, self.returncode, self.stderr = tool, returncode, stderr
        super().__init__("%s failed (exit %d): %s" %
                         (tool, returncode, stderr.strip()))


def _fail(tool, error):
    message = " ".join(str(error).split("\n"))
    return ToolError(tool, 1, "%s: error: %s\n" % (tool, message))


def _module(mlir_text_or_path, tool):
    try:
        if os.path.exists(str(mlir_text_or_path)):
            return core.Module.load(str(mlir_text_or_path))
        return core.Module.parse(str(mlir_text_or_path))
    except core.Error as e:
        raise _fail(tool, e) from None


def _pipeline_from_flags(flags):
    """ckpt-opt's pass flags as one pipeline: `--ckpt-plan=a=1 b=2` is
    ckpt-plan{a=1 b=2}, `--pass-pipeline=P` is P. Returns (pipeline,
    print_generic)."""
    passes, generic = [], False
    for flag in flags:
        for item in shlex.split(flag) if " " in flag and not flag.startswith(
                "--") else [flag]:
            if item in ("--mlir-print-op-generic", "-mlir-print-op-generic"):
                generic = True
            elif item.startswith("--pass-pipeline="):
                passes.append(item[len("--pass-pipeline="):].strip("'\""))
            elif item.startswith("--") and len(item) > 2:
                name, _, options = item[2:].partition("=")
                passes.append("%s{%s}" % (name, options) if options else name)
            else:
                raise ValueError("unsupported ckpt-opt flag %r: give passes "
                                 "(--NAME or --NAME=OPTIONS), "
                                 "--pass-pipeline= or --mlir-print-op-generic"
                                 % item)
    return ",".join(passes), generic


def opt(mlir_text_or_path, *flags, tool_dir=None):
    """Runs the passes given as ckpt-opt flags and returns the module's
    text. `tool_dir` is accepted for compatibility and unused."""
    pipeline, generic = _pipeline_from_flags(flags)
    module = _module(mlir_text_or_path, "ckpt-opt")
    if pipeline:
        try:
            module.run(pipeline)
        except core.Error as e:
            raise _fail("ckpt-opt", e) from None
    return module.to_string(generic=generic)


def run(mlir_text_or_path, entry, inputs: Optional[Sequence] = None,
        pipeline=None, tool_dir=None, target="cpu", seed=None, repeat=1):
    """Lowers, JIT-compiles and calls `entry` on `target` ("cpu" or
    "cuda", as ckpt-run --target); returns a RunResult.

    `inputs` are numpy arrays (or scalars), one per argument; without them
    the arguments are filled from `seed` exactly as ckpt-run --seed fills
    them. `tool_dir` is accepted for compatibility and unused.
    """
    module = _module(mlir_text_or_path, "ckpt-run")
    try:
        if inputs is None:
            inputs = module.seeded_inputs(entry, seed or 0)
        executable = module.compile(entry, pipeline, target=target)
        return executable.run(list(inputs), repeat=repeat)
    except core.Error as e:
        raise _fail("ckpt-run", e) from None
