// REQUIRES: numpy
// Scalar f64 arith outside generics (loss is an f64 built from
// tensor.extract results), func.call to differentiated helpers (nested),
// auxiliary results passed through, and i64 / index arguments that carry no
// gradient (used through sitofp and as an index).
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,2 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss_s --step=step_s --wrt=0,2 --tol=1e-6 | FileCheck %s
// CHECK: PASS

func.func private @inner(%v: tensor<3x4xf64>, %s: f64) -> tensor<3x4xf64> {
  %t = math.tanh %v : tensor<3x4xf64>
  %e = tensor.empty() : tensor<3x4xf64>
  %b = linalg.fill ins(%s : f64) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %r = arith.mulf %t, %b : tensor<3x4xf64>
  return %r : tensor<3x4xf64>
}

// Returns the layer output and its sum of squares as a scalar.
func.func private @layer(%x: tensor<3x4xf64>, %w: tensor<4x4xf64>, %s: f64) -> (tensor<3x4xf64>, f64) {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<3x4xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %m = linalg.matmul ins(%x, %w : tensor<3x4xf64>, tensor<4x4xf64>) outs(%f : tensor<3x4xf64>) -> tensor<3x4xf64>
  %h = func.call @inner(%m, %s) : (tensor<3x4xf64>, f64) -> tensor<3x4xf64>
  %sq = arith.mulf %h, %h : tensor<3x4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%sq : tensor<3x4xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %a = arith.addf %in, %acc : f64
      linalg.yield %a : f64
    }
  %rv = tensor.extract %r[] : tensor<f64>
  return %h, %rv : tensor<3x4xf64>, f64
}

// %n: i64 scale (no gradient), %k: i64 row index (no gradient).
func.func @loss(%x: tensor<3x4xf64>, %n: tensor<i64>, %w: tensor<4x4xf64>, %k: tensor<i64>) -> (f64, tensor<3x4xf64>, f64) {
  %c05 = arith.constant 0.5 : f64
  %c2 = arith.constant 2.0 : f64
  %nv = tensor.extract %n[] : tensor<i64>
  %nf = arith.sitofp %nv : i64 to f64
  %s = arith.addf %nf, %c05 : f64
  %h, %sum = func.call @layer(%x, %w, %s) : (tensor<3x4xf64>, tensor<4x4xf64>, f64) -> (tensor<3x4xf64>, f64)
  %kv = tensor.extract %k[] : tensor<i64>
  %ki = arith.index_cast %kv : i64 to index
  %i1 = arith.constant 1 : index
  %i3 = arith.constant 3 : index
  %kk = arith.minui %ki, %i3 : index
  %row = arith.remui %kk, %i3 : index
  %a = tensor.extract %h[%row, %i1] : tensor<3x4xf64>
  %b = tensor.extract %x[%row, %i3] : tensor<3x4xf64>
  %w0 = tensor.extract %w[%i1, %i1] : tensor<4x4xf64>
  // scalar arith: (a*b - w0/(1+b^2)) * exp(a) + sqrt(sum) + max(a,b) - |w0|
  %ab = arith.mulf %a, %b : f64
  %bb = arith.mulf %b, %b : f64
  %one = arith.constant 1.0 : f64
  %bb1 = arith.addf %bb, %one : f64
  %q = arith.divf %w0, %bb1 : f64
  %d = arith.subf %ab, %q : f64
  %ea = math.exp %a : f64
  %t = arith.mulf %d, %ea : f64
  %sq = math.sqrt %sum : f64
  %u = arith.addf %t, %sq : f64
  %mx = arith.maximumf %a, %b : f64
  %u2 = arith.addf %u, %mx : f64
  %aw = math.absf %w0 : f64
  %u3 = arith.subf %u2, %aw : f64
  %neg = arith.negf %u3 : f64
  %gt = arith.cmpf ogt, %a, %c05 : f64
  %sel = arith.select %gt, %neg, %u3 : f64
  %l = arith.mulf %sel, %c2 : f64
  return %l, %h, %sum : f64, tensor<3x4xf64>, f64
}
func.func @step(%x: tensor<3x4xf64>, %n: tensor<i64>, %w: tensor<4x4xf64>, %k: tensor<i64>) -> (f64, tensor<3x4xf64>, f64, tensor<3x4xf64>, tensor<4x4xf64>) {
  %l, %h, %s, %dx, %dw = ckpt.value_and_grad @loss(%x, %n, %w, %k) wrt [0, 2] : (tensor<3x4xf64>, tensor<i64>, tensor<4x4xf64>, tensor<i64>) -> (f64, tensor<3x4xf64>, f64, tensor<3x4xf64>, tensor<4x4xf64>)
  return %l, %h, %s, %dx, %dw : f64, tensor<3x4xf64>, f64, tensor<3x4xf64>, tensor<4x4xf64>
}

// f32: loss returns (tensor<f32>, tensor<3x4xf32>) through a helper call.
func.func private @act(%v: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %t = math.tanh %v : tensor<3x4xf32>
  %r = arith.mulf %t, %v : tensor<3x4xf32>
  return %r : tensor<3x4xf32>
}
func.func @loss32(%x: tensor<3x4xf32>, %n: tensor<i64>) -> (tensor<f32>, tensor<3x4xf32>) {
  %nv = tensor.extract %n[] : tensor<i64>
  %nf = arith.sitofp %nv : i64 to f32
  %h = func.call @act(%x) : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %h2 = func.call @act(%h) : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%nf : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%h2 : tensor<3x4xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  return %r, %h : tensor<f32>, tensor<3x4xf32>
}
func.func @step32(%x: tensor<3x4xf32>, %n: tensor<i64>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %h, %dx = ckpt.value_and_grad @loss32(%x, %n) wrt [0] : (tensor<3x4xf32>, tensor<i64>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %h, %dx : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// Bare i64 (sitofp and index) and f64 arguments; f64 loss.
func.func @loss_s(%x: tensor<3x4xf64>, %n: i64, %s: f64) -> f64 {
  %nf = arith.sitofp %n : i64 to f64
  %i = arith.index_cast %n : i64 to index
  %i1 = arith.constant 1 : index
  %a = tensor.extract %x[%i1, %i] : tensor<3x4xf64>
  %b = arith.mulf %a, %s : f64
  %c = arith.mulf %b, %nf : f64
  %d = math.sin %c : f64
  %e = arith.mulf %d, %s : f64
  return %e : f64
}
func.func @step_s(%x: tensor<3x4xf64>, %n: i64, %s: f64) -> (f64, tensor<3x4xf64>, f64) {
  %l, %dx, %ds = ckpt.value_and_grad @loss_s(%x, %n, %s) wrt [0, 2] : (tensor<3x4xf64>, i64, f64) -> (f64, tensor<3x4xf64>, f64)
  return %l, %dx, %ds : f64, tensor<3x4xf64>, f64
}
