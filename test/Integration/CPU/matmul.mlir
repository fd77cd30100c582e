// Matmul (plus a bias-free chain of two) against numpy's.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 8x16:f32 16x4:f32 4x5:f32
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --input=%t/a2.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0 @ a1" "(a0 @ a1) @ a2" | FileCheck %s
// CHECK: ok 2 outputs

func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>, %c: tensor<4x5xf32>)
    -> (tensor<8x4xf32>, tensor<8x5xf32>) {
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<8x4xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<8x4xf32>) -> tensor<8x4xf32>
  %ab = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x4xf32>)
                      outs(%f0 : tensor<8x4xf32>) -> tensor<8x4xf32>
  %e1 = tensor.empty() : tensor<8x5xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<8x5xf32>) -> tensor<8x5xf32>
  %abc = linalg.matmul ins(%ab, %c : tensor<8x4xf32>, tensor<4x5xf32>)
                       outs(%f1 : tensor<8x5xf32>) -> tensor<8x5xf32>
  return %ab, %abc : tensor<8x4xf32>, tensor<8x5xf32>
}
