# Thin wrapper: install what is missing, configure, build, test, demo.
# `make demo` and `make check` work on a fresh Debian 12 machine as root.

BUILD ?= build
LLVM ?= /usr/lib/llvm-22
JOBS ?= $(shell nproc)
PYTHON ?= python3

APT_PACKAGES = llvm-22-dev libmlir-22-dev mlir-22-tools clang-22 ninja-build ccache cmake \
  libopenblas-pthread-dev libgtest-dev libomp-22-dev
PY_PACKAGES = numpy matplotlib nanobind pytest scikit-build-core
# ckpt.torch's tests: PyPI's torch wheels (with CUDA; they run without a GPU),
# about 5.7 GB.
TORCH_PACKAGES = torch==2.15.0 torch-mlir==20261001

.PHONY: deps torch-deps build check check-torch check-wheel demo docs clean \
  fuzz check-sanitize sanitize-build fuzz-lib

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

# The property fuzzer of the whole pipeline (scripts/fuzz.py): COUNT random
# models from SEED through plan, autodiff, lowering and ckpt-run; ends with
# `fuzz: N cases, F failures`, shrunk reproducers in fuzz-failures/.
SEED ?= 1
COUNT ?= 100
FUZZ_JOBS ?= $(JOBS)
fuzz: build
	$(PYTHON) scripts/fuzz.py --build $(BUILD) --seed $(SEED) --count $(COUNT) \
	  --jobs $(FUZZ_JOBS)

# ASan + UBSan (any undefined behaviour fatal) build of the tools, in its
# own directory at -O1, without the Python package (its extension would
# need the sanitizer runtime preloaded into python), and the lit suite on
# it: tests that use the package are UNSUPPORTED there (test/lit.cfg.py).
# The same directory carries libFuzzer's coverage instrumentation for
# fuzz-lib.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_TARGETS = ckpt-opt ckpt-test-opt ckpt-chain-solve ckpt-graph-solve ckpt-run \
  ckpt_runtime CkptUnitTests
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
$(SANITIZE_BUILD)/build.ninja:
	cmake -G Ninja -S . -B $(SANITIZE_BUILD) \
	  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
	  -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" \
	  -DCMAKE_C_COMPILER=$(LLVM)/bin/clang -DCMAKE_CXX_COMPILER=$(LLVM)/bin/clang++ \
	  -DMLIR_DIR=$(LLVM)/lib/cmake/mlir \
	  -DLLVM_EXTERNAL_LIT=$(LLVM)/bin/lit \
	  -DCKPT_SANITIZE=ON -DCKPT_FUZZER=ON \
	  -DPython3_EXECUTABLE=$$($(PYTHON) -c 'import sys; print(sys.executable)')

sanitize-build: deps $(SANITIZE_BUILD)/build.ninja
	ninja -C $(SANITIZE_BUILD) -j $(JOBS) $(SANITIZE_TARGETS)

check-sanitize: sanitize-build
	$(SANITIZE_ENV) $(LLVM)/bin/lit -sv $(SANITIZE_BUILD)/test

# libFuzzer over ckpt-opt's parser, verifier and passes
# (tools/ckpt-opt-fuzzer), seeded with the lit suite's .mlir files (split at
# `// -----`), for FUZZ_TIME seconds; crashes land in fuzz-lib-out/.
FUZZ_TIME ?= 600
fuzz-lib: deps $(SANITIZE_BUILD)/build.ninja
	ninja -C $(SANITIZE_BUILD) -j $(JOBS) ckpt-opt-fuzzer
	$(PYTHON) scripts/fuzz_corpus.py test $(SANITIZE_BUILD)/fuzz-seeds
	mkdir -p $(SANITIZE_BUILD)/fuzz-corpus fuzz-lib-out
	$(SANITIZE_ENV) $(SANITIZE_BUILD)/bin/ckpt-opt-fuzzer \
	  -max_total_time=$(FUZZ_TIME) -timeout=60 -rss_limit_mb=4096 \
	  -max_len=8192 -artifact_prefix=fuzz-lib-out/ -print_final_stats=1 \
	  $(SANITIZE_BUILD)/fuzz-corpus $(SANITIZE_BUILD)/fuzz-seeds

demo: build
	$(PYTHON) examples/demo.py --build $(BUILD)

# Regenerates docs/generated/ from the TableGen sources (op, dialect and pass
# reference).
docs: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) mlir-doc
	mkdir -p docs/generated
	cp $(BUILD)/docs/*/*.md docs/generated/

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
