// REQUIRES: numpy
// Elementwise arith/math ops applied to whole tensors (converted to linalg by
// the autodiff pass), f64 and f32; extf/truncf inside a generic body and on
// tensors (f32 inputs, computation in f64).
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=mixed --step=step_mixed --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=down --step=step_down --wrt=0 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>

func.func @loss(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> tensor<f64> {
  %one = arith.constant dense<1.0> : tensor<3x4xf64>
  %k = arith.constant dense<[[0.5, -1.0, 2.0, 0.25], [1.5, 0.75, -0.5, 3.0], [1.0, 2.0, -2.0, 0.1]]> : tensor<3x4xf64>
  %a = arith.addf %x, %y : tensor<3x4xf64>
  %b = arith.subf %x, %k : tensor<3x4xf64>
  %c = arith.mulf %a, %b : tensor<3x4xf64>
  %yy = arith.mulf %y, %y : tensor<3x4xf64>
  %yy1 = arith.addf %yy, %one : tensor<3x4xf64>
  %d = arith.divf %c, %yy1 : tensor<3x4xf64>
  %n = arith.negf %d : tensor<3x4xf64>
  %mx = arith.maximumf %x, %y : tensor<3x4xf64>
  %mn = arith.minimumf %x, %k : tensor<3x4xf64>
  %gt = arith.cmpf ogt, %x, %y : tensor<3x4xf64>
  %sel = arith.select %gt, %c, %yy : tensor<3x4xi1>, tensor<3x4xf64>
  %ex = math.exp %x : tensor<3x4xf64>
  %ex1 = arith.addf %ex, %one : tensor<3x4xf64>
  %lg = math.log %ex1 : tensor<3x4xf64>
  %th = math.tanh %y : tensor<3x4xf64>
  %sq = math.sqrt %yy1 : tensor<3x4xf64>
  %rs = math.rsqrt %yy1 : tensor<3x4xf64>
  %pw = math.powf %yy1, %x : tensor<3x4xf64>
  %ab = math.absf %y : tensor<3x4xf64>
  %sn = math.sin %x : tensor<3x4xf64>
  %cs = math.cos %y : tensor<3x4xf64>
  %t0 = arith.addf %n, %mx : tensor<3x4xf64>
  %t1 = arith.mulf %t0, %mn : tensor<3x4xf64>
  %t2 = arith.addf %t1, %sel : tensor<3x4xf64>
  %t3 = arith.mulf %lg, %th : tensor<3x4xf64>
  %t4 = arith.addf %t2, %t3 : tensor<3x4xf64>
  %t5 = arith.mulf %sq, %rs : tensor<3x4xf64>
  %t6 = arith.mulf %t5, %pw : tensor<3x4xf64>
  %t7 = arith.addf %t4, %t6 : tensor<3x4xf64>
  %t8 = arith.mulf %ab, %sn : tensor<3x4xf64>
  %t9 = arith.addf %t7, %t8 : tensor<3x4xf64>
  %t10 = arith.mulf %t9, %cs : tensor<3x4xf64>
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%t10 : tensor<3x4xf64>) outs(%f : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %s = arith.addf %in, %acc : f64
      linalg.yield %s : f64
    }
  return %r : tensor<f64>
}
func.func @step(%x: tensor<3x4xf64>, %y: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @loss(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

func.func @loss32(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f32> {
  %one = arith.constant dense<1.0> : tensor<3x4xf32>
  %a = arith.addf %x, %y : tensor<3x4xf32>
  %c = arith.mulf %a, %x : tensor<3x4xf32>
  %yy = arith.mulf %y, %y : tensor<3x4xf32>
  %yy1 = arith.addf %yy, %one : tensor<3x4xf32>
  %d = arith.divf %c, %yy1 : tensor<3x4xf32>
  %mx = arith.maximumf %x, %y : tensor<3x4xf32>
  %gt = arith.cmpf olt, %x, %y : tensor<3x4xf32>
  %sel = arith.select %gt, %c, %yy : tensor<3x4xi1>, tensor<3x4xf32>
  %ex = math.exp %x : tensor<3x4xf32>
  %th = math.tanh %y : tensor<3x4xf32>
  %rs = math.rsqrt %yy1 : tensor<3x4xf32>
  %t0 = arith.addf %d, %mx : tensor<3x4xf32>
  %t1 = arith.addf %t0, %sel : tensor<3x4xf32>
  %t2 = arith.mulf %ex, %th : tensor<3x4xf32>
  %t3 = arith.addf %t1, %t2 : tensor<3x4xf32>
  %t4 = arith.subf %t3, %rs : tensor<3x4xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%t4 : tensor<3x4xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r : tensor<f32>
}
func.func @step32(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @loss32(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// f32 inputs widened with extf inside a generic, computed in f64, narrowed
// with truncf; the sum is taken in f64 after extf on tensors.
func.func @mixed(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> tensor<f64> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<3x4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %a64 = arith.extf %a : f32 to f64
    %b64 = arith.extf %b : f32 to f64
    %p = arith.mulf %a64, %b64 : f64
    %t = math.tanh %p : f64
    %u = arith.addf %t, %a64 : f64
    %u32 = arith.truncf %u : f64 to f32
    %v = arith.mulf %u32, %b : f32
    linalg.yield %v : f32
  } -> tensor<3x4xf32>
  %w = arith.extf %r : tensor<3x4xf32> to tensor<3x4xf64>
  %x64 = arith.extf %x : tensor<3x4xf32> to tensor<3x4xf64>
  %ww = arith.mulf %w, %x64 : tensor<3x4xf64>
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %s = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%ww : tensor<3x4xf64>) outs(%f : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %t = arith.addf %a, %acc : f64
    linalg.yield %t : f64
  } -> tensor<f64>
  return %s : tensor<f64>
}
func.func @step_mixed(%x: tensor<3x4xf32>, %y: tensor<3x4xf32>) -> (tensor<f64>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @mixed(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f64>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf32>, tensor<3x4xf32>
}

// f64 input narrowed to f32 (truncf on a tensor), loss in f32.
func.func @down(%x: tensor<3x4xf64>) -> tensor<f32> {
  %t = arith.truncf %x : tensor<3x4xf64> to tensor<3x4xf32>
  %s = math.sin %t : tensor<3x4xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%s : tensor<3x4xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  return %r : tensor<f32>
}
func.func @step_down(%x: tensor<3x4xf64>) -> (tensor<f32>, tensor<3x4xf64>) {
  %l, %dx = ckpt.value_and_grad @down(%x) wrt [0] : (tensor<3x4xf64>) -> (tensor<f32>, tensor<3x4xf64>)
  return %l, %dx : tensor<f32>, tensor<3x4xf64>
}
