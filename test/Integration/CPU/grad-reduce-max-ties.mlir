// REQUIRES: numpy
// Max and min reductions with ties: over a broadcast's copies every element
// equals the result. Each tied element now gets an equal share of the
// result's adjoint (as PyTorch's amax does), so the shares sum to it; each
// used to get all of it (the gradient of %x came out 4x too large through
// the 4 copies of the max, 3x through the min; found by scripts/fuzz.py).
// Without ties (the max over %y's rows) nothing changes.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// CHECK: PASS

func.func @loss(%x: tensor<3xf64>, %y: tensor<4x3xf64>) -> tensor<f64> {
  %e43 = tensor.empty() : tensor<4x3xf64>
  %b = linalg.broadcast ins(%x : tensor<3xf64>) outs(%e43 : tensor<4x3xf64>) dimensions = [0]
  %ninf = arith.constant 0xFFF0000000000000 : f64
  %pinf = arith.constant 0x7FF0000000000000 : f64
  %e3 = tensor.empty() : tensor<3xf64>
  %lo = linalg.fill ins(%ninf : f64) outs(%e3 : tensor<3xf64>) -> tensor<3xf64>
  %hi = linalg.fill ins(%pinf : f64) outs(%e3 : tensor<3xf64>) -> tensor<3xf64>
  %m = linalg.reduce ins(%b : tensor<4x3xf64>) outs(%lo : tensor<3xf64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %r = arith.maximumf %in, %acc : f64
      linalg.yield %r : f64
    }
  %s = ckpt.checkpoint (%x) {name = "min"} : (tensor<3xf64>) -> tensor<3xf64> {
  ^bb0(%bx: tensor<3xf64>):
    %e33 = tensor.empty() : tensor<3x3xf64>
    %b3 = linalg.broadcast ins(%bx : tensor<3xf64>) outs(%e33 : tensor<3x3xf64>) dimensions = [1]
    %pinf2 = arith.constant 0x7FF0000000000000 : f64
    %e = tensor.empty() : tensor<3xf64>
    %h = linalg.fill ins(%pinf2 : f64) outs(%e : tensor<3xf64>) -> tensor<3xf64>
    %n = linalg.reduce ins(%b3 : tensor<3x3xf64>) outs(%h : tensor<3xf64>) dimensions = [1]
      (%in: f64, %acc: f64) {
        %r = arith.minimumf %in, %acc : f64
        linalg.yield %r : f64
      }
    ckpt.yield %n : tensor<3xf64>
  }
  %ym = linalg.reduce ins(%y : tensor<4x3xf64>) outs(%lo : tensor<3xf64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %r = arith.maximumf %in, %acc : f64
      linalg.yield %r : f64
    }
  %t = math.tanh %s : tensor<3xf64>
  %p = arith.mulf %m, %t : tensor<3xf64>
  %q = arith.mulf %p, %ym : tensor<3xf64>
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %l = linalg.reduce ins(%q : tensor<3xf64>) outs(%f0 : tensor<f64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %r = arith.addf %in, %acc : f64
      linalg.yield %r : f64
    }
  return %l : tensor<f64>
}

func.func @step(%x: tensor<3xf64>, %y: tensor<4x3xf64>) -> (tensor<f64>, tensor<3xf64>, tensor<4x3xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @loss(%x, %y) wrt [0, 1] : (tensor<3xf64>, tensor<4x3xf64>) -> (tensor<f64>, tensor<3xf64>, tensor<4x3xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3xf64>, tensor<4x3xf64>
}
