# Thin wrapper: install what is missing, configure, build, test, demo.
# `make demo` and `make check` work on a fresh Debian 12 machine as root.

BUILD ?= build
LLVM ?= /usr/lib/llvm-22
JOBS ?= $(shell nproc)
PYTHON ?= python3

APT_PACKAGES = llvm-22-dev libmlir-22-dev mlir-22-tools clang-22 ninja-build ccache cmake \
  libopenblas-pthread-dev libomp-22-dev
PY_PACKAGES = numpy matplotlib nanobind pytest scikit-build-core
# ckpt.torch's tests: PyPI's torch wheels (with CUDA; they run without a GPU),
# about 5.7 GB.
TORCH_PACKAGES = torch==2.15.0 torch-mlir==20261001

.PHONY: deps torch-deps build check check-torch check-wheel demo docs clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; fi
	@$(PYTHON) -c "import numpy, matplotlib, nanobind, pytest, scikit_build_core" 2>/dev/null || \
	  $(PYTHON) -m pip install -q $(PY_PACKAGES)

torch-deps:
	@$(PYTHON) -c "import torch, torch_mlir; \
	  assert torch.__version__.split('+')[0] == '2.15.0'" 2>/dev/null || \
	  $(PYTHON) -m pip install -q $(TORCH_PACKAGES)

$(BUILD)/build.ninja:
	cmake -G Ninja -S . -B $(BUILD) \
	  -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_C_COMPILER=$(LLVM)/bin/clang -DCMAKE_CXX_COMPILER=$(LLVM)/bin/clang++ \
	  -DMLIR_DIR=$(LLVM)/lib/cmake/mlir \
	  -DLLVM_EXTERNAL_LIT=$(LLVM)/bin/lit \
	  -DPython3_EXECUTABLE=$$($(PYTHON) -c 'import sys; print(sys.executable)')

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

# The lit suite, which runs the Python package's pytest files too (the
# torch ones with torch-deps installed); then the wheel, once lit is done
# with the build directory that check-wheel reconfigures.
CHECK_WHEEL = $(PYTHON) test/python/wheel/check_wheel.py $(BUILD)

check: build torch-deps
	ninja -C $(BUILD) check-ckpt
	$(CHECK_WHEEL)

# `pip install .` (pyproject.toml) as a wheel built in $(BUILD), installed
# into a fresh venv and used from there (about 15 s: nothing recompiles).
check-wheel: build
	$(CHECK_WHEEL)

# Only the torch tests (test/python/pytest/test_torch.py).
check-torch: build torch-deps
	$(LLVM)/bin/lit -v $(BUILD)/test/python/pytest-torch.test

demo: build
	$(PYTHON) examples/demo.py --build $(BUILD)

# Regenerates docs/generated/ from the TableGen sources (op, dialect and pass
# reference).
docs: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) mlir-doc
	mkdir -p docs/generated
	cp $(BUILD)/docs/*/*.md docs/generated/

clean:
	rm -rf $(BUILD)
