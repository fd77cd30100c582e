// i64 arithmetic and a scalar i64 argument against numpy.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 3x4:i64 3x4:i64 scalar:i64
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --input=%t/a2.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0 * a1 + a2" "np.int64(a2 * 3)" | FileCheck %s
// CHECK: ok 2 outputs

func.func @main(%a: tensor<3x4xi64>, %b: tensor<3x4xi64>, %s: i64) -> (tensor<3x4xi64>, i64) {
  %p = arith.muli %a, %b : tensor<3x4xi64>
  %e = tensor.empty() : tensor<3x4xi64>
  %sb = linalg.fill ins(%s : i64) outs(%e : tensor<3x4xi64>) -> tensor<3x4xi64>
  %r = arith.addi %p, %sb : tensor<3x4xi64>
  %three = arith.constant 3 : i64
  %s3 = arith.muli %s, %three : i64
  return %r, %s3 : tensor<3x4xi64>, i64
}
