// RUN: ckpt-opt %s --ckpt-inline-checkpoints | FileCheck %s

// CHECK-LABEL: func.func @nested
// CHECK-NOT: ckpt.
// CHECK: %[[E:.*]] = math.exp %arg0
// CHECK: %[[S:.*]] = arith.addf %[[E]], %arg0
// CHECK: %[[M:.*]] = arith.mulf %[[S]], %[[S]]
// CHECK: return %[[M]]
func.func @nested(%x: tensor<2xf64>) -> tensor<2xf64> {
  %r = ckpt.checkpoint (%x) : (tensor<2xf64>) -> tensor<2xf64> {
  ^bb0(%a: tensor<2xf64>):
    %p, %q = ckpt.checkpoint (%a) : (tensor<2xf64>) -> (tensor<2xf64>, tensor<2xf64>) {
    ^bb0(%b: tensor<2xf64>):
      %e = math.exp %b : tensor<2xf64>
      ckpt.yield %e, %b : tensor<2xf64>, tensor<2xf64>
    }
    %s = arith.addf %p, %q : tensor<2xf64>
    ckpt.yield %s : tensor<2xf64>
  }
  %m = arith.mulf %r, %r : tensor<2xf64>
  return %m : tensor<2xf64>
}
