"""In-process core: MLIR modules, pass pipelines, the planner, the JIT.

    m = ckpt.Module.parse(text)            # raises ckpt.Error on bad input
    report = m.plan(activation_budget=0.5)  # ckpt-plan, in place
    step = m.compile("step")                # --ckpt-lower-to-cpu + JIT
    result = step.run([x, w], repeat=3)     # RunResult: outputs, peak, time

Everything runs in this process through the native `_ckpt` extension: no
tool is started and no file is written.
"""

import json
import os
import statistics
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np

from . import _ckpt

Error = _ckpt.Error
Error.__doc__ = ("An MLIR or ckpt error; the message holds MLIR's diagnostics "
                 "(location, severity, message, source line).")

_DTYPES = {"f32": np.float32, "f64": np.float64, "i64": np.int64}
TARGETS = ("cpu", "cuda")
_CUDA_RUNTIME = "libckpt_cuda_runtime.so"


def cuda_runtime_path():
    """libckpt_cuda_runtime.so, where the target="cuda" executables get the
    GPU through: next to the extension in an installed wheel, else in the
    lib/ of the build that assembled this package. Raises Error when
    neither has it (ckpt built without the CUDA toolkit)."""
    here = os.path.dirname(os.path.abspath(_ckpt.__file__))
    candidates = [os.path.join(here, _CUDA_RUNTIME),
                  os.path.normpath(os.path.join(here, "..", "..", "lib",
                                                _CUDA_RUNTIME))]
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise Error("target='cuda' needs %s, found neither at %s nor at %s (was "
                "ckpt built with the CUDA toolkit?)"
                % (_CUDA_RUNTIME, candidates[0], candidates[1]))


@dataclass
class RunResult:
    """What a call measured. `peak_bytes` follows docs/Interface.md ("Memory"):
    the largest total of heap buffers the compiled code held at once,
    arguments excluded, results included."""
    outputs: List[np.ndarray]
    peak_bytes: int
    time_ms: dict
    repeat: int
    report: dict = field(default_factory=dict)


def _budget_text(value):
    if isinstance(value, bool):
        raise TypeError("a memory budget must be bytes (int) or text such as "
                        "'1.5MB', got %r" % (value,))
    if isinstance(value, (int, np.integer)):
        return "%dB" % int(value)
    if isinstance(value, str):
        return value.strip()
    raise TypeError("a memory budget must be bytes (int) or text such as "
                    "'1.5MB', got %r" % (value,))


def plan_options(memory_budget=None, activation_budget=None, strategy=None,
                 segments=None, plan=None, save_dots=None, target=None,
                 microbatch=None, batch_args=None, reduction=None,
                 solver=None):
    """ckpt-plan's option text for the given keyword arguments.

    solver: "auto", "chain" or "graph", as ckpt-plan's solver=.

    microbatch: "auto" or a number of micro-batches K, with batch_args (the
    callee argument indices split along dimension 0) and reduction ("mean"
    or "sum"), as ckpt-plan's microbatch=, batch-args= and reduction=.
    """
    options = []
    if memory_budget is not None:
        options.append("memory-budget=" + _budget_text(memory_budget))
    if activation_budget is not None:
        options.append("activation-budget=%r" % float(activation_budget))
    if strategy is not None:
        options.append("strategy=" + strategy)
    if segments is not None:
        options.append("segments=%d" % segments)
    if plan is not None:
        options.append("plan=" + plan)
    if save_dots is not None:
        options.append("save-dots=" + ("true" if save_dots else "false"))
    if target is not None:
        options.append("target=" + target)
    if microbatch is not None:
        options.append("microbatch=%s" % microbatch)
    if batch_args is not None:
        options.append("batch-args=" + ",".join("%d" % int(i)
                                               for i in batch_args))
    if reduction is not None:
        options.append("reduction=" + reduction)
    if solver is not None:
        options.append("solver=" + solver)
    return " ".join(options)


class Module:
    """An MLIR module held in this process (with its own MLIR context)."""

    def __init__(self, native):
        if not isinstance(native, _ckpt.Module):
            raise TypeError("use Module.parse(text) or Module.load(path)")
        self._native = native

    @classmethod
    def parse(cls, text, name="<string>"):
        """Parses MLIR text (any dialect ckpt registers, pretty or generic
        form). Raises Error with the located diagnostics."""
        return cls(_ckpt.Module.parse(str(text), name))

    @classmethod
    def load(cls, path):
        with open(path) as f:
            return cls.parse(f.read(), name=str(path))

    def __str__(self):
        return self._native.to_string()

    def to_string(self, generic=False, debug_info=False):
        return self._native.to_string(generic, debug_info)

    def clone(self):
        return Module(self._native.clone())

    def verify(self):
        self._native.verify()
        return self

    def run(self, pipeline):
        """Runs a textual pass pipeline (mlir-opt's --pass-pipeline syntax,
        e.g. "ckpt-autodiff,canonicalize" or "builtin.module(...)") on this
        module, in place. Returns the reports of the ckpt-plan passes that
        ran, as dicts (report= need not be given)."""
        return [json.loads(r) for r in self._native.run_pipeline(pipeline)]

    def plan(self, memory_budget=None, activation_budget=None, **options):
        """Runs ckpt-plan in place (options as ckpt-plan's: memory_budget in
        bytes or text such as "1.5MB", or activation_budget in 0..1;
        strategy, segments, plan, save_dots, target, solver, microbatch,
        batch_args, reduction). Returns the report:
        {"plans": [{"callee", "budget_bytes", "baseline_peak_bytes",
        "predicted_peak_bytes", "recompute_flops", "regions", ...}]}."""
        text = plan_options(memory_budget, activation_budget, **options)
        reports = self.run("ckpt-plan{%s}" % text if text else "ckpt-plan")
        return reports[0]

    def signature(self, entry):
        """([(dtype, shape, is_scalar)] per argument, [...] per result)."""
        return self._native.signature(entry)

    def seeded_inputs(self, entry, seed=0):
        """The arguments ckpt-run --seed=N would pass to `entry`."""
        return list(self._native.seeded_inputs(entry, int(seed)))

    def compile(self, entry, pipeline=None, opt_level=2, target="cpu"):
        """Lowers a copy of this module (with the target's default pipeline,
        --ckpt-lower-to-cpu or, for target="cuda", --ckpt-lower-to-nvvm; or
        the given pipeline) and JIT-compiles it. The module itself is left
        as it is."""
        return Executable(self, entry, pipeline, opt_level, target)


