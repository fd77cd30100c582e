// REQUIRES: numpy
// Scalar adjoint rules inside hand-written elementwise linalg.generic bodies,
// in f64, against central finite differences.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=arith --step=step_arith --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=minmax --step=step_minmax --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=transc --step=step_transc --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=special --step=step_special --wrt=0,1 --tol=1e-6 | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>

// Sum of all elements into a 0-d tensor.
func.func private @sum(%v: tensor<3x4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<f64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<f64>) -> tensor<f64>
  %r = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%v : tensor<3x4xf64>) outs(%f : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %s = arith.addf %a, %acc : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  return %r : tensor<f64>
}

// addf, subf, mulf, divf, negf, constants.
func.func @arith(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %e = tensor.empty() : tensor<3x4xf64>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %c1 = arith.constant 1.5 : f64
    %c2 = arith.constant 2.0 : f64
    %s = arith.addf %a, %b : f64
    %d = arith.subf %a, %b : f64
    %p = arith.mulf %s, %d : f64
    %bb = arith.mulf %b, %b : f64
    %den = arith.addf %bb, %c2 : f64
    %q = arith.divf %p, %den : f64
    %n = arith.negf %a : f64
    %n3 = arith.mulf %n, %c1 : f64
    %aa = arith.mulf %a, %a : f64
    %t = arith.mulf %aa, %n3 : f64
    %u = arith.addf %q, %t : f64
    %w = arith.divf %c1, %den : f64
    %v = arith.subf %u, %w : f64
    linalg.yield %v : f64
  } -> tensor<3x4xf64>
  %l = func.call @sum(%r) : (tensor<3x4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step_arith(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @arith(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

// maximumf, minimumf, maxnumf, minnumf, select with cmpf.
func.func @minmax(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %e = tensor.empty() : tensor<3x4xf64>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %c0 = arith.constant 0.0 : f64
    %c3 = arith.constant 3.0 : f64
    %hi = arith.maximumf %a, %b : f64
    %lo = arith.minimumf %a, %b : f64
    %hi3 = arith.mulf %hi, %c3 : f64
    %m = arith.mulf %hi3, %lo : f64
    %relu = arith.maxnumf %a, %c0 : f64
    %nrelu = arith.minnumf %b, %c0 : f64
    %pos = arith.cmpf ogt, %a, %b : f64
    %ab = arith.mulf %a, %b : f64
    %bb = arith.mulf %b, %b : f64
    %sel = arith.select %pos, %ab, %bb : f64
    %t0 = arith.addf %m, %relu : f64
    %t1 = arith.addf %t0, %nrelu : f64
    %t2 = arith.addf %t1, %sel : f64
    linalg.yield %t2 : f64
  } -> tensor<3x4xf64>
  %l = func.call @sum(%r) : (tensor<3x4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step_minmax(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @minmax(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

// exp, log (positive argument), tanh, sqrt, rsqrt (positive arguments).
func.func @transc(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %e = tensor.empty() : tensor<3x4xf64>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %c1 = arith.constant 1.0 : f64
    %ea = math.exp %a : f64
    %ea1 = arith.addf %ea, %c1 : f64
    %sp = math.log %ea1 : f64
    %th = math.tanh %b : f64
    %bb = arith.mulf %b, %b : f64
    %bb1 = arith.addf %bb, %c1 : f64
    %sq = math.sqrt %bb1 : f64
    %ab = arith.mulf %a, %b : f64
    %aa = arith.mulf %a, %a : f64
    %aa1 = arith.addf %aa, %c1 : f64
    %rs = math.rsqrt %aa1 : f64
    %t0 = arith.mulf %sp, %th : f64
    %t1 = arith.mulf %sq, %rs : f64
    %t2 = arith.addf %t0, %t1 : f64
    %t3 = arith.mulf %t2, %ea : f64
    %t4 = arith.addf %t3, %ab : f64
    linalg.yield %t4 : f64
  } -> tensor<3x4xf64>
  %l = func.call @sum(%r) : (tensor<3x4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step_transc(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @transc(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

// powf (positive base; variable and constant exponents), fpowi (x^3, as
// torch-mlir writes the tanh GELU's cube, and x^0), absf, sin, cos.
func.func @special(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %e = tensor.empty() : tensor<3x4xf64>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %c1 = arith.constant 1.0 : f64
    %c15 = arith.constant 1.5 : f64
    %aa = arith.mulf %a, %a : f64
    %base = arith.addf %aa, %c1 : f64
    %pw = math.powf %base, %b : f64
    %pc = math.powf %base, %c15 : f64
    %ab = math.absf %b : f64
    %s = math.sin %a : f64
    %c = math.cos %b : f64
    %t0 = arith.mulf %a, %ab : f64
    %t1 = arith.addf %t0, %pw : f64
    %t2 = arith.mulf %s, %c : f64
    %t3 = arith.addf %t1, %t2 : f64
    %t4 = arith.addf %t3, %pc : f64
    %i3 = arith.constant 3 : i64
    %i0 = arith.constant 0 : i32
    %cube = math.fpowi %a, %i3 : f64, i64
    %unit = math.fpowi %b, %i0 : f64, i32
    %t5 = arith.addf %t4, %cube : f64
    %t6 = arith.mulf %t5, %unit : f64
    linalg.yield %t6 : f64
  } -> tensor<3x4xf64>
  %l = func.call @sum(%r) : (tensor<3x4xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step_special(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @special(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}
