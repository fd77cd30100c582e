// Bias add through linalg.broadcast, and an outer product, against numpy.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 5x7:f32 7:f32 5:f32
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --input=%t/a2.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0 + a1[None, :]" "a2[:, None] * a1[None, :]" \
// RUN:   | FileCheck %s
// CHECK: ok 2 outputs

func.func @main(%x: tensor<5x7xf32>, %bias: tensor<7xf32>, %col: tensor<5xf32>)
    -> (tensor<5x7xf32>, tensor<5x7xf32>) {
  %e0 = tensor.empty() : tensor<5x7xf32>
  %b = linalg.broadcast ins(%bias : tensor<7xf32>) outs(%e0 : tensor<5x7xf32>) dimensions = [0]
  %sum = arith.addf %x, %b : tensor<5x7xf32>
  %e1 = tensor.empty() : tensor<5x7xf32>
  %c = linalg.broadcast ins(%col : tensor<5xf32>) outs(%e1 : tensor<5x7xf32>) dimensions = [1]
  %outer = arith.mulf %c, %b : tensor<5x7xf32>
  return %sum, %outer : tensor<5x7xf32>, tensor<5x7xf32>
}
