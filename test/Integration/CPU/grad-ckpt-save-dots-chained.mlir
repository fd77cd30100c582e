// REQUIRES: numpy
// A save_dots region whose second contraction reads the first's result
// (through a slice): inside the region's function both are stand-ins
// (function arguments holding the saved results), and the second's became
// varied only after the first's, one propagation later. It was left
// unvaried, its adjoint seed dropped, and every gradient through the region
// came out zero (found by scripts/fuzz.py). Now stand-ins are marked until
// nothing changes.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// CHECK: PASS

func.func @loss(%a0: tensor<4x2xf64>, %a1: tensor<2x1xf64>) -> tensor<f64> {
  %c0 = ckpt.checkpoint (%a0, %a1) {name = "r0", policy = #ckpt.policy<save_dots>} : (tensor<4x2xf64>, tensor<2x1xf64>) -> tensor<1x1xf64> {
  ^bb0(%c0_0: tensor<4x2xf64>, %c0_1: tensor<2x1xf64>):
    %z_v0 = arith.constant 0.0 : f64
    %e_v0 = tensor.empty() : tensor<4x1xf64>
    %f_v0 = linalg.fill ins(%z_v0 : f64) outs(%e_v0 : tensor<4x1xf64>) -> tensor<4x1xf64>
    %v0 = linalg.matmul ins(%c0_0, %c0_1 : tensor<4x2xf64>, tensor<2x1xf64>) outs(%f_v0 : tensor<4x1xf64>) -> tensor<4x1xf64>
    %v2 = tensor.extract_slice %v0[0, 0] [1, 1] [2, 1] : tensor<4x1xf64> to tensor<1x1xf64>
    %v4 = arith.negf %v2 : tensor<1x1xf64>
    %z_v5 = arith.constant 0.0 : f64
    %e_v5 = tensor.empty() : tensor<1x1xf64>
    %f_v5 = linalg.fill ins(%z_v5 : f64) outs(%e_v5 : tensor<1x1xf64>) -> tensor<1x1xf64>
    %v5 = linalg.matmul ins(%v2, %v4 : tensor<1x1xf64>, tensor<1x1xf64>) outs(%f_v5 : tensor<1x1xf64>) -> tensor<1x1xf64>
    ckpt.yield %v5 : tensor<1x1xf64>
  }
  %sq0 = arith.mulf %c0, %c0 : tensor<1x1xf64>
  %lz0 = arith.constant 0.0 : f64
  %le0 = tensor.empty() : tensor<f64>
  %lf0 = linalg.fill ins(%lz0 : f64) outs(%le0 : tensor<f64>) -> tensor<f64>
  %ls0 = linalg.reduce ins(%sq0 : tensor<1x1xf64>) outs(%lf0 : tensor<f64>) dimensions = [0, 1]
    (%li0: f64, %la0: f64) {
      %s0 = arith.addf %li0, %la0 : f64
      linalg.yield %s0 : f64
    }
  return %ls0 : tensor<f64>
}
func.func @step(%a0: tensor<4x2xf64>, %a1: tensor<2x1xf64>) -> (tensor<f64>, tensor<4x2xf64>, tensor<2x1xf64>) {
  %g0, %g1, %g2 = ckpt.value_and_grad @loss(%a0, %a1) wrt [0, 1] : (tensor<4x2xf64>, tensor<2x1xf64>) -> (tensor<f64>, tensor<4x2xf64>, tensor<2x1xf64>)
  return %g0, %g1, %g2 : tensor<f64>, tensor<4x2xf64>, tensor<2x1xf64>
}
