// REQUIRES: numpy
// Named linalg ops: fill, matmul (plain and with transposed indexing_maps),
// batch_matmul, transpose, broadcast, reduce (sum and max), the named
// elementwise ops and linalg.elementwise, in f64 and f32.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=mm --step=step_mm --wrt=0,1,2 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=bmm --step=step_bmm --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=shape --step=step_shape --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=ew --step=step_ew --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=mm32 --step=step_mm32 --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS

#mA = affine_map<(d0, d1, d2) -> (d0, d2)>
#mB = affine_map<(d0, d1, d2) -> (d2, d1)>
#mC = affine_map<(d0, d1, d2) -> (d0, d1)>
#mAt = affine_map<(d0, d1, d2) -> (d2, d0)>
#mBt = affine_map<(d0, d1, d2) -> (d1, d2)>

// C = tanh(A B) (A: 3x5, B: 5x4), D = C^T-free product with transposed
// maps: E = A^T-map matmul of At (5x3) and B, F = A Bt^T with Bt (4x5).
func.func @mm(%a: tensor<3x5xf64>, %b: tensor<5x4xf64>, %bt: tensor<4x5xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<3x4xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %c = linalg.matmul ins(%a, %b : tensor<3x5xf64>, tensor<5x4xf64>) outs(%f : tensor<3x4xf64>) -> tensor<3x4xf64>
  %t = math.tanh %c : tensor<3x4xf64>
  // A B^T with B^T given as 4x5.
  %d = linalg.matmul indexing_maps = [#mA, #mBt, #mC] ins(%a, %bt : tensor<3x5xf64>, tensor<4x5xf64>) outs(%t : tensor<3x4xf64>) -> tensor<3x4xf64>
  // (A^T-stored) : X^T Y with X = bt^T... use at = 5x3 view of a through a transpose.
  %e53 = tensor.empty() : tensor<5x3xf64>
  %at = linalg.transpose ins(%a : tensor<3x5xf64>) outs(%e53 : tensor<5x3xf64>) permutation = [1, 0]
  %g = linalg.matmul indexing_maps = [#mAt, #mB, #mC] ins(%at, %b : tensor<5x3xf64>, tensor<5x4xf64>) outs(%d : tensor<3x4xf64>) -> tensor<3x4xf64>
  %sq = arith.mulf %g, %g : tensor<3x4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%sq : tensor<3x4xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %s = arith.addf %in, %acc : f64
      linalg.yield %s : f64
    }
  return %r : tensor<f64>
}
func.func @step_mm(%a: tensor<3x5xf64>, %b: tensor<5x4xf64>, %bt: tensor<4x5xf64>) -> (tensor<f64>, tensor<3x5xf64>, tensor<5x4xf64>, tensor<4x5xf64>) {
  %l, %da, %db, %dbt = ckpt.value_and_grad @mm(%a, %b, %bt) wrt [0, 1, 2] : (tensor<3x5xf64>, tensor<5x4xf64>, tensor<4x5xf64>) -> (tensor<f64>, tensor<3x5xf64>, tensor<5x4xf64>, tensor<4x5xf64>)
  return %l, %da, %db, %dbt : tensor<f64>, tensor<3x5xf64>, tensor<5x4xf64>, tensor<4x5xf64>
}

func.func @bmm(%a: tensor<2x3x4xf64>, %b: tensor<2x4x5xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<2x3x5xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<2x3x5xf64>) -> tensor<2x3x5xf64>
  %c = linalg.batch_matmul ins(%a, %b : tensor<2x3x4xf64>, tensor<2x4x5xf64>) outs(%f : tensor<2x3x5xf64>) -> tensor<2x3x5xf64>
  %s = math.sin %c : tensor<2x3x5xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%s : tensor<2x3x5xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1, 2]
    (%in: f64, %acc: f64) {
      %t = arith.addf %in, %acc : f64
      linalg.yield %t : f64
    }
  return %r : tensor<f64>
}
func.func @step_bmm(%a: tensor<2x3x4xf64>, %b: tensor<2x4x5xf64>) -> (tensor<f64>, tensor<2x3x4xf64>, tensor<2x4x5xf64>) {
  %l, %da, %db = ckpt.value_and_grad @bmm(%a, %b) wrt [0, 1] : (tensor<2x3x4xf64>, tensor<2x4x5xf64>) -> (tensor<f64>, tensor<2x3x4xf64>, tensor<2x4x5xf64>)
  return %l, %da, %db : tensor<f64>, tensor<2x3x4xf64>, tensor<2x4x5xf64>
}

