// RUN: ckpt-opt %s --ckpt-remat="memory-budget=400KB report=-" | FileCheck %s
// RUN: ckpt-opt %s --ckpt-remat="memory-budget=1MB report=%t.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=AMPLE < %t.json
// RUN: ckpt-opt %s --ckpt-remat="memory-budget=262144B" --cse | FileCheck %s --check-prefix=TWICE

// A joint forward+backward graph written by hand, as another frontend
// would hand it over: six layers tanh(x W), and the backward of each
// reading that layer's activation. Unplanned its peak is 8 buffers of
// 64 KiB (524288 bytes: six activations, a gradient and an output); at a
// 400 KB budget layers 2 and 4 are not kept but recomputed right before
// the backward reads them, layer 4 from layer 3 and layer 2 from layer 1
// (as cheap as any other choice of two). Every matmul writes into a
// zero-filled tensor of its own.

// CHECK: ckpt-remat: @joint budget 400000 B, baseline 524288 B, predicted 393216 B, 4 ops recomputed (8421376 FLOPs)
// CHECK-LABEL: func.func @joint
// CHECK: %[[Z1:.+]] = linalg.fill
// CHECK: linalg.matmul ins(%arg0, %arg1 : {{.*}}) outs(%[[Z1]] :
// CHECK: %[[A1:.+]] = math.tanh
// CHECK: %[[Z2:.+]] = linalg.fill
// CHECK: %[[M2:.+]] = linalg.matmul ins(%[[A1]], {{.*}} outs(%[[Z2]] :
// CHECK: %[[A2:.+]] = math.tanh %[[M2]]
// CHECK: %[[M3:.+]] = linalg.matmul ins(%[[A2]],
// CHECK: %[[A3:.+]] = math.tanh %[[M3]]
// CHECK: %[[M4:.+]] = linalg.matmul ins(%[[A3]],
// CHECK: %[[A4:.+]] = math.tanh %[[M4]]
// The backward of layer 4 reads layer 4 again, from layer 3, ...
// CHECK: %[[R4:.+]] = linalg.matmul {ckpt.recomputed = {{[0-9]+}} : i64} ins(%[[A3]],
// CHECK: %[[T4:.+]] = math.tanh %[[R4]] {ckpt.recomputed = {{[0-9]+}} : i64}
// CHECK: arith.mulf %{{.+}}, %[[T4]]
// CHECK: arith.mulf %{{.+}}, %[[A3]]
// ... and that of layer 2 layer 2 again, from layer 1; each copy has its
// own number, so that CSE cannot merge copies of one op.
// CHECK: %[[R2:.+]] = linalg.matmul {ckpt.recomputed = {{[0-9]+}} : i64} ins(%[[A1]], %arg1
// CHECK: %[[T2:.+]] = math.tanh %[[R2]] {ckpt.recomputed = {{[0-9]+}} : i64}
// CHECK: arith.mulf %{{.+}}, %[[T2]]
// CHECK: arith.mulf %{{.+}}, %[[A1]]
// CHECK: return

// A function within the budget is left alone.
// CHECK-LABEL: func.func @small
// CHECK-NOT: ckpt.recomputed
// CHECK: return

// At 256 KiB layer 1 is recomputed twice from the input. Had the two
// copies the same mark, CSE (which the lowering runs) would merge the
// second into the first and keep its result alive in between.
// TWICE-LABEL: func.func @joint
// TWICE-COUNT-2: linalg.matmul {ckpt.recomputed = {{[0-9]+}} : i64} ins(%arg0, %arg1
// TWICE-NOT: linalg.matmul {ckpt.recomputed = {{[0-9]+}} : i64} ins(%arg0, %arg1
// TWICE: return

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
