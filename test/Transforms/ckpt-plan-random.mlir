// RUN: ckpt-opt %s --ckpt-plan="strategy=given plan=[0,2) report=%t.json" | FileCheck %s
// RUN: %python -c "import json; r = json.load(open('%t.json'))['plans'][0]['regions'][0]; print(r['name'], r['ops'], r['recompute_flops'])" | FileCheck %s --check-prefix=COST

// The planner and ckpt.random_uniform. A seed that comes in as a 0-d tensor
// is read by a tensor.extract before any unit; a region that draws with it
// takes the tensor as an input and reads the seed again inside (regions
// carry tensors only), so recomputing the region redraws the same numbers.
// CHECK-LABEL: func.func @loss
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[SEED:.*]]: tensor<i64>)
// CHECK: ckpt.checkpoint(%[[SEED]], %[[X]]) {name = "auto_0"} : (tensor<i64>, tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: ^bb0(%[[S:.*]]: tensor<i64>, %[[A:.*]]: tensor<4x8xf32>):
// CHECK-NEXT: %[[V:.*]] = tensor.extract %[[S]][] : tensor<i64>
// CHECK-NEXT: %[[O:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[U:.*]] = ckpt.random_uniform %[[V]], %[[O]] : tensor<4x8xf32>
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[A]], %[[U]] : tensor<4x8xf32>
// CHECK-NEXT: ckpt.yield %[[M]] : tensor<4x8xf32>

// The cost model charges a draw 80 operations per element (its lowering's
// Philox rounds): 32 * 80 = 2560, plus the 32 multiplications and the
// constant: 2593 FLOPs to recompute the region.
// COST: auto_0 4 2593
func.func @loss(%x: tensor<4x8xf32>, %seed: tensor<i64>) -> tensor<f32> {
  %s = tensor.extract %seed[] : tensor<i64>
  %off = arith.constant 0 : i64
  %u = ckpt.random_uniform %s, %off : tensor<4x8xf32>
  %y = arith.mulf %x, %u : tensor<4x8xf32>
  %t = math.tanh %y : tensor<4x8xf32>
  %z = arith.mulf %t, %t : tensor<4x8xf32>
  %c = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%z : tensor<4x8xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) { %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32 }
  return %r : tensor<f32>
}
func.func @step(%x: tensor<4x8xf32>, %seed: tensor<i64>) -> (tensor<f32>, tensor<4x8xf32>) {
  %l, %g = ckpt.value_and_grad @loss(%x, %seed) wrt [0] : (tensor<4x8xf32>, tensor<i64>) -> (tensor<f32>, tensor<4x8xf32>)
  return %l, %g : tensor<f32>, tensor<4x8xf32>
}
