// RUN: ckpt-opt %s --ckpt-lower-random --split-input-file | FileCheck %s

// One generic over an empty tensor; the linear index plus offset is the
// counter, the seed the key; ten rounds of two 32x32->64 products; f32 keeps
// the top 24 bits of the first word.
// CHECK-LABEL: func.func @f32_2d
// CHECK-SAME: (%[[SEED:.*]]: i64, %[[OFF:.*]]: i64)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<3x5xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: outs(%[[EMPTY]] : tensor<3x5xf32>)
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[C5:.*]] = arith.constant 5 : index
// CHECK: %[[IJ:.*]] = arith.muli %[[I]], %[[C5]] : index
// CHECK: %[[LIN:.*]] = arith.addi %[[IJ]], %[[J]] : index
// CHECK: %[[LIN64:.*]] = arith.index_castui %[[LIN]] : index to i64
// CHECK: %[[CTR:.*]] = arith.addi %[[OFF]], %[[LIN64]] : i64
// CHECK: arith.trunci %[[SEED]] : i64 to i32
// CHECK: arith.shrui %[[SEED]]
// CHECK: arith.trunci %[[CTR]] : i64 to i32
// CHECK: arith.shrui %[[CTR]]
// CHECK: arith.constant -766435501 : i32
// CHECK: arith.constant -845247145 : i32
// CHECK: arith.constant -1640531527 : i32
// CHECK: arith.constant -1150833019 : i32
// CHECK-COUNT-20: arith.mului_extended
// CHECK-NOT: arith.mului_extended
// CHECK: %[[X0:.*]] = arith.xori
// CHECK-NEXT: %[[X0K:.*]] = arith.xori %[[X0]]
// CHECK: %[[BITS:.*]] = arith.shrui %[[X0K]], %{{.*}} : i32
// CHECK: %[[F:.*]] = arith.uitofp %[[BITS]] : i32 to f32
// CHECK: %[[S:.*]] = arith.constant 5.96046448E-8 : f32
// CHECK: %[[V:.*]] = arith.mulf %[[F]], %[[S]] : f32
// CHECK: linalg.yield %[[V]] : f32
// CHECK: return %[[R]] : tensor<3x5xf32>
func.func @f32_2d(%seed: i64, %offset: i64) -> tensor<3x5xf32> {
  %u = ckpt.random_uniform %seed, %offset : tensor<3x5xf32>
  return %u : tensor<3x5xf32>
}

// -----

// f64 takes the top 53 bits of the first two words, x0:x1.
// CHECK-LABEL: func.func @f64_1d
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel"]
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: arith.index_castui %[[I]] : index to i64
// CHECK-COUNT-20: arith.mului_extended
// CHECK: %[[HI:.*]] = arith.extui %{{.*}} : i32 to i64
// CHECK: %[[LO:.*]] = arith.extui %{{.*}} : i32 to i64
// CHECK: %[[SH:.*]] = arith.shli %[[HI]], %{{.*}} : i64
// CHECK: %[[W:.*]] = arith.ori %[[SH]], %[[LO]] : i64
// CHECK: %[[B:.*]] = arith.shrui %[[W]], %{{.*}} : i64
// CHECK: %[[F:.*]] = arith.uitofp %[[B]] : i64 to f64
// CHECK: %[[S:.*]] = arith.constant 1.1102230246251565E-16 : f64
// CHECK: %[[V:.*]] = arith.mulf %[[F]], %[[S]] : f64
// CHECK: linalg.yield %[[V]] : f64
func.func @f64_1d(%seed: i64, %offset: i64) -> tensor<7xf64> {
  %u = ckpt.random_uniform %seed, %offset : tensor<7xf64>
  return %u : tensor<7xf64>
}

// -----

// A 0-d draw is element 0: the counter is the offset itself.
// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[SEED:.*]]: i64, %[[OFF:.*]]: i64)
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = []
// CHECK: %[[Z:.*]] = arith.constant 0 : index
// CHECK: %[[Z64:.*]] = arith.index_castui %[[Z]] : index to i64
// CHECK: arith.addi %[[OFF]], %[[Z64]] : i64
// CHECK: arith.constant 5.96046448E-8 : f32
// CHECK-NOT: ckpt.random_uniform
func.func @scalar(%seed: i64, %offset: i64) -> tensor<f32> {
  %u = ckpt.random_uniform %seed, %offset : tensor<f32>
  return %u : tensor<f32>
}