// transpose, broadcast, reduce over one dim (sum and max), fill-initialised.
func.func @shape(%x: tensor<3x4xf64>, %v: tensor<4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %ninf = arith.constant 0xFFF0000000000000 : f64
  %e43 = tensor.empty() : tensor<4x3xf64>
  %xt = linalg.transpose ins(%x : tensor<3x4xf64>) outs(%e43 : tensor<4x3xf64>) permutation = [1, 0]
  %e3 = tensor.empty() : tensor<4x3xf64>
  %vb = linalg.broadcast ins(%v : tensor<4xf64>) outs(%e3 : tensor<4x3xf64>) dimensions = [1]
  %p = arith.mulf %xt, %vb : tensor<4x3xf64>
  %e4 = tensor.empty() : tensor<4xf64>
  %m0 = linalg.fill ins(%ninf : f64) outs(%e4 : tensor<4xf64>) -> tensor<4xf64>
  %mx = linalg.reduce ins(%p : tensor<4x3xf64>) outs(%m0 : tensor<4xf64>) dimensions = [1]
    (%in: f64, %acc: f64) {
      %t = arith.maximumf %in, %acc : f64
      linalg.yield %t : f64
    }
  %e3b = tensor.empty() : tensor<3xf64>
  %s0 = linalg.fill ins(%z : f64) outs(%e3b : tensor<3xf64>) -> tensor<3xf64>
  %sm = linalg.reduce ins(%p : tensor<4x3xf64>) outs(%s0 : tensor<3xf64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %t = arith.addf %in, %acc : f64
      linalg.yield %t : f64
    }
  %sm2 = arith.mulf %sm, %sm : tensor<3xf64>
  %mx3 = arith.mulf %mx, %v : tensor<4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r1 = linalg.reduce ins(%sm2 : tensor<3xf64>) outs(%f0 : tensor<f64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %t = arith.addf %in, %acc : f64
      linalg.yield %t : f64
    }
  %r2 = linalg.reduce ins(%mx3 : tensor<4xf64>) outs(%r1 : tensor<f64>) dimensions = [0]
    (%in: f64, %acc: f64) {
      %t = arith.addf %in, %acc : f64
      linalg.yield %t : f64
    }
  return %r2 : tensor<f64>
}
func.func @step_shape(%x: tensor<3x4xf64>, %v: tensor<4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<4xf64>) {
  %l, %dx, %dv = ckpt.value_and_grad @shape(%x, %v) wrt [0, 1] : (tensor<3x4xf64>, tensor<4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<4xf64>)
  return %l, %dx, %dv : tensor<f64>, tensor<3x4xf64>, tensor<4xf64>
}

// Named elementwise ops and linalg.elementwise.
func.func @ew(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<3x4xf64>
  %a = linalg.add ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %s = linalg.sub ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %m = linalg.mul ins(%a, %s : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %ex = linalg.exp ins(%x : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %d = linalg.div ins(%m, %ex : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %sq = linalg.square ins(%y : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %lg = linalg.log ins(%ex : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %th = linalg.tanh ins(%y : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %ng = linalg.negf ins(%th : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %ab = linalg.abs ins(%x : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %mx = linalg.max ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %mn = linalg.min ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %ex2 = linalg.exp ins(%y : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %rt = linalg.sqrt ins(%ex2 : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %rr = linalg.rsqrt ins(%ex2 : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %rc = linalg.reciprocal ins(%ex2 : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %pw = linalg.powf ins(%ex2, %x : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %el = linalg.elementwise kind=#linalg.elementwise_kind<mul> ins(%rt, %pw : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %el2 = linalg.elementwise kind=#linalg.elementwise_kind<exp> ins(%mn : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %t0 = linalg.add ins(%d, %sq : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %t1 = linalg.mul ins(%lg, %ng : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %t2 = linalg.mul ins(%ab, %mx : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %t3 = linalg.mul ins(%rr, %rc : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %u0 = linalg.add ins(%t0, %t1 : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %u1 = linalg.add ins(%t2, %t3 : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %u2 = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%u0, %u1 : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %u3 = linalg.add ins(%u2, %el : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %u4 = linalg.add ins(%u3, %el2 : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) -> tensor<3x4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%u4 : tensor<3x4xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %t = arith.addf %in, %acc : f64
      linalg.yield %t : f64
    }
  return %r : tensor<f64>
}
func.func @step_ew(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @ew(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

// f32: matmul with transposed maps + broadcast bias + relu.
func.func @mm32(%a: tensor<3x5xf32>, %w: tensor<4x5xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x4xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<3x4xf32>) -> tensor<3x4xf32>
  %c = linalg.matmul indexing_maps = [#mA, #mBt, #mC] ins(%a, %w : tensor<3x5xf32>, tensor<4x5xf32>) outs(%f : tensor<3x4xf32>) -> tensor<3x4xf32>
  %t = math.tanh %c : tensor<3x4xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%t : tensor<3x4xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r : tensor<f32>
}
func.func @step_mm32(%a: tensor<3x5xf32>, %w: tensor<4x5xf32>) -> (tensor<f32>, tensor<3x5xf32>, tensor<4x5xf32>) {
  %l, %da, %dw = ckpt.value_and_grad @mm32(%a, %w) wrt [0, 1] : (tensor<3x5xf32>, tensor<4x5xf32>) -> (tensor<f32>, tensor<3x5xf32>, tensor<4x5xf32>)
  return %l, %da, %dw : tensor<f32>, tensor<3x5xf32>, tensor<4x5xf32>
}
