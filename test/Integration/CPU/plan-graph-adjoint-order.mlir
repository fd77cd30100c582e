// REQUIRES: numpy
// A graph plan may not gather a region by moving an op after a member that
// reads the same tensor (through views): from scripts/fuzz.py --seed 5
// case 46. The graph solver's region {sin, broadcast, r0, the first
// multiply} would move the tanh of the broadcast after r0; both read sin's
// result (the tanh through the broadcast), so the tanh's contribution to
// its adjoint (a sum over the 6 broadcast rows) was summed first and r0's
// added to it, instead of the rows added into r0's contribution: 3 ulp off
// bit-identity in f64. At 2300 bytes that plan (peak 1920 bytes) was
// taken; now no region that reorders adjoints is weighed, and the least
// peak is that of the chain plans.
// RUN: not ckpt-opt %s --ckpt-plan="strategy=optimal memory-budget=2300" 2>&1 | FileCheck %s --check-prefix=TIGHT
// TIGHT: error: ckpt-plan: memory budget of 2300 bytes is infeasible for @loss: the least peak of the plans weighed is 2400 bytes
// RUN: ckpt-opt %s --ckpt-plan="strategy=optimal memory-budget=2400" -o %t.planned.mlir
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.plain.mlir
// RUN: %python %S/Inputs/gradcheck.py same %t.planned.mlir %t.plain.mlir --step=step | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2 --tol=1e-6 | FileCheck %s --check-prefix=FD
// CHECK: PASS: 4 outputs bit-identical
// FD: PASS: 3 gradients
func.func @loss(%a0: tensor<4x7xf64>, %a2: tensor<4x7xf64>, %a3: tensor<4x7xf64>) -> tensor<f64> {
  %v0 = arith.mulf %a0, %a0 : tensor<4x7xf64>
  %v4 = math.sin %a3 : tensor<4x7xf64>
  %e_v7 = tensor.empty() : tensor<6x4x7xf64>
  %v7 = linalg.broadcast ins(%v4 : tensor<4x7xf64>) outs(%e_v7 : tensor<6x4x7xf64>) dimensions = [0]
  %v8 = math.tanh %v7 : tensor<6x4x7xf64>
  %c0 = ckpt.checkpoint (%v4, %a2) {name = "r0"} : (tensor<4x7xf64>, tensor<4x7xf64>) -> tensor<4x7xf64> {
  ^bb0(%c0_0: tensor<4x7xf64>, %c0_1: tensor<4x7xf64>):
    %v9 = arith.addf %c0_0, %c0_1 : tensor<4x7xf64>
    ckpt.yield %v9 : tensor<4x7xf64>
  }
  %sq0 = arith.mulf %v0, %v0 : tensor<4x7xf64>
  %lz0 = arith.constant 0.0 : f64
  %le0 = tensor.empty() : tensor<f64>
  %lf0 = linalg.fill ins(%lz0 : f64) outs(%le0 : tensor<f64>) -> tensor<f64>
  %ls0 = linalg.reduce ins(%sq0 : tensor<4x7xf64>) outs(%lf0 : tensor<f64>) dimensions = [0, 1]
    (%li0: f64, %la0: f64) {
      %s0 = arith.addf %li0, %la0 : f64
      linalg.yield %s0 : f64
    }
  %sq1 = arith.mulf %v8, %v8 : tensor<6x4x7xf64>
  %lz1 = arith.constant 0.0 : f64
  %le1 = tensor.empty() : tensor<f64>
  %lf1 = linalg.fill ins(%lz1 : f64) outs(%le1 : tensor<f64>) -> tensor<f64>
  %ls1 = linalg.reduce ins(%sq1 : tensor<6x4x7xf64>) outs(%lf1 : tensor<f64>) dimensions = [0, 1, 2]
    (%li1: f64, %la1: f64) {
      %s1 = arith.addf %li1, %la1 : f64
      linalg.yield %s1 : f64
    }
  %lt1 = arith.addf %ls0, %ls1 : tensor<f64>
  %sq2 = arith.mulf %c0, %c0 : tensor<4x7xf64>
  %lz2 = arith.constant 0.0 : f64
  %le2 = tensor.empty() : tensor<f64>
  %lf2 = linalg.fill ins(%lz2 : f64) outs(%le2 : tensor<f64>) -> tensor<f64>
  %ls2 = linalg.reduce ins(%sq2 : tensor<4x7xf64>) outs(%lf2 : tensor<f64>) dimensions = [0, 1]
    (%li2: f64, %la2: f64) {
      %s2 = arith.addf %li2, %la2 : f64
      linalg.yield %s2 : f64
    }
  %lt2 = arith.addf %lt1, %ls2 : tensor<f64>
  return %lt2 : tensor<f64>
}
func.func @step(%a0: tensor<4x7xf64>, %a2: tensor<4x7xf64>, %a3: tensor<4x7xf64>) -> (tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<4x7xf64>) {
  %g0, %g1, %g2, %g3 = ckpt.value_and_grad @loss(%a0, %a2, %a3) wrt [0, 1, 2] : (tensor<4x7xf64>, tensor<4x7xf64>, tensor<4x7xf64>) -> (tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<4x7xf64>)
  return %g0, %g1, %g2, %g3 : tensor<f64>, tensor<4x7xf64>, tensor<4x7xf64>, tensor<4x7xf64>
}
