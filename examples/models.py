"""Moved to the package: `ckpt.models`. Kept so that `import models` from
examples/, benchmarks/ and test helpers keeps working."""

import os
import sys

try:
    import ckpt.models  # noqa: F401
except ImportError:
    # Not on PYTHONPATH: use the package the default build assembled.
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "..", "build", "python_packages"))

from ckpt.models import *  # noqa: E402,F401,F403
