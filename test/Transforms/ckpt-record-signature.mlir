// RUN: ckpt-opt %s --ckpt-record-signature | FileCheck %s

// Public definitions get their tensor-level type; a record already there is
// kept; private functions and declarations get none.
// CHECK-LABEL: func.func @step
// CHECK-SAME:    attributes {ckpt.signature = (tensor<2x3xf32>, tensor<f64>) -> tensor<2x3xf32>}
func.func @step(%x: tensor<2x3xf32>, %s: tensor<f64>) -> tensor<2x3xf32> {
  return %x : tensor<2x3xf32>
}
// CHECK-LABEL: func.func @kept
// CHECK-SAME:    attributes {ckpt.signature = (tensor<4xf32>) -> ()}
func.func @kept(%x: tensor<8xf32>) attributes {ckpt.signature = (tensor<4xf32>) -> ()} {
  return
}
// CHECK-LABEL: func.func private @helper
// CHECK-NOT:   ckpt.signature
func.func private @helper(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
// CHECK-LABEL: func.func private @external
// CHECK-NOT:   ckpt.signature
func.func private @external(tensor<2xf32>)
