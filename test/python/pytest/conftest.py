"""Shared helpers of the ckpt package's pytest suite (run by lit through
test/python/pytest-*.test, or directly with
`PYTHONPATH=build/python_packages python3 -m pytest test/python/pytest`)."""

import os

import numpy as np
import pytest

import ckpt


@pytest.fixture(scope="session")
def ckpt_run_tool():
    """build/bin/ckpt-run next to the package the build assembled."""
    package = os.path.dirname(os.path.abspath(ckpt.__file__))
    path = os.path.join(package, "..", "..", "bin", "ckpt-run")
    assert os.access(path, os.X_OK), "ckpt-run not found at %s" % path
    return os.path.normpath(path)


def rel_norm_error(actual, expected):
    """||actual - expected|| / ||expected|| in float64."""
    actual = np.asarray(actual, dtype=np.float64)
    expected = np.asarray(expected, dtype=np.float64)
    assert actual.shape == expected.shape
    scale = np.linalg.norm(expected)
    return float(np.linalg.norm(actual - expected) / (scale if scale else 1.0))
