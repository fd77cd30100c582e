// RUN: ckpt-opt %s --ckpt-remat="memory-budget=400KB report=-" | FileCheck %s
// RUN: ckpt-opt %s --ckpt-remat="memory-budget=1MB report=%t.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=AMPLE < %t.json

// A joint forward+backward graph written by hand, as another frontend
// would hand it over: six layers tanh(x W), and the backward of each
// reading that layer's activation. Unplanned its peak is 8 buffers of
// 64 KiB (524288 bytes: six activations, a gradient and an output); at a
// 400 KB budget two activations are kept (layers 1 and 3) and layers 2 and
// 4 recomputed from them right before the backward reads them.

// CHECK: ckpt-remat: @joint budget 400000 B, baseline 524288 B, predicted 393216 B, 4 ops recomputed (8421376 FLOPs)
// CHECK-LABEL: func.func @joint
// CHECK: %[[A1:.+]] = math.tanh
// CHECK: %[[M2:.+]] = linalg.matmul ins(%[[A1]],
// CHECK: %[[A2:.+]] = math.tanh %[[M2]]
// CHECK: %[[M3:.+]] = linalg.matmul ins(%[[A2]],
// CHECK: %[[A3:.+]] = math.tanh %[[M3]]
// The last backward layers: layer 4 again from layer 3, ...
// CHECK: %[[R4:.+]] = linalg.matmul {ckpt.recomputed} ins(%[[A3]],
// CHECK: %[[T4:.+]] = math.tanh %[[R4]] {ckpt.recomputed}
// CHECK: arith.mulf %{{.+}}, %[[T4]]
// CHECK: arith.mulf %{{.+}}, %[[A3]]
// ... layer 2 again from layer 1.
// CHECK: %[[R2:.+]] = linalg.matmul {ckpt.recomputed} ins(%[[A1]],
// CHECK: %[[T2:.+]] = math.tanh %[[R2]] {ckpt.recomputed}
// CHECK: arith.mulf %{{.+}}, %[[T2]]
// CHECK: arith.mulf %{{.+}}, %[[A1]]
// CHECK: return

// A function within the budget is left alone.
// CHECK-LABEL: func.func @small
// CHECK-NOT: ckpt.recomputed
// CHECK: return

// AMPLE: "function": "joint"
// AMPLE: "recomputed_ops": 0

// The 6-layer joint graph.
func.func @joint(%x: tensor<128x128xf32>, %w: tensor<128x128xf32>, %g: tensor<128x128xf32>) -> (tensor<128x128xf32>, tensor<128x128xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x128xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<128x128xf32>) -> tensor<128x128xf32>
  %m1 = linalg.matmul ins(%x, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a1 = math.tanh %m1 : tensor<128x128xf32>
  %m2 = linalg.matmul ins(%a1, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a2 = math.tanh %m2 : tensor<128x128xf32>
  %m3 = linalg.matmul ins(%a2, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a3 = math.tanh %m3 : tensor<128x128xf32>
  %m4 = linalg.matmul ins(%a3, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a4 = math.tanh %m4 : tensor<128x128xf32>
  %m5 = linalg.matmul ins(%a4, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a5 = math.tanh %m5 : tensor<128x128xf32>
  %m6 = linalg.matmul ins(%a5, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a6 = math.tanh %m6 : tensor<128x128xf32>
  %p6 = arith.mulf %g, %a6 : tensor<128x128xf32>
  %g6 = linalg.matmul ins(%p6, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p5 = arith.mulf %g6, %a5 : tensor<128x128xf32>
  %g5 = linalg.matmul ins(%p5, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p4 = arith.mulf %g5, %a4 : tensor<128x128xf32>
  %g4 = linalg.matmul ins(%p4, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p3 = arith.mulf %g4, %a3 : tensor<128x128xf32>
  %g3 = linalg.matmul ins(%p3, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p2 = arith.mulf %g3, %a2 : tensor<128x128xf32>
  %g2 = linalg.matmul ins(%p2, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p1 = arith.mulf %g2, %a1 : tensor<128x128xf32>
  %g1 = linalg.matmul ins(%p1, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  return %a6, %g1 : tensor<128x128xf32>, tensor<128x128xf32>
}

func.func @small(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = math.tanh %x : tensor<4xf32>
  %b = math.exp %a : tensor<4xf32>
  return %b : tensor<4xf32>
}
