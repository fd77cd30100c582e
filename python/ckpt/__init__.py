"""ckpt: Python helpers around the ckpt gradient-checkpointing compiler.

Modules:
  ckpt.runner  run ckpt-opt / ckpt-run as subprocesses, get numpy arrays back
  ckpt.fd      central finite differences and relative errors for checking
               gradients

Arrays are exchanged as .npy files through numpy's own np.save / np.load.
"""

from . import fd, runner
from .runner import RunResult, ToolError, run, opt

__all__ = ["fd", "runner", "run", "opt", "RunResult", "ToolError"]
