// RUN: ckpt-opt %s --ckpt-memory-report -o /dev/null | FileCheck %s

// Tensor IR is predicted through ckpt's bufferization pipeline on a clone.
// @mlp allocates one 4x8xf32 buffer (128 B) for tensor.empty (line 12),
// which fill, matmul and the elementwise tanh all write in place; it is
// returned, so it counts: peak 128 B.
// CHECK-LABEL: ckpt-memory-report: @mlp peak_bytes = 128 (exact)
// CHECK-NEXT:   128 B  linalg.fill  {{.*}}memory-report-tensor.mlir:12:8
// CHECK-NOT:    B  
func.func @mlp(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = math.tanh %m : tensor<4x8xf32>
  return %t : tensor<4x8xf32>
}
