// REQUIRES: numpy
// The mirror of plan-graph-adjoint-order.mlir: a graph plan may not gather
// a region by moving an op before a member that reads the same tensor
// (through views); from scripts/fuzz.py --seed 5 case 46 on a later build.
// The graph solver's region {expand, broadcast, tanh, the loss terms}
// would move the matmul and r1, which read r0's result too, before the
// expand and the broadcast of it: r0's adjoint then got the broadcast's
// and the reshape's contributions first, 3 ulp off bit-identity in f64.
// At 2419 bytes that plan was taken; now the least peak is 2784 bytes.
// RUN: not ckpt-opt %s --ckpt-plan="strategy=optimal memory-budget=2419" 2>&1 | FileCheck %s --check-prefix=TIGHT
// TIGHT: error: ckpt-plan: memory budget of 2419 bytes is infeasible for @loss: the least peak of the plans weighed is 2784 bytes
// RUN: ckpt-opt %s --ckpt-plan="strategy=optimal memory-budget=2784" -o %t.planned.mlir
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.plain.mlir
// RUN: %python %S/Inputs/gradcheck.py same %t.planned.mlir %t.plain.mlir --step=step | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3 --tol=1e-6 | FileCheck %s --check-prefix=FD
// CHECK: PASS: 5 outputs bit-identical
// FD: PASS: 4 gradients
func.func @loss(%a1: tensor<4x7xf64>, %a2: tensor<4x7xf64>, %a3: tensor<7x4xf64>, %a4: tensor<4x7xf64>) -> tensor<f64> {
  %c0 = ckpt.checkpoint (%a4, %a1) {name = "r0"} : (tensor<4x7xf64>, tensor<4x7xf64>) -> tensor<4x7xf64> {
  ^bb0(%c0_0: tensor<4x7xf64>, %c0_1: tensor<4x7xf64>):
    %v1 = arith.addf %c0_0, %c0_1 : tensor<4x7xf64>
    %v2 = arith.mulf %v1, %v1 : tensor<4x7xf64>
    %v4 = math.sin %v2 : tensor<4x7xf64>
    ckpt.yield %v4 : tensor<4x7xf64>
  }
  %v5 = tensor.expand_shape %c0 [[0, 1], [2]] output_shape [2, 2, 7] : tensor<4x7xf64> into tensor<2x2x7xf64>
  %z_v6 = arith.constant 0.0 : f64
  %e_v6 = tensor.empty() : tensor<4x4xf64>
  %f_v6 = linalg.fill ins(%z_v6 : f64) outs(%e_v6 : tensor<4x4xf64>) -> tensor<4x4xf64>
  %v6 = linalg.matmul ins(%c0, %a3 : tensor<4x7xf64>, tensor<7x4xf64>) outs(%f_v6 : tensor<4x4xf64>) -> tensor<4x4xf64>
  %e_v7 = tensor.empty() : tensor<6x4x7xf64>
  %v7 = linalg.broadcast ins(%c0 : tensor<4x7xf64>) outs(%e_v7 : tensor<6x4x7xf64>) dimensions = [0]
  %v8 = math.tanh %v7 : tensor<6x4x7xf64>
  %c1 = ckpt.checkpoint (%c0, %a2) {name = "r1"} : (tensor<4x7xf64>, tensor<4x7xf64>) -> tensor<4x7xf64> {
  ^bb0(%c1_0: tensor<4x7xf64>, %c1_1: tensor<4x7xf64>):
    %v9 = arith.addf %c1_0, %c1_1 : tensor<4x7xf64>
    ckpt.yield %v9 : tensor<4x7xf64>
  }
  %sq0 = arith.mulf %v5, %v5 : tensor<2x2x7xf64>
  %lz0 = arith.constant 0.0 : f64
  %le0 = tensor.empty() : tensor<f64>
  %lf0 = linalg.fill ins(%lz0 : f64) outs(%le0 : tensor<f64>) -> tensor<f64>
  %ls0 = linalg.reduce ins(%sq0 : tensor<2x2x7xf64>) outs(%lf0 : tensor<f64>) dimensions = [0, 1, 2]
    (%li0: f64, %la0: f64) {
      %s0 = arith.addf %li0, %la0 : f64
      linalg.yield %s0 : f64
    }
  %sq1 = arith.mulf %v6, %v6 : tensor<4x4xf64>
  %lz1 = arith.constant 0.0 : f64
  %le1 = tensor.empty() : tensor<f64>
  %lf1 = linalg.fill ins(%lz1 : f64) outs(%le1 : tensor<f64>) -> tensor<f64>
  %ls1 = linalg.reduce ins(%sq1 : tensor<4x4xf64>) outs(%lf1 : tensor<f64>) dimensions = [0, 1]
    (%li1: f64, %la1: f64) {
      %s1 = arith.addf %li1, %la1 : f64
      linalg.yield %s1 : f64
    }
  %lt1 = arith.addf %ls0, %ls1 : tensor<f64>
  %sq2 = arith.mulf %v8, %v8 : tensor<6x4x7xf64>
  %lz2 = arith.constant 0.0 : f64
  %le2 = tensor.empty() : tensor<f64>
  %lf2 = linalg.fill ins(%lz2 : f64) outs(%le2 : tensor<f64>) -> tensor<f64>
  %ls2 = linalg.reduce ins(%sq2 : tensor<6x4x7xf64>) outs(%lf2 : tensor<f64>) dimensions = [0, 1, 2]
    (%li2: f64, %la2: f64) {
      %s2 = arith.addf %li2, %la2 : f64
      linalg.yield %s2 : f64
    }
  %lt2 = arith.addf %lt1, %ls2 : tensor<f64>
  %sq3 = arith.mulf %c1, %c1 : tensor<4x7xf64>
  %lz3 = arith.constant 0.0 : f64
  %le3 = tensor.empty() : tensor<f64>
  %lf3 = linalg.fill ins(%lz3 : f64) outs(%le3 : tensor<f64>) -> tensor<f64>
  %ls3 = linalg.reduce ins(%sq3 : tensor<4x7xf64>) outs(%lf3 : tensor<f64>) dimensions = [0, 1]
    (%li3: f64, %la3: f64) {
      %s3 = arith.addf %li3, %la3 : f64
      linalg.yield %s3 : f64
    }
  %lt3 = arith.addf %lt2, %ls3 : tensor<f64>
  return %lt3 : tensor<f64>
}
func.func @step(%a1: tensor<4x7xf64>, %a2: tensor<4x7xf64>, %a3: tensor<7x4xf64>, %a4: tensor<4x7xf64>) -> (tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<7x4xf64>, tensor<4x7xf64>) {
  %g0, %g1, %g2, %g3, %g4 = ckpt.value_and_grad @loss(%a1, %a2, %a3, %a4) wrt [0, 1, 2, 3] : (tensor<4x7xf64>, tensor<4x7xf64>, tensor<7x4xf64>, tensor<4x7xf64>) -> (tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<7x4xf64>, tensor<4x7xf64>)
  return %g0, %g1, %g2, %g3, %g4 : tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<7x4xf64>, tensor<4x7xf64>
}
