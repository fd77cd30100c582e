// REQUIRES: numpy
// Scalar adjoint rules inside hand-written elementwise linalg.generic bodies,
// in f32, against central finite differences.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=arith --step=step_arith --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=minmax --step=step_minmax --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=transc --step=step_transc --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=special --step=step_special --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>

// Sum of all elements into a 0-d tensor.
func.func private @sum(%v: tensor<3x4xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%v : tensor<3x4xf32>) outs(%f : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}

// addf, subf, mulf, divf, negf, constants.
func.func @arith(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %c1 = arith.constant 1.5 : f32
    %c2 = arith.constant 2.0 : f32
    %s = arith.addf %a, %b : f32
    %d = arith.subf %a, %b : f32
    %p = arith.mulf %s, %d : f32
    %bb = arith.mulf %b, %b : f32
    %den = arith.addf %bb, %c2 : f32
    %q = arith.divf %p, %den : f32
    %n = arith.negf %a : f32
    %n3 = arith.mulf %n, %c1 : f32
    %aa = arith.mulf %a, %a : f32
    %t = arith.mulf %aa, %n3 : f32
    %u = arith.addf %q, %t : f32
    %w = arith.divf %c1, %den : f32
    %v = arith.subf %u, %w : f32
    linalg.yield %v : f32
  } -> tensor<3x4xf32>
  %l = func.call @sum(%r) : (tensor<3x4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step_arith(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @arith(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// maximumf, minimumf, maxnumf, minnumf, select with cmpf.
func.func @minmax(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %c0 = arith.constant 0.0 : f32
    %c3 = arith.constant 3.0 : f32
    %hi = arith.maximumf %a, %b : f32
    %lo = arith.minimumf %a, %b : f32
    %hi3 = arith.mulf %hi, %c3 : f32
    %m = arith.mulf %hi3, %lo : f32
    %relu = arith.maxnumf %a, %c0 : f32
    %nrelu = arith.minnumf %b, %c0 : f32
    %pos = arith.cmpf ogt, %a, %b : f32
    %ab = arith.mulf %a, %b : f32
    %bb = arith.mulf %b, %b : f32
    %sel = arith.select %pos, %ab, %bb : f32
    %t0 = arith.addf %m, %relu : f32
    %t1 = arith.addf %t0, %nrelu : f32
    %t2 = arith.addf %t1, %sel : f32
    linalg.yield %t2 : f32
  } -> tensor<3x4xf32>
  %l = func.call @sum(%r) : (tensor<3x4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step_minmax(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @minmax(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// exp, log (positive argument), tanh, sqrt, rsqrt (positive arguments).
func.func @transc(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %c1 = arith.constant 1.0 : f32
    %ea = math.exp %a : f32
    %ea1 = arith.addf %ea, %c1 : f32
    %sp = math.log %ea1 : f32
    %th = math.tanh %b : f32
    %bb = arith.mulf %b, %b : f32
    %bb1 = arith.addf %bb, %c1 : f32
    %sq = math.sqrt %bb1 : f32
    %ab = arith.mulf %a, %b : f32
    %aa = arith.mulf %a, %a : f32
    %aa1 = arith.addf %aa, %c1 : f32
    %rs = math.rsqrt %aa1 : f32
    %t0 = arith.mulf %sp, %th : f32
    %t1 = arith.mulf %sq, %rs : f32
    %t2 = arith.addf %t0, %t1 : f32
    %t3 = arith.mulf %t2, %ea : f32
    %t4 = arith.addf %t3, %ab : f32
    linalg.yield %t4 : f32
  } -> tensor<3x4xf32>
  %l = func.call @sum(%r) : (tensor<3x4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step_transc(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @transc(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// powf (positive base; variable and constant exponents), absf, sin, cos.
func.func @special(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %c1 = arith.constant 1.0 : f32
    %c15 = arith.constant 1.5 : f32
    %aa = arith.mulf %a, %a : f32
    %base = arith.addf %aa, %c1 : f32
    %pw = math.powf %base, %b : f32
    %pc = math.powf %base, %c15 : f32
    %ab = math.absf %b : f32
    %s = math.sin %a : f32
    %c = math.cos %b : f32
    %t0 = arith.mulf %a, %ab : f32
    %t1 = arith.addf %t0, %pw : f32
    %t2 = arith.mulf %s, %c : f32
    %t3 = arith.addf %t1, %t2 : f32
    %t4 = arith.addf %t3, %pc : f32
    linalg.yield %t4 : f32
  } -> tensor<3x4xf32>
  %l = func.call @sum(%r) : (tensor<3x4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step_special(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @special(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}
