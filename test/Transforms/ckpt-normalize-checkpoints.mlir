// RUN: ckpt-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(convert-elementwise-to-linalg),ckpt-normalize)' | FileCheck %s
// Views and values crossing checkpoint boundaries (SinkViewIntoCheckpoint,
// HoistViewOutOfCheckpoint, SimplifyCheckpointBoundary); elementwise ops are
// generics first, as in ckpt-autodiff.
// A transpose read by a region's elementwise op moves into the region (the
// region keeps %w, not a transposed copy); a transpose read by concat stays
// materialized outside, as it is without regions.
// CHECK-LABEL: func.func @sink_view
// CHECK-SAME:  (%[[W:.*]]: tensor<4x8xf32>, %[[X:.*]]: tensor<4x8xf32>)
// CHECK:       %[[T:.*]] = linalg.generic
// CHECK-SAME:  ins(%[[X]] : tensor<4x8xf32>)
// CHECK:       ckpt.checkpoint(%[[T]], %[[W]])
// CHECK-NEXT:  ^bb0(%[[BT:.*]]: tensor<8x4xf32>, %[[BW:.*]]: tensor<4x8xf32>):
// CHECK:       linalg.generic
// CHECK-SAME:  ins(%[[BW]] : tensor<4x8xf32>)
// CHECK:       math.tanh
// CHECK:       tensor.concat dim(0) %[[BT]], %[[BT]]
func.func @sink_view(%w: tensor<4x8xf32>, %x: tensor<4x8xf32>) -> (tensor<8x4xf32>, tensor<16x4xf32>) {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%w : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  %e2 = tensor.empty() : tensor<8x4xf32>
  %u = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e2 : tensor<8x4xf32>) permutation = [1, 0]
  %r:2 = ckpt.checkpoint(%t, %u) {name = "r"} : (tensor<8x4xf32>, tensor<8x4xf32>) -> (tensor<8x4xf32>, tensor<16x4xf32>) {
  ^bb0(%a: tensor<8x4xf32>, %b: tensor<8x4xf32>):
    %y = math.tanh %a : tensor<8x4xf32>
    %c = tensor.concat dim(0) %b, %b : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<16x4xf32>
    ckpt.yield %y, %c : tensor<8x4xf32>, tensor<16x4xf32>
  }
  return %r#0, %r#1 : tensor<8x4xf32>, tensor<16x4xf32>
}

// -----

// A broadcast yielded by one region and read elementwise by the next: the
// first yields the broadcast's source, the second broadcasts it inside.
// CHECK-LABEL: func.func @hoist_view
// CHECK:       %[[R:.*]] = ckpt.checkpoint(%{{.*}}) {name = "a"} : (tensor<8xf32>) -> tensor<8xf32>
// CHECK:       ckpt.checkpoint(%[[R]]) {name = "b"} : (tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:  ^bb0(%[[B:.*]]: tensor<8xf32>):
// CHECK:       linalg.generic
// CHECK-SAME:  iterator_types = ["parallel", "parallel"]
// CHECK-SAME:  ins(%[[B]] : tensor<8xf32>)
// CHECK:       math.tanh
func.func @hoist_view(%x: tensor<8xf32>) -> tensor<4x8xf32> {
  %r = ckpt.checkpoint(%x) {name = "a"} : (tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<8xf32>):
    %m = arith.mulf %a, %a : tensor<8xf32>
    %e = tensor.empty() : tensor<4x8xf32>
    %b = linalg.broadcast ins(%m : tensor<8xf32>) outs(%e : tensor<4x8xf32>) dimensions = [0]
    ckpt.yield %b : tensor<4x8xf32>
  }
  %s = ckpt.checkpoint(%r) {name = "b"} : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>):
    %t = math.tanh %a : tensor<4x8xf32>
    ckpt.yield %t : tensor<4x8xf32>
  }
  return %s : tensor<4x8xf32>
}

