// A module already in the LLVM dialect is run as is; argument shapes come
// from the --input files (flattened descriptors do not carry them).
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as np; np.save('%t/a.npy', np.full((2, 3), 2.0, np.float32))"
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | ckpt-run - --entry=main --input=%t/a.npy | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | not ckpt-run - --entry=main 2>&1 | FileCheck %s --check-prefix=NOINPUT

// CHECK: out0: f32[2, 3] = [-2, -2, -2, -2, -2, -2]
// NOINPUT: ckpt-run: error: entry 'main' is already lowered to the LLVM dialect: its 7 parameters do not match the --input arrays given

func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %n = arith.negf %a : tensor<2x3xf32>
  return %n : tensor<2x3xf32>
}
