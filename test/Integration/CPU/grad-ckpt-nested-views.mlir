// REQUIRES: numpy
// Views crossing nested checkpoint boundaries, from scripts/fuzz.py --seed 5
// case 32. ckpt-normalize moves a view across a region's boundary to the
// readers that fold it, so each reader adds its own contribution to the
// adjoint of the view's source as it does without regions; it did not look
// through a second boundary. Once ckpt-plan wrapped a hand-placed region
// (r0, yielding a broadcast read by a multiply after it) in a region of
// its own (here written by hand: outer), the broadcast stayed in r0 and
// its adjoint was summed before the matmul's instead of after: 1 ulp off
// bit-identity in f64
// (test/Transforms/ckpt-normalize-checkpoints.mlir, @hoist_view_nested).
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.plain.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.plain.mlir --step=step | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0 --tol=1e-6 | FileCheck %s
// CHECK: PASS
// CHECK-NOT: FAIL

func.func @loss(%a0: tensor<4xf64>, %a1: tensor<4x3xf64>) -> tensor<f64> {
  %o:3 = ckpt.checkpoint (%a0, %a1) {name = "outer"} : (tensor<4xf64>, tensor<4x3xf64>) -> (tensor<5x4xf64>, tensor<1x3xf64>, tensor<f64>) {
  ^bb0(%x: tensor<4xf64>, %w: tensor<4x3xf64>):
    %v0 = tensor.expand_shape %x [[0, 1]] output_shape [1, 4] : tensor<4xf64> into tensor<1x4xf64>
    %v1 = arith.subf %v0, %v0 : tensor<1x4xf64>
    %c0:2 = ckpt.checkpoint (%x, %v0, %w) {name = "r0"} : (tensor<4xf64>, tensor<1x4xf64>, tensor<4x3xf64>) -> (tensor<5x4xf64>, tensor<1x3xf64>) {
    ^bb0(%c0_0: tensor<4xf64>, %c0_1: tensor<1x4xf64>, %c0_2: tensor<4x3xf64>):
      %e_v4 = tensor.empty() : tensor<5x4xf64>
      %v4 = linalg.broadcast ins(%c0_0 : tensor<4xf64>) outs(%e_v4 : tensor<5x4xf64>) dimensions = [0]
      %z_v6 = arith.constant 0.0 : f64
      %e_v6 = tensor.empty() : tensor<1x3xf64>
      %f_v6 = linalg.fill ins(%z_v6 : f64) outs(%e_v6 : tensor<1x3xf64>) -> tensor<1x3xf64>
      %v6 = linalg.matmul ins(%c0_1, %c0_2 : tensor<1x4xf64>, tensor<4x3xf64>) outs(%f_v6 : tensor<1x3xf64>) -> tensor<1x3xf64>
      ckpt.yield %v4, %v6 : tensor<5x4xf64>, tensor<1x3xf64>
    }
    %sq0 = arith.mulf %v1, %v1 : tensor<1x4xf64>
    %lz0 = arith.constant 0.0 : f64
    %le0 = tensor.empty() : tensor<f64>
    %lf0 = linalg.fill ins(%lz0 : f64) outs(%le0 : tensor<f64>) -> tensor<f64>
    %ls0 = linalg.reduce ins(%sq0 : tensor<1x4xf64>) outs(%lf0 : tensor<f64>) dimensions = [0, 1]
      (%li0: f64, %la0: f64) {
        %s0 = arith.addf %li0, %la0 : f64
        linalg.yield %s0 : f64
      }
    ckpt.yield %c0#0, %c0#1, %ls0 : tensor<5x4xf64>, tensor<1x3xf64>, tensor<f64>
  }
  %sq1 = arith.mulf %o#0, %o#0 : tensor<5x4xf64>
  %lz1 = arith.constant 0.0 : f64
  %le1 = tensor.empty() : tensor<f64>
  %lf1 = linalg.fill ins(%lz1 : f64) outs(%le1 : tensor<f64>) -> tensor<f64>
  %ls1 = linalg.reduce ins(%sq1 : tensor<5x4xf64>) outs(%lf1 : tensor<f64>) dimensions = [0, 1]
    (%li1: f64, %la1: f64) {
      %s1 = arith.addf %li1, %la1 : f64
      linalg.yield %s1 : f64
    }
  %lt1 = arith.addf %o#2, %ls1 : tensor<f64>
  %sq2 = arith.mulf %o#1, %o#1 : tensor<1x3xf64>
  %lz2 = arith.constant 0.0 : f64
  %le2 = tensor.empty() : tensor<f64>
  %lf2 = linalg.fill ins(%lz2 : f64) outs(%le2 : tensor<f64>) -> tensor<f64>
  %ls2 = linalg.reduce ins(%sq2 : tensor<1x3xf64>) outs(%lf2 : tensor<f64>) dimensions = [0, 1]
    (%li2: f64, %la2: f64) {
      %s2 = arith.addf %li2, %la2 : f64
      linalg.yield %s2 : f64
    }
  %lt2 = arith.addf %lt1, %ls2 : tensor<f64>
  return %lt2 : tensor<f64>
}
func.func @step(%a0: tensor<4xf64>, %a1: tensor<4x3xf64>) -> (tensor<f64>, tensor<4xf64>) {
  %g0, %g1 = ckpt.value_and_grad @loss(%a0, %a1) wrt [0] : (tensor<4xf64>, tensor<4x3xf64>) -> (tensor<f64>, tensor<4xf64>)
  return %g0, %g1 : tensor<f64>, tensor<4xf64>
}
