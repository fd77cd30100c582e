// RUN: ckpt-opt %s --ckpt-microbatch="count=4 batch-args=1,2 reduction=mean" | FileCheck %s
// RUN: ckpt-opt %s --ckpt-microbatch="count=2 batch-args=1,2 reduction=sum" | FileCheck %s --check-prefix=SUM
// RUN: ckpt-opt %s --ckpt-microbatch="count=1 batch-args=1" | FileCheck %s --check-prefix=ONE

// The callee is specialized to 4-row slices: the batch dimension follows
// the matmul's maps into the init, the reshape and the checkpoint region;
// the weight's dims are untouched.
// CHECK-LABEL: func.func @loss(
// CHECK-SAME: tensor<16x8xf32>
// CHECK-LABEL: func.func private @loss_mb4(
// CHECK-SAME: %{{.*}}: tensor<8x8xf32>, %{{.*}}: tensor<4x8xf32>, %{{.*}}: tensor<4x8xf32>) -> (tensor<f32>, tensor<4x8xf32>)
// CHECK: tensor.empty() : tensor<4x8xf32>
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x8xf32>) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK: ckpt.checkpoint(%{{.*}}) : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: ^bb0(%{{.*}}: tensor<4x8xf32>):
// CHECK: tensor.expand_shape %{{.*}} {{\[\[}}0], [1, 2]] output_shape [4, 2, 4] : tensor<4x8xf32> into tensor<4x2x4xf32>
// CHECK: tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<4x2x4xf32> into tensor<8x4xf32>

// The step: a loop over 4 slices; the loss and the weight's gradient
// accumulate in place, the batch argument's gradient and the per-sample
// result are written into their slices; the mean divides afterwards.
// CHECK-LABEL: func.func @step(
// CHECK-SAME: %[[W:.*]]: tensor<8x8xf32>, %[[X:.*]]: tensor<16x8xf32>, %[[Y:.*]]: tensor<16x8xf32>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[R:.*]]:4 = scf.for %[[I:.*]] = %[[C0]] to %[[C4]] step %[[C1]] iter_args(%[[L:.*]] = %{{.*}}, %[[P:.*]] = %{{.*}}, %[[GW:.*]] = %{{.*}}, %[[GX:.*]] = %{{.*}}) -> (tensor<f32>, tensor<16x8xf32>, tensor<8x8xf32>, tensor<16x8xf32>)
// CHECK: %[[OFF:.*]] = arith.muli %[[I]], %{{.*}} : index
// CHECK: %[[XS:.*]] = tensor.extract_slice %[[X]][%[[OFF]], 0] [4, 8] [1, 1] : tensor<16x8xf32> to tensor<4x8xf32>
// CHECK: %[[YS:.*]] = tensor.extract_slice %[[Y]][%[[OFF]], 0] [4, 8] [1, 1] : tensor<16x8xf32> to tensor<4x8xf32>
// CHECK: %[[V:.*]]:4 = ckpt.value_and_grad @loss_mb4(%[[W]], %[[XS]], %[[YS]]) wrt [0, 1]
// CHECK: linalg.generic {{.*}} ins(%[[V]]#0 : tensor<f32>) outs(%[[L]] : tensor<f32>)
// CHECK: tensor.insert_slice %[[V]]#1 into %[[P]][%[[OFF]], 0] [4, 8] [1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[V]]#2 : tensor<8x8xf32>) outs(%[[GW]] : tensor<8x8xf32>)
// CHECK: tensor.insert_slice %[[V]]#3 into %[[GX]][%[[OFF]], 0] [4, 8] [1, 1]
// CHECK: scf.yield
// CHECK: linalg.generic {{.*}} outs(%[[R]]#0 : tensor<f32>)
// CHECK: %[[K:.*]] = arith.constant 4.000000e+00 : f32
// CHECK: arith.divf %{{.*}}, %[[K]] : f32
// CHECK-NOT: outs(%[[R]]#1
// CHECK: linalg.generic {{.*}} outs(%[[R]]#2 : tensor<8x8xf32>)
// CHECK: linalg.generic {{.*}} outs(%[[R]]#3 : tensor<16x8xf32>)
// CHECK: return

// SUM-LABEL: func.func @step(
// SUM: scf.for
// SUM: ckpt.value_and_grad @loss_mb2(
// SUM-SAME: (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>)
// SUM: scf.yield
// SUM-NOT: arith.divf
// SUM: return

// ONE-NOT: scf.for
// ONE: ckpt.value_and_grad @loss(

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func @loss(%w: tensor<8x8xf32>, %x: tensor<16x8xf32>, %y: tensor<16x8xf32>) -> (tensor<f32>, tensor<16x8xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<16x8xf32>) -> tensor<16x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<16x8xf32>, tensor<8x8xf32>) outs(%f : tensor<16x8xf32>) -> tensor<16x8xf32>
  %d = arith.subf %m, %y : tensor<16x8xf32>
  %c = ckpt.checkpoint (%d) : (tensor<16x8xf32>) -> tensor<16x8xf32> {
  ^bb0(%a: tensor<16x8xf32>):
    %t = math.tanh %a : tensor<16x8xf32>
    ckpt.yield %t : tensor<16x8xf32>
  }
  %r = tensor.expand_shape %c [[0], [1, 2]] output_shape [16, 2, 4] : tensor<16x8xf32> into tensor<16x2x4xf32>
  %q = tensor.collapse_shape %r [[0, 1], [2]] : tensor<16x2x4xf32> into tensor<32x4xf32>
  %sq = arith.mulf %q, %q : tensor<32x4xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]} ins(%sq : tensor<32x4xf32>) outs(%lf : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %l, %c : tensor<f32>, tensor<16x8xf32>
}
func.func @step(%w: tensor<8x8xf32>, %x: tensor<16x8xf32>, %y: tensor<16x8xf32>) -> (tensor<f32>, tensor<16x8xf32>, tensor<8x8xf32>, tensor<16x8xf32>) {
  %r:4 = ckpt.value_and_grad @loss(%w, %x, %y) wrt [0, 1] : (tensor<8x8xf32>, tensor<16x8xf32>, tensor<16x8xf32>) -> (tensor<f32>, tensor<16x8xf32>, tensor<8x8xf32>, tensor<16x8xf32>)
  return %r#0, %r#1, %r#2, %r#3 : tensor<f32>, tensor<16x8xf32>, tensor<8x8xf32>, tensor<16x8xf32>
}
