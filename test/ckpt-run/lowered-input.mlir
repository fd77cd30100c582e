// A module already in the LLVM dialect is run as is; argument shapes and
// dtypes come from the `ckpt.signature` record the lowering leaves on the
// llvm.func (flattened descriptors do not carry them), so --seed works too.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as np; np.save('%t/a.npy', np.full((2, 3), 2.0, np.float32))"
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | ckpt-run - --entry=main --input=%t/a.npy | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | ckpt-run - --entry=main --seed=1 | FileCheck %s --check-prefix=SEEDED

// CHECK: out0: f32[2, 3] = [-2, -2, -2, -2, -2, -2]
// SEEDED: out0: f32[2, 3] = 

func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %n = arith.negf %a : tensor<2x3xf32>
  return %n : tensor<2x3xf32>
}