def _as_module(module_or_text):
    if isinstance(module_or_text, Module):
        return module_or_text
    return Module.parse(module_or_text)


class Executable:
    """A JIT-compiled entry function, called with numpy arrays (in and out
    on the host for either target; with target="cuda" the arguments are
    copied to the GPU and peak_bytes counts device memory, as ckpt-run
    --target=cuda does)."""

    def __init__(self, module, entry, pipeline=None, opt_level=2,
                 target="cpu"):
        if target not in TARGETS:
            raise Error("target must be 'cpu' or 'cuda', got %r" % (target,))
        module = _as_module(module)
        self.entry = entry
        self.target = target
        runtime = cuda_runtime_path() if target == "cuda" else ""
        self._native = _ckpt.Executable(module._native, entry,
                                        pipeline or "", int(opt_level),
                                        runtime)

    @property
    def arg_types(self):
        return self._native.arg_types

    @property
    def result_types(self):
        return self._native.result_types

    def _convert(self, inputs):
        types = self.arg_types
        if len(inputs) != len(types):
            raise Error("'%s' takes %d argument(s), got %d"
                        % (self.entry, len(types), len(inputs)))
        arrays = []
        for i, (value, (dtype, shape, _)) in enumerate(zip(inputs, types)):
            array = np.asarray(value)
            want = np.dtype(_DTYPES[dtype])
            # Python numbers take the argument's type; arrays must have it.
            if array.dtype != want and not isinstance(
                    value, (int, float, np.generic)):
                raise Error("argument #%d of '%s' must be %s %s, got %s %s"
                            % (i, self.entry, dtype, list(shape), array.dtype,
                               list(array.shape)))
            arrays.append(np.ascontiguousarray(array.astype(want, copy=False))
                          if array.ndim else np.array(array, dtype=want))
        return arrays

    def run(self, inputs: Sequence, repeat=1):
        """Calls the entry `repeat` times with `inputs` (restored before each
        call) and returns a RunResult with the first call's outputs."""
        outputs, peak, times, warnings = self._native.call(
            self._convert(list(inputs)), int(repeat))
        time_ms = {"min": min(times), "median": statistics.median(times)}
        report = {"entry": self.entry, "target": self.target,
                  "peak_bytes": peak,
                  "time_ms": time_ms, "repeat": int(repeat),
                  "times_ms": list(times), "warnings": list(warnings)}
        return RunResult(outputs=list(outputs), peak_bytes=peak,
                         time_ms=time_ms, repeat=int(repeat), report=report)

    def __call__(self, *inputs):
        """The outputs of one call."""
        return self.run(inputs).outputs

    def lowered(self):
        """The LLVM-dialect module that was JIT-compiled, as text."""
        return self._native.lowered()


def set_threads(threads):
    """Sets how many threads the CPU code's BLAS calls use, for the whole
    process (0: all cores, the default), like torch.set_num_threads."""
    _ckpt.set_threads(int(threads))


def parse(text, name="<string>"):
    return Module.parse(text, name)


def compile(module_or_text, entry, pipeline=None, opt_level=2, target="cpu"):
    return Executable(_as_module(module_or_text), entry, pipeline, opt_level,
                      target)


def value_and_grad(callee, arg_types, result_types, wrt, name="step"):
    """Text of a func.func `@name` with `callee`'s arguments that returns
    ckpt.value_and_grad's results: the callee's results, then one gradient
    per index of `wrt` (docs/Interface.md, "ckpt.value_and_grad")."""
    wrt = sorted(set(int(i) for i in wrt))
    if not wrt or wrt[0] < 0 or wrt[-1] >= len(arg_types):
        raise ValueError("wrt must list argument indices of @%s" % callee)
    results = list(result_types) + [arg_types[i] for i in wrt]
    args = ", ".join("%%a%d: %s" % (i, t) for i, t in enumerate(arg_types))
    operands = ", ".join("%%a%d" % i for i in range(len(arg_types)))
    names = ", ".join("%%r#%d" % i for i in range(len(results)))
    return ("func.func @%s(%s) -> (%s) {\n"
            "  %%r:%d = ckpt.value_and_grad @%s(%s) wrt [%s] "
            ": (%s) -> (%s)\n"
            "  return %s : %s\n}\n"
            % (name, args, ", ".join(results), len(results), callee, operands,
               ", ".join(str(i) for i in wrt), ", ".join(arg_types),
               ", ".join(results), names, ", ".join(results)))
