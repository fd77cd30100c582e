"""Heap peaks of PyTorch code, measured as ckpt measures its own
(docs/Interface.md, "Memory"), with the LD_PRELOAD tracker alloctrack.c.

In the parent:
    tracker = alloctrack.build(workdir)      # alloctrack.c -> alloctrack.so
    out = alloctrack.run(tracker, [script, args...])   # its JSON line
In the child (a Python process started by run(), the tracker preloaded):
    heap = alloctrack.Heap()                 # checks it sees a known tensor
    peaks = heap.peaks(step, repeat=3)

A peak is the largest number of live heap bytes (malloc_usable_size of
every malloc/calloc/realloc/memalign block) during one call of `step`, less
those live when it started: what the call allocated and still held at its
worst, including what it returns (the loss and the gradients), excluding
what existed before (parameters, inputs). It counts every malloc of the
process meanwhile (autograd's nodes, Python objects), not only tensors.
Used by memory.py and by test/python/pytest/test_torch.py.
"""

import ctypes
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "alloctrack.c")
COMPILERS = ("cc", "clang", "/usr/lib/llvm-22/bin/clang", "gcc")


class Error(RuntimeError):
    pass


def build(directory):
    """Compiles alloctrack.c into DIRECTORY/alloctrack.so (the C compiler
    of $CC, else the first of COMPILERS found) and returns its path."""
    compiler = os.environ.get("CC") or next(
        (c for c in COMPILERS if shutil.which(c)), None)
    if not compiler:
        raise Error("no C compiler to build %s (set CC)" % SOURCE)
    os.makedirs(directory, exist_ok=True)
    out = os.path.join(directory, "alloctrack.so")
    done = subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", out,
                           SOURCE], capture_output=True, text=True)
    if done.returncode != 0:
        raise Error("%s cannot build %s: %s" % (compiler, SOURCE,
                                                done.stderr.strip()))
    return out


def run(tracker, argv, env=None):
    """Runs `python argv...` with the tracker preloaded; returns the JSON
    object of its last stdout line. Raises Error with its stderr's tail
    when it fails."""
    env = dict(env if env is not None else os.environ, LD_PRELOAD=tracker)
    done = subprocess.run([sys.executable] + list(argv), capture_output=True,
                          text=True, env=env)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise Error("%s failed (exit %d):\n%s" % (
            " ".join(argv), done.returncode, done.stderr[-3000:]))
    return json.loads(lines[-1])


class Heap:
    """The preloaded tracker's counters, in the child."""

    def __init__(self):
        lib = ctypes.CDLL(None)
        try:
            self.reset = lib.alloctrack_reset
            self.live = lib.alloctrack_live
            self.peak = lib.alloctrack_peak
        except AttributeError:
            raise Error("alloctrack.so is not preloaded (start this process "
                        "with alloctrack.run)") from None
        for f in (self.reset, self.live, self.peak):
            f.restype = ctypes.c_longlong
        self.calibration = self._calibrate()

    def _calibrate(self):
        """The tracker sees a known buffer: 64 MiB plus at most a few
        KiB."""
        base = self.reset()
        buffer = ctypes.create_string_buffer(64 << 20)
        seen = self.peak() - base
        del buffer
        if not 64 << 20 <= seen <= (64 << 20) + (256 << 10):
            raise Error("the tracker saw %d bytes for a 64 MiB buffer" % seen)
        return seen

    def peaks(self, step, repeat=3):
        """{"peak": median, "peaks": [...], "kept": [...]}: step() called
        once to warm up, then `repeat` times, each measured from its
        start; "kept" is what each call still held when it returned (its
        results)."""
        step()
        peaks, kept = [], []
        for _ in range(repeat):
            gc.collect()
            base = self.reset()
            result = step()
            peaks.append(self.peak() - base)
            kept.append(self.live() - base)
            del result
        return {"peak": int(statistics.median(peaks)), "peaks": peaks,
                "kept": kept}
