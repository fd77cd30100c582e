// RUN: ckpt-opt %s --ckpt-plan="memory-budget=6000 microbatch=auto batch-args=0 report=%t.json" | FileCheck %s --check-prefix=SPLIT
// RUN: FileCheck %s --check-prefix=SPLITJSON < %t.json
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=8400 microbatch=auto batch-args=0 reduction=sum report=%t.whole.json" | FileCheck %s --check-prefix=WHOLE
// RUN: FileCheck %s --check-prefix=WHOLEJSON < %t.whole.json
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=2 batch-args=0 reduction=sum report=-" -o /dev/null | FileCheck %s --check-prefix=FIXED
// RUN: ckpt-opt %s --ckpt-plan="activation-budget=0 microbatch=auto batch-args=0 report=%t.act.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=ACTJSON < %t.act.json
// Without microbatch= the report says the batch runs whole.
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=8400 report=%t.plain.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=PLAINJSON < %t.plain.json

// Two tanh layers over a batch of 32 rows, the loss the sum of squares:
// 9280 B unplanned, 7232 B at least with regions alone (the budget of
// activation-budget=0). 6000 B needs micro-batches: the fastest count that
// fits is 4 (8 rows each, 5760 B without regions); with 8400 B regions
// alone fit and are faster than any split.
func.func private @loss(%x: tensor<32x16xf32>, %w0: tensor<16x16xf32>, %w1: tensor<16x16xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<32x16xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x16xf32>, tensor<16x16xf32>) outs(%f0 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %h0 = math.tanh %m0 : tensor<32x16xf32>
  %e1 = tensor.empty() : tensor<32x16xf32>
  %f1 = linalg.fill ins(%z : f32) outs(%e1 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m1 = linalg.matmul ins(%h0, %w1 : tensor<32x16xf32>, tensor<16x16xf32>) outs(%f1 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %h1 = math.tanh %m1 : tensor<32x16xf32>
  %sq = arith.mulf %h1, %h1 : tensor<32x16xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.reduce ins(%sq : tensor<32x16xf32>) outs(%lf : tensor<f32>) dimensions = [0, 1]
    (%a: f32, %b: f32) {
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
    }
  return %l : tensor<f32>
}
func.func @step(%x: tensor<32x16xf32>, %w0: tensor<16x16xf32>, %w1: tensor<16x16xf32>) -> (tensor<f32>, tensor<16x16xf32>, tensor<16x16xf32>) {
  %l, %g0, %g1 = ckpt.value_and_grad @loss(%x, %w0, %w1) wrt [1, 2] : (tensor<32x16xf32>, tensor<16x16xf32>, tensor<16x16xf32>) -> (tensor<f32>, tensor<16x16xf32>, tensor<16x16xf32>)
  return %l, %g0, %g1 : tensor<f32>, tensor<16x16xf32>, tensor<16x16xf32>
}

// SPLIT-LABEL: func.func private @loss_mb4(
// SPLIT-SAME:    tensor<8x16xf32>
// SPLIT-NOT:     ckpt.checkpoint
// SPLIT:         linalg.matmul ins({{.*}} : tensor<8x16xf32>, tensor<16x16xf32>)
// SPLIT-LABEL: func.func @step(
// SPLIT:         %[[K:.*]] = arith.constant 4 : index
// SPLIT:         scf.for %{{.*}} = %{{.*}} to %[[K]] step
// SPLIT:           tensor.extract_slice %arg0[{{.*}}] [8, 16] [1, 1]
// SPLIT:           ckpt.value_and_grad @loss_mb4(
// SPLIT:           scf.yield
// reduction=mean: the sums are divided by the count after the loop.
// SPLIT:         arith.divf

// SPLITJSON:      "callee": "loss_mb4",
// SPLITJSON:      "budget_bytes": 6000,
// SPLITJSON-NEXT: "baseline_peak_bytes": 9280,
// SPLITJSON-NEXT: "predicted_peak_bytes": 5760,
// SPLITJSON:      "microbatch": 4,
// SPLITJSON-NEXT: "microbatch_candidates": [
// SPLITJSON:        "count": 1,
// SPLITJSON-NEXT:   "unplanned_peak_bytes": 9280,
// SPLITJSON:        "searched": true,
// SPLITJSON-NEXT:   "fits": false,
// SPLITJSON-NEXT:   "chosen": false,
// SPLITJSON-NEXT:   "min_peak_bytes": 7232,
// SPLITJSON-NEXT:   "note": "ckpt-plan: memory budget of 6000 bytes is infeasible for @loss:
// SPLITJSON:        "count": 2,
// SPLITJSON:        "fits": false,
// SPLITJSON:        "count": 4,
// SPLITJSON-NEXT:   "unplanned_peak_bytes": 5760,
// SPLITJSON:        "fits": true,
// SPLITJSON-NEXT:   "chosen": true,
// SPLITJSON:        "count": 8,
// SPLITJSON:        "note": "not searched: slower without regions than the best plan"
// SPLITJSON:        "count": 32,
// SPLITJSON:      "regions": []

// WHOLE-LABEL: func.func private @loss(
// WHOLE:         ckpt.checkpoint
// WHOLE-LABEL: func.func @step(
// WHOLE-NOT:     scf.for
// WHOLE:         ckpt.value_and_grad @loss(
// WHOLE-NOT:     _mb

// WHOLEJSON:      "callee": "loss",
// WHOLEJSON:      "predicted_peak_bytes": 7232,
// WHOLEJSON:      "microbatch": 1,
// WHOLEJSON:        "count": 1,
// WHOLEJSON:        "chosen": true,
// WHOLEJSON:        "count": 2,
// WHOLEJSON-NEXT:   "unplanned_peak_bytes": 8320,
// WHOLEJSON:        "searched": false,
// WHOLEJSON-NEXT:   "fits": false,

// FIXED:      ckpt-plan: @loss_mb2 (in @step) strategy=optimal
// FIXED-NEXT:   budget 1000000 B, baseline peak 9280 B, predicted peak 8320 B (exact)
// FIXED:        2 micro-batches (1 count weighed, listed in the JSON report)

// ACTJSON:      "callee": "loss",
// ACTJSON:      "budget_bytes": 7232,
// ACTJSON:      "microbatch": 1,

// PLAINJSON:      "microbatch": 1,
// PLAINJSON-NOT:  "microbatch_candidates"
