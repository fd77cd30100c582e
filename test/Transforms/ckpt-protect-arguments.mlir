// RUN: ckpt-opt %s --ckpt-protect-arguments | FileCheck %s

// CHECK-LABEL: func.func @f
// CHECK-SAME: (%{{.*}}: tensor<4xf32> {bufferization.writable = false}, %{{.*}}: f32, %{{.*}}: tensor<2xf64> {bufferization.writable = true})
func.func @f(%x: tensor<4xf32>, %s: f32, %y: tensor<2xf64> {bufferization.writable = true}) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// External declarations have no buffers to protect.
// CHECK-LABEL: func.func private @ext
// CHECK-SAME: (tensor<4xf32>)
func.func private @ext(tensor<4xf32>)
