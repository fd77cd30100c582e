// Rank-2 and rank-4 transposes against numpy.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 3x5:f32 2x3x4x5:f64
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0.T" "a1.transpose(3, 1, 0, 2)" | FileCheck %s
// CHECK: ok 2 outputs

func.func @main(%a: tensor<3x5xf32>, %b: tensor<2x3x4x5xf64>)
    -> (tensor<5x3xf32>, tensor<5x3x2x4xf64>) {
  %e0 = tensor.empty() : tensor<5x3xf32>
  %t0 = linalg.transpose ins(%a : tensor<3x5xf32>) outs(%e0 : tensor<5x3xf32>) permutation = [1, 0]
  %e1 = tensor.empty() : tensor<5x3x2x4xf64>
  %t1 = linalg.transpose ins(%b : tensor<2x3x4x5xf64>) outs(%e1 : tensor<5x3x2x4xf64>)
    permutation = [3, 1, 0, 2]
  return %t0, %t1 : tensor<5x3xf32>, tensor<5x3x2x4xf64>
}
