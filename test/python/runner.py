# ckpt.run and ckpt.opt (in-process, ckpt.core underneath): MLIR text and
# file paths, inputs, several outputs, seeds, errors; passes given as
# ckpt-opt flags.
# REQUIRES: numpy
# RUN: %python %s | FileCheck %s

import os

import numpy as np

import ckpt

MODULE = """
func.func @main(%a: tensor<3x4xf32>, %b: tensor<4x2xf32>, %s: f64)
    -> (tensor<3x2xf32>, tensor<4x3xf32>, f64) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %m = linalg.matmul ins(%a, %b : tensor<3x4xf32>, tensor<4x2xf32>)
                     outs(%f : tensor<3x2xf32>) -> tensor<3x2xf32>
  %et = tensor.empty() : tensor<4x3xf32>
  %t = linalg.transpose ins(%a : tensor<3x4xf32>) outs(%et : tensor<4x3xf32>) permutation = [1, 0]
  %two = arith.constant 2.0 : f64
  %s2 = arith.mulf %s, %two : f64
  return %m, %t, %s2 : tensor<3x2xf32>, tensor<4x3xf32>, f64
}
"""

rng = np.random.default_rng(0)
a = rng.standard_normal((3, 4)).astype(np.float32)
b = rng.standard_normal((4, 2)).astype(np.float32)
result = ckpt.run(MODULE, "main", inputs=[a, b, np.float64(1.25)], repeat=2)
print("matmul", np.allclose(result.outputs[0], a @ b, rtol=1e-5, atol=1e-6))
print("transpose", np.array_equal(result.outputs[1], a.T))
print("scalar", result.outputs[2].dtype, float(result.outputs[2]))
print("peak", result.peak_bytes > 0, "repeat", result.repeat)
print("time", sorted(result.time_ms))
# CHECK: matmul True
# CHECK-NEXT: transpose True
# CHECK-NEXT: scalar float64 2.5
# CHECK-NEXT: peak True repeat 2
# CHECK-NEXT: time ['median', 'min']

# A file path works as well as text, and seeds are deterministic.
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ckpt-runner-%d.mlir" % os.getpid())
with open(path, "w") as f:
    f.write(MODULE)
r1 = ckpt.run(path, "main", seed=3)
r2 = ckpt.run(MODULE, "main", seed=3)
os.remove(path)
print("seeded", all(np.array_equal(x, y) for x, y in zip(r1.outputs, r2.outputs)))
# CHECK-NEXT: seeded True

try:
    ckpt.run(MODULE, "main", inputs=[a])
except ckpt.ToolError as e:
    print("error", e.tool, e.returncode, e.stderr.strip())
# CHECK-NEXT: error ckpt-run 1 ckpt-run: error: 'main' takes 3 argument(s), got 1

lowered = ckpt.opt(MODULE, "--ckpt-lower-to-cpu")
print("lowered", "llvm.func @main" in lowered)
# CHECK-NEXT: lowered True
