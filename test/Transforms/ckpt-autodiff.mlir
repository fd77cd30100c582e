// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | FileCheck %s --check-prefix=LOWERED

// A two-layer model whose first layer is a checkpoint region.

func.func @loss(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %w2: tensor<8x8xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<4x8xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<4x8xf64>) -> tensor<4x8xf64>
  %h = ckpt.checkpoint (%x, %w1) {name = "blk"} : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %w: tensor<8x8xf64>):
    %z2 = arith.constant 0.0 : f64
    %e2 = tensor.empty() : tensor<4x8xf64>
    %f2 = linalg.fill ins(%z2 : f64) outs(%e2 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %m = linalg.matmul ins(%a, %w : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f2 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %t = math.tanh %m : tensor<4x8xf64>
    %r = arith.addf %t, %a : tensor<4x8xf64>
    ckpt.yield %r : tensor<4x8xf64>
  }
  %m2 = linalg.matmul ins(%h, %w2 : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f : tensor<4x8xf64>) -> tensor<4x8xf64>
  %sq = arith.mulf %m2, %m2 : tensor<4x8xf64>
  %s0 = tensor.empty() : tensor<f64>
  %sf = linalg.fill ins(%z : f64) outs(%s0 : tensor<f64>) -> tensor<f64>
  %red = linalg.reduce ins(%sq : tensor<4x8xf64>) outs(%sf : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) { %t2 = arith.addf %in, %acc : f64
      linalg.yield %t2 : f64 }
  return %red : tensor<f64>
}
// CHECK-LABEL: func.func @step
// CHECK: %[[R:.*]]:3 = call @__grad_loss_wrt_1_2(%arg0, %arg1, %arg2)
// CHECK: return %[[R]]#0, %[[R]]#1, %[[R]]#2

// The forward keeps the region; its backward is a call that gets only the
// region's operands and the adjoint of its result.
// CHECK-LABEL: func.func private @__grad_loss_wrt_1_2
// CHECK: %[[H:.*]] = ckpt.checkpoint(%arg0, %arg1) {name = "blk"}
// CHECK: %[[M2:.*]] = linalg.matmul ins(%[[H]], %arg2
// Adjoints of the outer matmul stay named matmuls with transposed maps.
// CHECK: %[[DH:.*]] = linalg.matmul indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] ins(%{{.*}}, %arg2
// CHECK: %[[DW2:.*]] = linalg.matmul indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] ins(%[[H]], %{{.*}}
// CHECK: %[[DW1:.*]] = call @__grad_loss_wrt_1_2_bwd_blk_0(%arg0, %arg1, %[[DH]])
// CHECK: return %{{.*}}, %[[DW1]], %[[DW2]]

// The region function recomputes the body (matmul, tanh) before its adjoint.
// CHECK-LABEL: func.func private @__grad_loss_wrt_1_2_bwd_blk_0
// CHECK-SAME: attributes {no_inline}
// CHECK: %[[M:.*]] = linalg.matmul ins(%arg0, %arg1
// CHECK: math.tanh
// CHECK: linalg.matmul indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] ins(%arg0,
// CHECK: return

// After full lowering, nothing merged the recomputation back: the forward
// computes tanh once, in a loop nest that ckpt-split-functions gave a
// function of its own (shared with @loss, whose nest is the same), and the
// region function computes it again in a nest of its own.
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | grep -c llvm.intr.tanh | FileCheck %s --check-prefix=TANHS
// TANHS: 2
// LOWERED-LABEL: llvm.func internal @loss__loop1(
// LOWERED: llvm.intr.tanh
// LOWERED-LABEL: llvm.func internal @__grad_loss_wrt_1_2(
// LOWERED: llvm.call @loss__loop1(
// LOWERED: llvm.call @__grad_loss_wrt_1_2_bwd_blk_0(
// LOWERED-LABEL: llvm.func internal @__grad_loss_wrt_1_2_bwd_blk_0__loop1(
// LOWERED: llvm.intr.tanh
// LOWERED-LABEL: llvm.func internal @__grad_loss_wrt_1_2_bwd_blk_0(
// LOWERED: llvm.call @__grad_loss_wrt_1_2_bwd_blk_0__loop1(
func.func @step(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %w2: tensor<8x8xf64>) -> (tensor<f64>, tensor<8x8xf64>, tensor<8x8xf64>) {
  %l, %d1, %d2 = ckpt.value_and_grad @loss(%x, %w1, %w2) wrt [1, 2] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> (tensor<f64>, tensor<8x8xf64>, tensor<8x8xf64>)
  return %l, %d1, %d2 : tensor<f64>, tensor<8x8xf64>, tensor<8x8xf64>
}
