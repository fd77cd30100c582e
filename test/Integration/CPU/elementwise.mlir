// Elementwise math in f32 and f64 against numpy.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 4x6:f32 4x6:f32 3x2x5:f64
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --input=%t/a2.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t \
// RUN:   "np.exp(a0) * a1 + np.tanh(a1)" "np.maximum(a0, a1)" \
// RUN:   "np.sqrt(np.abs(a2)) - a2 / (1.0 + a2 * a2)" | FileCheck %s
// CHECK: ok 3 outputs

func.func @main(%a: tensor<4x6xf32>, %b: tensor<4x6xf32>, %c: tensor<3x2x5xf64>)
    -> (tensor<4x6xf32>, tensor<4x6xf32>, tensor<3x2x5xf64>) {
  %exp = math.exp %a : tensor<4x6xf32>
  %mul = arith.mulf %exp, %b : tensor<4x6xf32>
  %tanh = math.tanh %b : tensor<4x6xf32>
  %r0 = arith.addf %mul, %tanh : tensor<4x6xf32>
  %r1 = arith.maximumf %a, %b : tensor<4x6xf32>
  %one = arith.constant dense<1.0> : tensor<3x2x5xf64>
  %abs = math.absf %c : tensor<3x2x5xf64>
  %sqrt = math.sqrt %abs : tensor<3x2x5xf64>
  %sq = arith.mulf %c, %c : tensor<3x2x5xf64>
  %den = arith.addf %one, %sq : tensor<3x2x5xf64>
  %q = arith.divf %c, %den : tensor<3x2x5xf64>
  %r2 = arith.subf %sqrt, %q : tensor<3x2x5xf64>
  return %r0, %r1, %r2 : tensor<4x6xf32>, tensor<4x6xf32>, tensor<3x2x5xf64>
}
