// REQUIRES: numpy
// Region operands whose adjoints share one slot: a tensor and a reshape of
// it, and one value passed twice, each also read after the region. The
// region's function used to return one gradient per operand and the
// caller set each in turn, so the last overwrote the others (gradient of
// %x wrong by 100%; found by scripts/fuzz.py). Now such an operand is
// rebuilt inside the function from the first by a reshape and the sweep
// sums into one slot in the order of the sweep without regions:
// FD-correct and bit-identical to the inlined program. (ckpt-normalize now
// also moves the reshape into the region and merges the value passed
// twice into one operand, ckpt-normalize-checkpoints.mlir, so the region
// reads %x once and reshapes it inside.)
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s --check-prefix=AD
// CHECK: PASS

// One gradient per slot: %x's (its reshape's is summed into it) and %w's.
// AD-LABEL: func.func private @__grad_loss_wrt_0_1_bwd_twice_0(
// AD-SAME: -> tensor<4x4xf64>
// AD-LABEL: func.func private @__grad_loss_wrt_0_1_bwd_r_1(
// AD-SAME: -> (tensor<4x4xf64>, tensor<4x4xf64>)
// AD: tensor.collapse_shape %arg0 {{\[}}[0, 1]]

func.func private @sumsq(%v: tensor<4x4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%v : tensor<4x4xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %sq = arith.mulf %in, %in : f64
      %s = arith.addf %sq, %acc : f64
      linalg.yield %s : f64
    }
  return %r : tensor<f64>
}

func.func @loss(%x: tensor<4x4xf64>, %w: tensor<4x4xf64>) -> tensor<f64> {
  %flat = tensor.collapse_shape %x [[0, 1]] : tensor<4x4xf64> into tensor<16xf64>
  %a:2 = ckpt.checkpoint (%x, %flat, %w) {name = "r"} : (tensor<4x4xf64>, tensor<16xf64>, tensor<4x4xf64>) -> (tensor<4x4xf64>, tensor<16xf64>) {
  ^bb0(%bx: tensor<4x4xf64>, %bf: tensor<16xf64>, %bw: tensor<4x4xf64>):
    %z = arith.constant 0.0 : f64
    %e = tensor.empty() : tensor<4x4xf64>
    %f = linalg.fill ins(%z : f64) outs(%e : tensor<4x4xf64>) -> tensor<4x4xf64>
    %m = linalg.matmul ins(%bx, %bw : tensor<4x4xf64>, tensor<4x4xf64>) outs(%f : tensor<4x4xf64>) -> tensor<4x4xf64>
    %t = math.tanh %bf : tensor<16xf64>
    %q = arith.mulf %bf, %t : tensor<16xf64>
    ckpt.yield %m, %q : tensor<4x4xf64>, tensor<16xf64>
  }
  %b = ckpt.checkpoint (%a#0, %a#0) {name = "twice"} : (tensor<4x4xf64>, tensor<4x4xf64>) -> tensor<4x4xf64> {
  ^bb0(%p: tensor<4x4xf64>, %q: tensor<4x4xf64>):
    %s = math.sin %p : tensor<4x4xf64>
    %r = arith.mulf %s, %q : tensor<4x4xf64>
    ckpt.yield %r : tensor<4x4xf64>
  }
  %qe = tensor.expand_shape %a#1 [[0, 1]] output_shape [4, 4] : tensor<16xf64> into tensor<4x4xf64>
  %u = arith.addf %b, %qe : tensor<4x4xf64>
  %v = arith.mulf %u, %x : tensor<4x4xf64>
  %v2 = arith.addf %v, %a#0 : tensor<4x4xf64>
  %l = func.call @sumsq(%v2) : (tensor<4x4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x4xf64>, %w: tensor<4x4xf64>) -> (tensor<f64>, tensor<4x4xf64>, tensor<4x4xf64>) {
  %l, %dx, %dw = ckpt.value_and_grad @loss(%x, %w) wrt [0, 1] : (tensor<4x4xf64>, tensor<4x4xf64>) -> (tensor<f64>, tensor<4x4xf64>, tensor<4x4xf64>)
  return %l, %dx, %dw : tensor<f64>, tensor<4x4xf64>, tensor<4x4xf64>
}
