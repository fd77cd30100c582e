// REQUIRES: numpy
// Hand-written linalg.generic ops: broadcast (bias add), transposed input
// maps, a sum reduction over one dim, softmax with a max reduction, and
// reductions to 0-d tensors; an elementwise generic that reads its init.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=softmax --step=step_softmax --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=softmax32 --step=step_softmax32 --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
#col = affine_map<(d0, d1) -> (d1)>
#row = affine_map<(d0, d1) -> (d0)>
#all = affine_map<(d0, d1) -> ()>
#all1 = affine_map<(d0) -> ()>
#id1 = affine_map<(d0) -> (d0)>

// x: 3x4, b: 4 (bias), xt: 4x3 (read through a transposed map).
func.func @loss(%x: tensor<3x4xf64>, %b: tensor<4xf64>, %xt: tensor<4x3xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<3x4xf64>
  // h = tanh(x + b[j]) * xt[j, i]
  %h = linalg.generic {indexing_maps = [#id, #col, #tr, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %b, %xt : tensor<3x4xf64>, tensor<4xf64>, tensor<4x3xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %bb: f64, %c: f64, %o: f64):
    %s = arith.addf %a, %bb : f64
    %t = math.tanh %s : f64
    %m = arith.mulf %t, %c : f64
    linalg.yield %m : f64
  } -> tensor<3x4xf64>
  // an elementwise generic whose init (x) is read by the body: h2 = h * x + x
  %h2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h : tensor<3x4xf64>) outs(%x : tensor<3x4xf64>) {
  ^bb0(%a: f64, %o: f64):
    %m = arith.mulf %a, %o : f64
    %s = arith.addf %m, %o : f64
    linalg.yield %s : f64
  } -> tensor<3x4xf64>
  // row sums (reduce d1), squared
  %e3 = tensor.empty() : tensor<3xf64>
  %f3 = linalg.fill ins(%z : f64) outs(%e3 : tensor<3xf64>) -> tensor<3xf64>
  %rs = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%h2 : tensor<3x4xf64>) outs(%f3 : tensor<3xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %s = arith.addf %a, %acc : f64
    linalg.yield %s : f64
  } -> tensor<3xf64>
  // column sums through a transposed map over xt (reduce over xt's d1).
  %e4 = tensor.empty() : tensor<4xf64>
  %f4 = linalg.fill ins(%z : f64) outs(%e4 : tensor<4xf64>) -> tensor<4xf64>
  %cs = linalg.generic {indexing_maps = [#tr, #col], iterator_types = ["reduction", "parallel"]}
      ins(%xt : tensor<4x3xf64>) outs(%f4 : tensor<4xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %sq = arith.mulf %a, %a : f64
    %s = arith.addf %acc, %sq : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %l1 = linalg.generic {indexing_maps = [#id1, #all1], iterator_types = ["reduction"]}
      ins(%rs : tensor<3xf64>) outs(%f0 : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %sq = arith.mulf %a, %a : f64
    %s = arith.addf %sq, %acc : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  // the 0-d partial sum is the init of the next reduction (varied init).
  %l2 = linalg.generic {indexing_maps = [#id1, #id1, #all1], iterator_types = ["reduction"]}
      ins(%cs, %b : tensor<4xf64>, tensor<4xf64>) outs(%l1 : tensor<f64>) {
  ^bb0(%a: f64, %c: f64, %acc: f64):
    %m = arith.mulf %a, %c : f64
    %s = arith.addf %m, %acc : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  return %l2 : tensor<f64>
}
func.func @step(%x: tensor<3x4xf64>, %b: tensor<4xf64>, %xt: tensor<4x3xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<4xf64>, tensor<4x3xf64>) {
  %l, %dx, %db, %dxt = ckpt.value_and_grad @loss(%x, %b, %xt) wrt [0, 1, 2] : (tensor<3x4xf64>, tensor<4xf64>, tensor<4x3xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<4xf64>, tensor<4x3xf64>)
  return %l, %dx, %db, %dxt : tensor<f64>, tensor<3x4xf64>, tensor<4xf64>, tensor<4x3xf64>
}

// Row softmax of x * 3 (max-subtracted), weighted by w, summed.
func.func @softmax(%x: tensor<3x4xf64>, %w: tensor<3x4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %ninf = arith.constant 0xFFF0000000000000 : f64
  %e = tensor.empty() : tensor<3x4xf64>
  %e3 = tensor.empty() : tensor<3xf64>
  %xs = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %o: f64):
    %c3 = arith.constant 3.0 : f64
    %m = arith.mulf %a, %c3 : f64
    linalg.yield %m : f64
  } -> tensor<3x4xf64>
  %m0 = linalg.fill ins(%ninf : f64) outs(%e3 : tensor<3xf64>) -> tensor<3xf64>
  %mx = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%xs : tensor<3x4xf64>) outs(%m0 : tensor<3xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %m = arith.maximumf %a, %acc : f64
    linalg.yield %m : f64
  } -> tensor<3xf64>
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%xs, %mx : tensor<3x4xf64>, tensor<3xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %m: f64, %o: f64):
    %d = arith.subf %a, %m : f64
    %x2 = math.exp %d : f64
    linalg.yield %x2 : f64
  } -> tensor<3x4xf64>
  %s0 = linalg.fill ins(%z : f64) outs(%e3 : tensor<3xf64>) -> tensor<3xf64>
  %sm = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<3x4xf64>) outs(%s0 : tensor<3xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %s = arith.addf %a, %acc : f64
    linalg.yield %s : f64
  } -> tensor<3xf64>
  %p = linalg.generic {indexing_maps = [#id, #row, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %sm, %w : tensor<3x4xf64>, tensor<3xf64>, tensor<3x4xf64>) outs(%e : tensor<3x4xf64>) {
  ^bb0(%a: f64, %s: f64, %ww: f64, %o: f64):
    %d = arith.divf %a, %s : f64
    %m = arith.mulf %d, %ww : f64
    linalg.yield %m : f64
  } -> tensor<3x4xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %l = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%p : tensor<3x4xf64>) outs(%f0 : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %s = arith.addf %a, %acc : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step_softmax(%x: tensor<3x4xf64>, %w: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>) {
  %l, %dx, %dw = ckpt.value_and_grad @softmax(%x, %w) wrt [0, 1] : (tensor<3x4xf64>, tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>)
  return %l, %dx, %dw : tensor<f64>, tensor<3x4xf64>, tensor<3x4xf64>
}

// The same softmax in f32, max via linalg.reduce.
func.func @softmax32(%x: tensor<3x4xf32>, %w: tensor<3x4xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<3x4xf32>
  %e3 = tensor.empty() : tensor<3xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e3 : tensor<3xf32>) -> tensor<3xf32>
  %mx = linalg.reduce ins(%x : tensor<3x4xf32>) outs(%m0 : tensor<3xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %m = arith.maximumf %in, %acc : f32
      linalg.yield %m : f32
    }
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mx : tensor<3x4xf32>, tensor<3xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %x2 = math.exp %d : f32
    linalg.yield %x2 : f32
  } -> tensor<3x4xf32>
  %s0 = linalg.fill ins(%z : f32) outs(%e3 : tensor<3xf32>) -> tensor<3xf32>
  %sm = linalg.reduce ins(%ex : tensor<3x4xf32>) outs(%s0 : tensor<3xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %p = linalg.generic {indexing_maps = [#id, #row, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %sm, %w : tensor<3x4xf32>, tensor<3xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%a: f32, %s: f32, %ww: f32, %o: f32):
    %d = arith.divf %a, %s : f32
    %m = arith.mulf %d, %ww : f32
    linalg.yield %m : f32
  } -> tensor<3x4xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %l = linalg.reduce ins(%p : tensor<3x4xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %l : tensor<f32>
}
func.func @step_softmax32(%x: tensor<3x4xf32>, %w: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %l, %dx, %dw = ckpt.value_and_grad @softmax32(%x, %w) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>)
  return %l, %dx, %dw : tensor<f32>, tensor<3x4xf32>, tensor<3x4xf32>
}
