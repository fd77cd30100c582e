// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s
// RUN: ckpt-opt %s --ckpt-autodiff="min-cut=false" | FileCheck %s --check-prefix=ALL
// RUN: ckpt-opt %s --ckpt-autodiff -o %t.cut.mlir
// RUN: ckpt-opt %s --ckpt-autodiff="min-cut=false" -o %t.all.mlir
// RUN: %python %S/../Integration/CPU/Inputs/gradcheck.py same %t.cut.mlir %t.all.mlir --step=step | FileCheck %s --check-prefix=SAME

// Softmax then a weighted sum. The backward needs the exponentials (for the
// division's adjoint) and the probabilities (for the product's); both are
// elementwise in the kept input %x, the row max and the row sum, so the
// minimum cut keeps only those and the backward regenerates the rest right
// before it reads them. Gradients are the same bits either way.

// CHECK-LABEL: func.func private @__grad_softmax_wrt_0_1
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[V:.*]]: tensor<4x8xf32>)
// CHECK: %[[MAX:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]] :
// CHECK: %[[EXP:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[MAX]] :
// CHECK: math.exp
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[EXP]] :
// CHECK: %[[P:.*]] = linalg.generic {{.*}} ins(%[[EXP]], %[[SUM]] :
// The loss: the last forward op.
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]}
// Backward: neither the exponentials nor the probabilities are read from
// the forward; they are recomputed (and marked so CSE keeps them apart).
// CHECK-NOT: ins(%[[EXP]]
// CHECK-NOT: ins(%[[P]]
// CHECK: %[[EXP2:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[MAX]] : {{.*}} attrs = {ckpt.recomputed}
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.subf
// CHECK-NEXT: math.exp
// CHECK: %[[P2:.*]] = linalg.generic {{.*}} ins(%[[EXP2]], %[[SUM]] : {{.*}} attrs = {ckpt.recomputed}
// CHECK-NOT: ins(%[[EXP]]
// CHECK-NOT: ins(%[[P]]
// CHECK: return

// Without the cut the backward reads the forward's own tensors.
// ALL-LABEL: func.func private @__grad_softmax_wrt_0_1
// ALL-NOT: ckpt.recomputed
// ALL: %[[EXP:.*]] = linalg.generic {{.*}} ins(%arg0, %{{.*}} :
// ALL-NEXT: ^bb0
// ALL-NEXT: arith.subf
// ALL-NEXT: math.exp
// ALL: %[[P:.*]] = linalg.generic {{.*}} ins(%[[EXP]], %{{.*}} :
// ALL-NEXT: ^bb0
// ALL-NEXT: arith.divf
// ALL: iterator_types = ["reduction", "reduction"]
// ALL: linalg.generic {{.*}} ins(%[[P]], %{{.*}} :
// ALL-NOT: ckpt.recomputed
// ALL: return

// SAME: PASS: 3 outputs bit-identical

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @softmax(%x: tensor<4x8xf32>, %v: tensor<4x8xf32>) -> tensor<f32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<4xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf32>) outs(%mi : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %m : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %si = linalg.fill ins(%zero : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<4x8xf32>) outs(%si : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %s : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%p, %v : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %t0 = tensor.empty() : tensor<f32>
  %ti = linalg.fill ins(%zero : f32) outs(%t0 : tensor<f32>) -> tensor<f32>
  %t = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]}
      ins(%w : tensor<4x8xf32>) outs(%ti : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  return %t : tensor<f32>
}
func.func @step(%x: tensor<4x8xf32>, %v: tensor<4x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %l, %dx, %dv = ckpt.value_and_grad @softmax(%x, %v) wrt [0, 1] : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>)
  return %l, %dx, %dv : tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>
}
