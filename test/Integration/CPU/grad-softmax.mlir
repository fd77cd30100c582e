// REQUIRES: numpy
// Softmax written op by op, as torch-mlir decomposes it (max, subtract,
// exp, sum, divide), then a weighted square and a sum. ckpt-normalize folds
// the five ops into linalg.softmax, whose adjoint dx = y * (dy - sum(dy * y))
// reads the probabilities only; autodiff decomposes what is left of it.
// Gradients against finite differences (f64, and f32 with a looser stencil),
// and with the softmax in a checkpoint region bit for bit.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-plan="strategy=given plan=[0,4)" -o %t.region.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.region.mlir --step=step | FileCheck %s --check-prefix=SAME
// The differentiated step holds no softmax op any more (decomposed), and
// the backward reads the probabilities, not the scores' shifted copy.
// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s --check-prefix=IR
// CHECK: PASS
// SAME: PASS: 3 outputs bit-identical
// IR-NOT: linalg.softmax
// IR-LABEL: func.func private @__grad_loss_wrt_0_1
// IR-NOT: linalg.softmax

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#all = affine_map<(d0, d1) -> ()>
func.func @loss(%x: tensor<4x8xf64>, %v: tensor<4x8xf64>) -> tensor<f64> {
  %ninf_t = arith.constant 0xFFF0000000000000 : f64
  %zero = arith.constant 0.0 : f64
  %er = tensor.empty() : tensor<4xf64>
  %mi = linalg.fill ins(%ninf_t : f64) outs(%er : tensor<4xf64>) -> tensor<4xf64>
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf64>) outs(%mi : tensor<4xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %r = arith.maximumf %a, %acc : f64
    linalg.yield %r : f64
  } -> tensor<4xf64>
  %e = tensor.empty() : tensor<4x8xf64>
  %z = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %m : tensor<4x8xf64>, tensor<4xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %r = arith.subf %a, %b : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%z : tensor<4x8xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %o: f64):
    %r = math.exp %a : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %si = linalg.fill ins(%zero : f64) outs(%er : tensor<4xf64>) -> tensor<4xf64>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<4x8xf64>) outs(%si : tensor<4xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %r = arith.addf %a, %acc : f64
    linalg.yield %r : f64
  } -> tensor<4xf64>
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %s : tensor<4x8xf64>, tensor<4xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %r = arith.divf %a, %b : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%p, %v : tensor<4x8xf64>, tensor<4x8xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %b: f64, %o: f64):
    %r = arith.mulf %a, %b : f64
    %r2 = arith.mulf %r, %r : f64
    linalg.yield %r2 : f64
  } -> tensor<4x8xf64>
  %t0 = tensor.empty() : tensor<f64>
  %ti = linalg.fill ins(%zero : f64) outs(%t0 : tensor<f64>) -> tensor<f64>
  %t = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%w : tensor<4x8xf64>) outs(%ti : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %r = arith.addf %a, %acc : f64
    linalg.yield %r : f64
  } -> tensor<f64>
  return %t : tensor<f64>
}
func.func @step(%x: tensor<4x8xf64>, %v: tensor<4x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<4x8xf64>) {
  %l, %dx, %dv = ckpt.value_and_grad @loss(%x, %v) wrt [0, 1] : (tensor<4x8xf64>, tensor<4x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<4x8xf64>)
  return %l, %dx, %dv : tensor<f64>, tensor<4x8xf64>, tensor<4x8xf64>
}
func.func @loss32(%x: tensor<4x8xf32>, %v: tensor<4x8xf32>) -> tensor<f32> {
  %ninf_t = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<4xf32>
  %mi = linalg.fill ins(%ninf_t : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf32>) outs(%mi : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %z = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %m : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%z : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %si = linalg.fill ins(%zero : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<4x8xf32>) outs(%si : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %s : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%p, %v : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    %r2 = arith.mulf %r, %r : f32
    linalg.yield %r2 : f32
  } -> tensor<4x8xf32>
  %t0 = tensor.empty() : tensor<f32>
  %ti = linalg.fill ins(%zero : f32) outs(%t0 : tensor<f32>) -> tensor<f32>
  %t = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%w : tensor<4x8xf32>) outs(%ti : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  return %t : tensor<f32>
}
func.func @step32(%x: tensor<4x8xf32>, %v: tensor<4x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %l, %dx, %dv = ckpt.value_and_grad @loss32(%x, %v) wrt [0, 1] : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>)
  return %l, %dx, %dv : tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>
}
