"""import_ckpt(): the `ckpt` package for the repository's scripts, examples
and benchmarks, which run from a checkout rather than an installed package:

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
    from ckpt_import import import_ckpt
    ckpt = import_ckpt(args.build)

The package on sys.path wins (PYTHONPATH, or one `pip install .` put in the
environment); else the one that BUILD/python_packages holds (`make build`).
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BUILD = os.path.join(ROOT, "build")


def import_ckpt(build=None):
    """The `ckpt` package: the importable one, else BUILD/python_packages's
    (BUILD defaults to the checkout's build/). Exits with one line naming
    both places when neither imports."""
    try:
        import ckpt
        return ckpt
    except ImportError:
        pass
    packages = os.path.join(os.path.abspath(build or DEFAULT_BUILD),
                            "python_packages")
    sys.path.insert(0, packages)
    try:
        import ckpt
    except ImportError as e:
        sys.exit("%s: cannot import the ckpt package: not on sys.path "
                 "(PYTHONPATH, pip install .) nor in %s (run `make build`, "
                 "or give the build directory): %s"
                 % (os.path.basename(sys.argv[0] or "python"), packages, e))
    return ckpt
