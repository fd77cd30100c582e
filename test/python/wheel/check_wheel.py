#!/usr/bin/env python3
"""`make check-wheel`: the pyproject.toml packaging works.

    check_wheel.py BUILD [WORKDIR]

Builds the wheel with scikit-build-core (`pip wheel --no-build-isolation`),
reusing BUILD as its build directory so that nothing is compiled again
(BUILD is reconfigured by scikit-build-core; run this when nothing else uses
BUILD, as `make check` does after the lit suite). Installs the wheel into a
fresh virtual environment, then, from outside the checkout and without
PYTHONPATH, imports ckpt there and checks that:
  - the package is the installed one, with every module of python/ckpt;
  - the extension loads the runtime library installed beside it;
  - a residual MLP step plans at activation_budget=0.5, runs, and its
    measured peak is the plan's predicted peak (within the budget).
Prints "wheel ok: ..." and exits 0, else one line and exit 1.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..",
                                     ".."))

SMOKE = r'''
import os, sys
import ckpt, ckpt.core
package = os.path.dirname(ckpt.__file__)
assert package.startswith(sys.prefix), (package, sys.prefix)
want = set(sys.argv[1].split(","))
have = {f[:-3] for f in os.listdir(package) if f.endswith(".py")}
assert want <= have, "modules missing from the wheel: %s" % sorted(want - have)
m = ckpt.parse(ckpt.models.residual_mlp(4, 64, 32, 0))
plan = m.plan(activation_budget=0.5)["plans"][0]
result = m.compile("step").run(m.seeded_inputs("step", 1))
assert result.peak_bytes == plan["predicted_peak_bytes"] <= plan["budget_bytes"], (
    result.peak_bytes, plan)
maps = open("/proc/self/maps").read()
runtime = [l.split()[-1] for l in maps.splitlines() if "libckpt_runtime.so" in l]
assert runtime and all(p.startswith(package) for p in runtime), runtime
print("wheel ok: %s, peak %d B (planned %d B, budget %d B), %d regions"
      % (package, result.peak_bytes, plan["predicted_peak_bytes"],
         plan["budget_bytes"], len(plan["regions"])))
'''


def run(argv, what, **kwargs):
    done = subprocess.run(argv, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        errors = [l for l in lines if "rror" in l] or lines or ["no output"]
        sys.exit("check_wheel.py: %s failed: %s" % (what, errors[-1].strip()))
    return done.stdout


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.split("\n\n")[1].strip())
    build = os.path.abspath(sys.argv[1])
    if not os.path.isfile(os.path.join(build, "CMakeCache.txt")):
        sys.exit("check_wheel.py: %s is not a configured build (make build)"
                 % build)
    work = sys.argv[2] if len(sys.argv) == 3 else tempfile.mkdtemp(
        prefix="ckpt-wheel-")
    shutil.rmtree(work, ignore_errors=True)
    dist = os.path.join(work, "dist")
    run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation",
         "--no-cache-dir",
         "--no-deps", "-q", "-w", dist, "-C", "build-dir=" + build, ROOT],
        "pip wheel")
    wheels = glob.glob(os.path.join(dist, "ckpt-*.whl"))
    if len(wheels) != 1:
        sys.exit("check_wheel.py: expected one ckpt wheel, got %s" % wheels)
    venv = os.path.join(work, "venv")
    # The environment's numpy (and torch) stay visible; ckpt does not: it
    # lives only in build/python_packages, which is not on the path here.
    # Without pip in the venv (Debian's python3 has no ensurepip): this pip
    # installs into the venv's site-packages.
    run([sys.executable, "-m", "venv", "--system-site-packages",
         "--without-pip", venv], "python -m venv")
    python = os.path.join(venv, "bin", "python")
    site = run([python, "-c", "import sysconfig; "
                "print(sysconfig.get_paths()['purelib'])"],
               "the venv's python").strip()
    run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
         "--no-index", "--target", site, wheels[0]],
        "pip install of the wheel")
    modules = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, "python",
                                                             "ckpt"))
                     if f.endswith(".py"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    print(run([python, "-c", SMOKE, ",".join(modules)], "the installed "
              "package", cwd=work, env=env).strip())
    if len(sys.argv) == 2:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