// -----

// Each value crosses a region's boundary once: an operand passed twice is
// one block argument, a value yielded twice one result, an operand yielded
// back the operand, and unused results and operands go.
// CHECK-LABEL: func.func @boundary
// CHECK-SAME:  (%[[X:.*]]: tensor<8xf32>, %[[Y:.*]]: tensor<8xf32>)
// CHECK:       %[[R:.*]] = ckpt.checkpoint(%[[X]]) {name = "r"} : (tensor<8xf32>) -> tensor<8xf32> {
// CHECK-NEXT:  ^bb0(%[[A:.*]]: tensor<8xf32>):
// CHECK:         linalg.generic
// CHECK-SAME:    ins(%[[A]] : tensor<8xf32>)
// CHECK:         arith.mulf %in, %in
// CHECK:         ckpt.yield
// CHECK:       return %[[R]], %[[R]], %[[X]]
func.func @boundary(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %r:4 = ckpt.checkpoint(%x, %x, %y) {name = "r"} : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  ^bb0(%a: tensor<8xf32>, %b: tensor<8xf32>, %c: tensor<8xf32>):
    %m = arith.mulf %a, %b : tensor<8xf32>
    %n = arith.addf %c, %c : tensor<8xf32>
    ckpt.yield %m, %m, %b, %n : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1, %r#2 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

// -----

// A view yielded by a region nested in another (a hand-placed region that
// ckpt-plan wraps) crosses both boundaries to the reader after the outer
// one, which folds it as it does without the outer region: the inner
// region, then the outer one, yield the broadcast's source, the operand.
// CHECK-LABEL: func.func @hoist_view_nested
// CHECK-SAME:  (%[[X:.*]]: tensor<8xf32>)
// CHECK:       ckpt.checkpoint(%[[X]]) {name = "outer"} : (tensor<8xf32>) -> tensor<8xf32> {
// CHECK-NOT:     tensor<4x8xf32>
// CHECK:         ckpt.checkpoint({{.*}}) {name = "inner"} : (tensor<8xf32>) -> tensor<8xf32> {
// CHECK-NOT:       tensor<4x8xf32>
// CHECK:           ckpt.yield %{{.*}} : tensor<8xf32>
// CHECK-NEXT:    }
// CHECK-NOT:     tensor<4x8xf32>
// CHECK:         ckpt.yield %{{.*}} : tensor<8xf32>
// CHECK-NEXT:  }
// CHECK:       linalg.generic
// CHECK-SAME:  ins(%[[X]] : tensor<8xf32>) outs({{.*}} : tensor<4x8xf32>)
// CHECK:       math.tanh
func.func @hoist_view_nested(%x: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<8xf32>) {
  %r:2 = ckpt.checkpoint(%x) {name = "outer"} : (tensor<8xf32>) -> (tensor<4x8xf32>, tensor<8xf32>) {
  ^bb0(%a: tensor<8xf32>):
    %i:2 = ckpt.checkpoint(%a) {name = "inner"} : (tensor<8xf32>) -> (tensor<4x8xf32>, tensor<8xf32>) {
    ^bb0(%b: tensor<8xf32>):
      %e = tensor.empty() : tensor<4x8xf32>
      %v = linalg.broadcast ins(%b : tensor<8xf32>) outs(%e : tensor<4x8xf32>) dimensions = [0]
      %m = arith.mulf %b, %b : tensor<8xf32>
      ckpt.yield %v, %m : tensor<4x8xf32>, tensor<8xf32>
    }
    %s = arith.subf %a, %a : tensor<8xf32>
    %n = arith.addf %i#1, %s : tensor<8xf32>
    ckpt.yield %i#0, %n : tensor<4x8xf32>, tensor<8xf32>
  }
  %t = math.tanh %r#0 : tensor<4x8xf32>
  return %t, %r#1 : tensor<4x8xf32>, tensor<8xf32>
}
