// REQUIRES: numpy
// Ops that ckpt does not know, made differentiable and plannable by external
// models registered only in ckpt-test-opt (test/lib/Dialect/TestCkpt):
// test_ckpt.softplus (AdjointOpInterface, CostOpInterface and
// BufferizableOpInterface models) and test_ckpt.cube, a scalar op in
// linalg.generic bodies (ScalarAdjointOpInterface). Nothing in lib/ names
// them.
//
// Planned under the tightest activation budget: regions wrap the test ops.
// RUN: ckpt-test-opt %s --ckpt-plan="activation-budget=0.0 report=%t.json" -o %t.planned.mlir
// RUN: FileCheck %s --check-prefix=PLAN < %t.planned.mlir
//
// Differentiated, then lowered to linalg/arith by the test tool's own pass so
// that the ckpt package runs it: gradients against finite differences of
// @loss, and bit-identical with and without the plan's regions.
// RUN: ckpt-test-opt %t.planned.mlir --ckpt-autodiff --test-ckpt-lower -o %t.planned.grad.mlir
// RUN: %python %S/Inputs/gradcheck.py fd %t.planned.grad.mlir --loss=loss --step=step --wrt=1,2,3 --tol=1e-5 | FileCheck %s --check-prefix=FD
// RUN: ckpt-test-opt %s --ckpt-autodiff --test-ckpt-lower -o %t.plain.grad.mlir
// RUN: %python %S/Inputs/gradcheck.py fd %t.plain.grad.mlir --loss=loss --step=step --wrt=1,2,3 --tol=1e-5 | FileCheck %s --check-prefix=FD
// RUN: %python %S/Inputs/gradcheck.py same %t.plain.grad.mlir %t.planned.grad.mlir --step=step | FileCheck %s --check-prefix=SAME
//
// Memory: softplus bufferizes through its model, in the planner's exact
// prediction and in ckpt's CPU lowering alike, so the predicted peak is the
// measured one.
// RUN: ckpt-test-opt %t.planned.mlir --test-ckpt-lower=scalar-only --ckpt-lower-to-cpu | ckpt-run - --entry=step --json > %t.run.json
// RUN: %python %S/Inputs/peakcheck.py %t.json %t.run.json | FileCheck %s --check-prefix=PEAK

// PLAN-LABEL: func.func @loss
// PLAN:       ckpt.checkpoint
// PLAN:       test_ckpt.softplus
// PLAN:       ckpt.yield
// PLAN-LABEL: func.func @step

// FD: PASS: 3 gradients
// SAME: PASS: 4 outputs bit-identical
// PEAK: regions {{[1-9][0-9]*}} budget [[B:[0-9]+]] predicted [[P:[0-9]+]] measured [[P]]
// PEAK-NOT: FAIL

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>

func.func @loss(%x: tensor<64x16xf64>, %w1: tensor<16x16xf64>,
                %w2: tensor<16x16xf64>, %w3: tensor<16x16xf64>) -> tensor<f64> {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<64x16xf64>
  %f = linalg.fill ins(%zero : f64) outs(%e : tensor<64x16xf64>) -> tensor<64x16xf64>

  %a1 = linalg.matmul ins(%x, %w1 : tensor<64x16xf64>, tensor<16x16xf64>) outs(%f : tensor<64x16xf64>) -> tensor<64x16xf64>
  %s1 = test_ckpt.softplus %a1 : tensor<64x16xf64>
  %h1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s1 : tensor<64x16xf64>) outs(%e : tensor<64x16xf64>) {
  ^bb0(%v: f64, %o: f64):
    %q = arith.constant 0.25 : f64
    %third = arith.constant 0.333333333333 : f64
    %t = arith.mulf %v, %q : f64
    %c = test_ckpt.cube %t : f64
    %c3 = arith.mulf %c, %third : f64
    %u = arith.subf %t, %c3 : f64
    linalg.yield %u : f64
  } -> tensor<64x16xf64>

  %a2 = linalg.matmul ins(%h1, %w2 : tensor<64x16xf64>, tensor<16x16xf64>) outs(%f : tensor<64x16xf64>) -> tensor<64x16xf64>
  %s2 = test_ckpt.softplus %a2 : tensor<64x16xf64>
  %h2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s2 : tensor<64x16xf64>) outs(%e : tensor<64x16xf64>) {
  ^bb0(%v: f64, %o: f64):
    %q = arith.constant 0.25 : f64
    %third = arith.constant 0.333333333333 : f64
    %t = arith.mulf %v, %q : f64
    %c = test_ckpt.cube %t : f64
    %c3 = arith.mulf %c, %third : f64
    %u = arith.subf %t, %c3 : f64
    linalg.yield %u : f64
  } -> tensor<64x16xf64>

  %a3 = linalg.matmul ins(%h2, %w3 : tensor<64x16xf64>, tensor<16x16xf64>) outs(%f : tensor<64x16xf64>) -> tensor<64x16xf64>
  %s3 = test_ckpt.softplus %a3 : tensor<64x16xf64>

  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%zero : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %l = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%s3 : tensor<64x16xf64>) outs(%f0 : tensor<f64>) {
  ^bb0(%v: f64, %acc: f64):
    %r = arith.addf %v, %acc : f64
    linalg.yield %r : f64
  } -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<64x16xf64>, %w1: tensor<16x16xf64>,
                %w2: tensor<16x16xf64>, %w3: tensor<16x16xf64>)
    -> (tensor<f64>, tensor<16x16xf64>, tensor<16x16xf64>, tensor<16x16xf64>) {
  %l, %g1, %g2, %g3 = ckpt.value_and_grad @loss(%x, %w1, %w2, %w3) wrt [1, 2, 3]
      : (tensor<64x16xf64>, tensor<16x16xf64>, tensor<16x16xf64>, tensor<16x16xf64>)
      -> (tensor<f64>, tensor<16x16xf64>, tensor<16x16xf64>, tensor<16x16xf64>)
  return %l, %g1, %g2, %g3 : tensor<f64>, tensor<16x16xf64>, tensor<16x16xf64>, tensor<16x16xf64>
}
