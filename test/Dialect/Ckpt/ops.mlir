// RUN: ckpt-opt %s | ckpt-opt | FileCheck %s
// RUN: ckpt-opt %s --mlir-print-op-generic | ckpt-opt | FileCheck %s

// CHECK-LABEL: func.func @checkpoint
// CHECK: %[[R:.*]] = ckpt.checkpoint(%{{.*}}, %{{.*}}) {name = "blk", policy = #ckpt.policy<save_dots>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
// CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>):
// CHECK-NEXT:   %[[M:.*]] = arith.mulf %[[A]], %[[B]]
// CHECK-NEXT:   ckpt.yield %[[M]] : tensor<4xf32>
func.func @checkpoint(%x: tensor<4xf32>, %w: tensor<4xf32>) -> tensor<4xf32> {
  %r = ckpt.checkpoint (%x, %w) {name = "blk", policy = #ckpt.policy<save_dots>}
      : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<4xf32>, %b: tensor<4xf32>):
    %m = arith.mulf %a, %b : tensor<4xf32>
    ckpt.yield %m : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @nested
// CHECK: ckpt.checkpoint(%{{.*}}) {policy = #ckpt.policy<recompute_all>}
// CHECK: ckpt.checkpoint(%{{.*}}) : (tensor<2xf64>) -> (tensor<2xf64>, tensor<2xf64>)
// CHECK: ckpt.yield %{{.*}}, %{{.*}} : tensor<2xf64>, tensor<2xf64>
func.func @nested(%x: tensor<2xf64>) -> tensor<2xf64> {
  %r = ckpt.checkpoint (%x) {policy = #ckpt.policy<recompute_all>}
      : (tensor<2xf64>) -> tensor<2xf64> {
  ^bb0(%a: tensor<2xf64>):
    %p, %q = ckpt.checkpoint (%a) : (tensor<2xf64>) -> (tensor<2xf64>, tensor<2xf64>) {
    ^bb0(%b: tensor<2xf64>):
      %e = math.exp %b : tensor<2xf64>
      ckpt.yield %e, %b : tensor<2xf64>, tensor<2xf64>
    }
    %s = arith.addf %p, %q : tensor<2xf64>
    ckpt.yield %s : tensor<2xf64>
  }
  return %r : tensor<2xf64>
}

// CHECK-LABEL: func.func @no_operands
// CHECK: ckpt.checkpoint() : () -> tensor<f32>
func.func @no_operands() -> tensor<f32> {
  %r = ckpt.checkpoint () : () -> tensor<f32> {
    %c = arith.constant dense<1.0> : tensor<f32>
    ckpt.yield %c : tensor<f32>
  }
  return %r : tensor<f32>
}

func.func @loss(%x: tensor<4xf32>, %w: tensor<4xf32>, %n: i64) -> (tensor<f32>, tensor<4xf32>) {
  %e = tensor.empty() : tensor<f32>
  %c = arith.constant 0.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  return %f, %x : tensor<f32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @vag
// CHECK: %{{.*}}:4 = ckpt.value_and_grad @loss(%{{.*}}, %{{.*}}, %{{.*}}) wrt [0, 1] : (tensor<4xf32>, tensor<4xf32>, i64) -> (tensor<f32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
func.func @vag(%x: tensor<4xf32>, %w: tensor<4xf32>, %n: i64) -> tensor<4xf32> {
  %l, %aux, %dx, %dw = ckpt.value_and_grad @loss(%x, %w, %n) wrt [0, 1]
      : (tensor<4xf32>, tensor<4xf32>, i64) -> (tensor<f32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
  return %dw : tensor<4xf32>
}

func.func @scalar_loss(%x: f64) -> f64 {
  %y = arith.mulf %x, %x : f64
  return %y : f64
}

// CHECK-LABEL: func.func @vag_scalar
// CHECK: ckpt.value_and_grad @scalar_loss(%{{.*}}) wrt [0] : (f64) -> (f64, f64)
func.func @vag_scalar(%x: f64) -> f64 {
  %y, %dy = ckpt.value_and_grad @scalar_loss(%x) wrt [0] : (f64) -> (f64, f64)
  return %dy : f64
}

// CHECK-LABEL: func.func @random
// CHECK: %{{.*}} = ckpt.random_uniform %{{.*}}, %{{.*}} : tensor<4x8xf32>
// CHECK: %{{.*}} = ckpt.random_uniform %{{.*}}, %{{.*}} : tensor<f64>
func.func @random(%seed: i64, %offset: i64) -> (tensor<4x8xf32>, tensor<f64>) {
  %u = ckpt.random_uniform %seed, %offset : tensor<4x8xf32>
  %v = ckpt.random_uniform %seed, %offset : tensor<f64>
  return %u, %v : tensor<4x8xf32>, tensor<f64>
}
