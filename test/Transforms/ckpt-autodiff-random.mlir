// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s

// A draw has no gradient and is a constant of its seed and offset: the
// backward redraws it (the min cut keeps no random tensor from the forward)
// and multiplies the incoming adjoint by it.
// CHECK-LABEL: func.func private @__grad_loss_wrt_0
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[SEED:.*]]: i64, %[[OFF:.*]]: i64)
// CHECK: %[[U:.*]] = ckpt.random_uniform %[[SEED]], %[[OFF]] : tensor<4x8xf32>
// CHECK: linalg.generic {{.*}} ins(%[[X]], %[[U]] :
// CHECK: %[[REDRAW:.*]] = ckpt.random_uniform %[[SEED]], %[[OFF]] {ckpt.recomputed} : tensor<4x8xf32>
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[REDRAW]] : {{.*}} attrs = {ckpt.recomputed}
// CHECK: %[[DY:.*]] = linalg.generic {{.*}} ins(%[[Y]], %{{.*}} :
// CHECK: %[[DX:.*]] = linalg.generic {{.*}} ins(%[[REDRAW]], %[[DY]] :
// CHECK-NOT: ckpt.random_uniform
// CHECK: return %{{.*}}, %[[DX]] : tensor<f32>, tensor<4x8xf32>
func.func @loss(%x: tensor<4x8xf32>, %seed: i64, %off: i64) -> tensor<f32> {
  %u = ckpt.random_uniform %seed, %off : tensor<4x8xf32>
  %y = arith.mulf %x, %u : tensor<4x8xf32>
  %z = arith.mulf %y, %y : tensor<4x8xf32>
  %c = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%z : tensor<4x8xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) { %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}
func.func @step(%x: tensor<4x8xf32>, %seed: i64, %off: i64) -> (tensor<f32>, tensor<4x8xf32>) {
  %l, %g = ckpt.value_and_grad @loss(%x, %seed, %off) wrt [0] : (tensor<4x8xf32>, i64, i64) -> (tensor<f32>, tensor<4x8xf32>)
  return %l, %g : tensor<f32>, tensor<4x8xf32>
}

// In a region (which carries tensors only, so the seed and offset come in
// as 0-d tensors) the forward draws; the region's backward function redraws
// from the same operands before it differentiates.
// CHECK-LABEL: func.func private @__grad_region_loss_wrt_0
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[SEED:.*]]: tensor<i64>, %[[OFF:.*]]: tensor<i64>)
// CHECK: ckpt.checkpoint(%[[X]], %[[SEED]], %[[OFF]]) {name = "drop"}
// CHECK: ckpt.random_uniform
// CHECK: call @__grad_region_loss_wrt_0_bwd_drop_0(%[[X]], %[[SEED]], %[[OFF]], %{{.*}})
// CHECK-LABEL: func.func private @__grad_region_loss_wrt_0_bwd_drop_0
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[SEED:.*]]: tensor<i64>, %[[OFF:.*]]: tensor<i64>, %{{.*}}: tensor<4x8xf32>)
// CHECK: %[[S:.*]] = tensor.extract %[[SEED]][] : tensor<i64>
// CHECK: %[[O:.*]] = tensor.extract %[[OFF]][] : tensor<i64>
// CHECK: ckpt.random_uniform %[[S]], %[[O]] : tensor<4x8xf32>
// CHECK: ckpt.random_uniform %[[S]], %[[O]] {ckpt.recomputed} : tensor<4x8xf32>
// CHECK-NOT: ckpt.random_uniform
// CHECK: return
func.func @region_loss(%x: tensor<4x8xf32>, %seed: tensor<i64>, %off: tensor<i64>) -> tensor<f32> {
  %y = ckpt.checkpoint (%x, %seed, %off) {name = "drop"} : (tensor<4x8xf32>, tensor<i64>, tensor<i64>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %st: tensor<i64>, %ot: tensor<i64>):
    %s = tensor.extract %st[] : tensor<i64>
    %o = tensor.extract %ot[] : tensor<i64>
    %u = ckpt.random_uniform %s, %o : tensor<4x8xf32>
    %m = arith.mulf %a, %u : tensor<4x8xf32>
    %t = math.tanh %m : tensor<4x8xf32>
    ckpt.yield %t : tensor<4x8xf32>
  }
  %c = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%y : tensor<4x8xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) { %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}
func.func @region_step(%x: tensor<4x8xf32>, %seed: tensor<i64>, %off: tensor<i64>) -> (tensor<f32>, tensor<4x8xf32>) {
  %l, %g = ckpt.value_and_grad @region_loss(%x, %seed, %off) wrt [0] : (tensor<4x8xf32>, tensor<i64>, tensor<i64>) -> (tensor<f32>, tensor<4x8xf32>)
  return %l, %g : tensor<f32>, tensor<4x8xf32>
}
