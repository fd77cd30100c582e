# -*- Python -*-
# The ckpt lit suite: `ninja -C build check-ckpt` (or `make check`).

import os
import shutil
import subprocess
import sys

import lit.formats
import lit.util
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "CKPT"


if config.ckpt_sanitize:
    # A module of its own: lit pickles the format for its workers.
    sys.path.insert(0, os.path.dirname(__file__))
    from lit_sanitize import SanitizedShTest

    config.test_format = SanitizedShTest(config.ckpt_src_root,
                                         not llvm_config.use_lit_shell)
    config.available_features.add("sanitize")
else:
    config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".py"]
# pytest/ holds pytest files, run through the pytest-*.test wrappers; lib/
# the test dialect's sources; wheel/ is `make check-wheel`'s, run after lit
# because it reconfigures the build directory lit runs from.
config.excludes = ["Inputs", "pytest", "lib", "wheel", "CMakeLists.txt",
                   "lit.cfg.py", "lit.site.cfg.py", "lit_sanitize.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ckpt_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%ckpt_src", config.ckpt_src_root))
config.substitutions.append(("%ckpt_lib", config.ckpt_lib_dir))
config.substitutions.append(("%ckpt_obj_root", config.ckpt_obj_root))
python = config.python_executable or sys.executable
config.substitutions.append(("%python", python))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# The python package (with its native core) as the build assembled it.
llvm_config.with_environment(
    "PYTHONPATH", config.ckpt_python_packages_dir, append_path=True)
config.environment["FILECHECK_OPTS"] = "-enable-var-scope"

tool_dirs = [config.ckpt_tools_dir, config.llvm_tools_dir]
tools = [
    "ckpt-opt",
    # ckpt-opt plus the test_ckpt dialect (test/lib), registered nowhere else.
    "ckpt-test-opt",
    "ckpt-chain-solve",
    "ckpt-graph-solve",
    ToolSubst("ckpt-run", unresolved="ignore"),
    "mlir-translate",
    ToolSubst("llc", unresolved="ignore"),
    ToolSubst("clang", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# numpy is needed by tests that compare against independent reference
# computations. Ask the interpreter the tests run with (%python, maybe a
# venv or pyenv), not the one running lit.
if subprocess.run([python, "-c", "import numpy"],
                  capture_output=True).returncode == 0:
    config.available_features.add("numpy")
# `REQUIRES: pytest`: the package's pytest suite (test/python/pytest).
if subprocess.run([python, "-c", "import pytest, numpy"],
                  capture_output=True).returncode == 0:
    config.available_features.add("pytest")
# `REQUIRES: torch`: torch and torch-mlir for ckpt.torch (make torch-deps).
if subprocess.run([python, "-c", "import torch, torch_mlir"],
                  capture_output=True).returncode == 0:
    config.available_features.add("torch")

# `REQUIRES: cmake`: test/Embedding configures and builds a project against
# the installed package with the build's own CMake, generator and compilers.
if os.path.exists(config.cmake_command) and os.path.exists(
        config.cmake_make_program):
    config.available_features.add("cmake")
config.substitutions.append(("%cmake", config.cmake_command))
# The C compiler the build used (clang-22) and -I flags for MLIR's C and
# C++ headers, for test/CAPI's C program.
config.substitutions.append(("%cc", config.c_compiler))
config.substitutions.append(("%mlir_includes", " ".join(
    "-I" + d for d in config.mlir_include_dirs.split(";") if d)))
config.substitutions.append(("%mlir_dir", config.mlir_dir))
config.substitutions.append(("%cmake_compilers", " ".join([
    "-DCMAKE_MAKE_PROGRAM=" + config.cmake_make_program,
    "-DCMAKE_C_COMPILER=" + config.c_compiler,
    "-DCMAKE_CXX_COMPILER=" + config.cxx_compiler] + (
    ["-DCMAKE_CXX_COMPILER_LAUNCHER=" + config.ccache_program]
    if os.path.exists(config.ccache_program) else []))))

# `REQUIRES: cuda`: the CUDA runtime was built and a GPU answers.
if config.ckpt_enable_cuda:
    config.available_features.add("cuda-toolkit")
    if shutil.which("nvidia-smi"):
        try:
            out = subprocess.run(["nvidia-smi", "-L"], capture_output=True,
                                 text=True, timeout=30)
            if out.returncode == 0 and "GPU" in out.stdout:
                config.available_features.add("cuda")
        except Exception:
            pass

# `not` and `count` are substituted verbatim by lit, so they must be on PATH.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
