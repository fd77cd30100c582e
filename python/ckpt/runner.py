"""Run ckpt-opt and ckpt-run as subprocesses.

    import numpy as np, ckpt
    result = ckpt.run(mlir_text, "main", inputs=[np.ones((4,), np.float32)])
    result.outputs[0], result.peak_bytes, result.time_ms["median"]

The tools are found in `tool_dir`, else $CKPT_TOOL_DIR, else build/bin of
the source tree this package lives in, else PATH.
"""

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np


class ToolError(RuntimeError):
    """A ckpt tool exited with an error; `stderr` holds its message."""

    def __init__(self, tool, returncode, stderr):
        self.tool, self.returncode, self.stderr = tool, returncode, stderr
        super().__init__("%s failed (exit %d): %s" %
                         (tool, returncode, stderr.strip()))


@dataclass
class RunResult:
    outputs: List[np.ndarray]
    peak_bytes: int
    time_ms: dict
    repeat: int
    report: dict = field(default_factory=dict)


def find_tool(name, tool_dir=None):
    """Path of the ckpt tool `name` (ckpt-opt, ckpt-run)."""
    candidates = []
    if tool_dir:
        candidates.append(tool_dir)
    if os.environ.get("CKPT_TOOL_DIR"):
        candidates.append(os.environ["CKPT_TOOL_DIR"])
    source_root = os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))))
    candidates.append(os.path.join(source_root, "build", "bin"))
    for directory in candidates:
        path = os.path.join(directory, name)
        if os.access(path, os.X_OK):
            return path
    path = shutil.which(name)
    if path:
        return path
    raise FileNotFoundError("cannot find %s (pass tool_dir= or set "
                            "CKPT_TOOL_DIR)" % name)


def _source_args(mlir_text_or_path):
    """(argument, stdin text) for a tool given MLIR text or a file path."""
    if os.path.exists(str(mlir_text_or_path)):
        return str(mlir_text_or_path), None
    return "-", str(mlir_text_or_path)


def _call(tool, args, stdin_text):
    proc = subprocess.run([tool] + args, input=stdin_text, text=True,
                          capture_output=True)
    if proc.returncode != 0:
        raise ToolError(os.path.basename(tool), proc.returncode, proc.stderr)
    return proc.stdout


def opt(mlir_text_or_path, *flags, tool_dir=None):
    """Runs ckpt-opt with `flags` and returns the printed module."""
    source, stdin_text = _source_args(mlir_text_or_path)
    return _call(find_tool("ckpt-opt", tool_dir), [source] + list(flags),
                 stdin_text)


def run(mlir_text_or_path, entry, inputs: Optional[Sequence] = None,
        pipeline=None, tool_dir=None, target="cpu", seed=None, repeat=1):
    """Runs `entry` with ckpt-run and returns a RunResult.

    `inputs` are numpy arrays (or scalars), one per argument; without them
    ckpt-run fills the arguments from `seed`.
    """
    tool = find_tool("ckpt-run", tool_dir)
    source, stdin_text = _source_args(mlir_text_or_path)
    with tempfile.TemporaryDirectory(prefix="ckpt-run-") as work:
        args = [source, "--entry=" + entry, "--target=" + target, "--json",
                "--repeat=%d" % repeat, "--output-dir=" + work]
        if pipeline:
            args.append("--pipeline=" + pipeline)
        if seed is not None:
            args.append("--seed=%d" % seed)
        for i, value in enumerate(inputs or []):
            path = os.path.join(work, "in%d.npy" % i)
            # asarray(order="C"), not ascontiguousarray: that one turns
            # 0-d arrays (scalar arguments) into 1-d ones.
            np.save(path, np.asarray(value, order="C"))
            args.append("--input=" + path)
        report = json.loads(_call(tool, args, stdin_text))
        outputs = [np.load(o["file"]) for o in report["outputs"]]
    return RunResult(outputs=outputs, peak_bytes=report["peak_bytes"],
                     time_ms=report["time_ms"], repeat=report["repeat"],
                     report=report)
