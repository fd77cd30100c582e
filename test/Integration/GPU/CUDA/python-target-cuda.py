# The Python package's target="cuda" (what benchmarks/gpu/mlp_step.py uses):
# a training step with a checkpoint region on the GPU against the CPU,
# f32 outputs within 1e-5 relative error; device peak and times reported.
# REQUIRES: cuda, numpy
# RUN: %python %s | FileCheck %s

import numpy as np

import ckpt

module = ckpt.parse(ckpt.models.residual_mlp(4, 64, 32, 2))
module.run("ckpt-autodiff")
inputs = module.seeded_inputs("step", 5)
cpu = module.compile("step").run(inputs)
gpu = module.compile("step", target="cuda").run(inputs, repeat=3)
worst = max(float(np.max(np.abs(g - c)) / max(float(np.max(np.abs(c))), 1e-30))
            for c, g in zip(cpu.outputs, gpu.outputs))
print("outputs", len(gpu.outputs), "match" if worst <= 1e-5 else worst)
print("target", gpu.report["target"], "peak", gpu.peak_bytes > 0,
      "repeat", gpu.repeat, "times", len(gpu.report["times_ms"]))
# CHECK: outputs {{[0-9]+}} match
# CHECK: target cuda peak True repeat 3 times 3
