# target="cuda" where no GPU can run it (no driver, or ckpt built without
# CUDA's headers): compile and ckpt.run fail with one line saying why,
# before anything is lowered, and the CPU target still works afterwards.
# UNSUPPORTED: cuda
# REQUIRES: numpy
# RUN: %python %s | FileCheck %s

import ckpt

TEXT = ckpt.models.residual_mlp(2, 8, 4, 0)
module = ckpt.parse(TEXT)

for name, call in (("compile", lambda: module.compile("step", target="cuda")),
                   ("run", lambda: ckpt.run(TEXT, "step", target="cuda"))):
    try:
        call()
        print(name, "ran")
    except ckpt.Error as e:
        lines = str(e).splitlines()
        print(name, len(lines), "line:", lines[0])
# CHECK: compile 1 line: {{(CUDA is not usable: .+|target='cuda' needs libckpt_cuda_runtime.so, found neither at .+)}}
# CHECK: run 1 line: ckpt-run failed (exit 1): ckpt-run: error: {{(CUDA is not usable: .+|target='cuda' needs libckpt_cuda_runtime.so, found neither at .+)}}

try:
    module.compile("step", target="tpu")
except ckpt.Error as e:
    print(e)
# CHECK: target must be 'cpu' or 'cuda', got 'tpu'

result = module.compile("step").run(module.seeded_inputs("step", 1))
print("cpu", result.report["target"], result.peak_bytes > 0)
# CHECK: cpu cpu True
