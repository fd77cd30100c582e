// REQUIRES: numpy
// Model: a pre-LN transformer block (seq 4, dim 8): single-head attention with
// a max-reduction softmax, layer norms (mean, variance, rsqrt), a tanh-GELU
// MLP, residuals; each sub-block is a checkpoint region; helpers are calls.
// FD checks in f64 (tol 1e-6) and f32 (tol 1e-3, a fourth-order stencil
// with step 2e-2 so f32 roundoff of a loss of ~100 stays small), and
// bit-identity of the f32 (and f64) training
// steps against the same program with the regions inlined.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3,4,5,6,7,8,9,10 --tol=1e-6 --directions=2 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1,2,3,4,5,6,7,8,9,10 --tol=1e-3 --eps=2e-2 --directions=2 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step32 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
#row = affine_map<(d0, d1) -> (d0)>
#mA = affine_map<(d0, d1, d2) -> (d0, d2)>
#mBt = affine_map<(d0, d1, d2) -> (d1, d2)>
#mC = affine_map<(d0, d1, d2) -> (d0, d1)>

func.func private @sumsq(%v: tensor<4x8xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%v : tensor<4x8xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %sq = arith.mulf %in, %in : f64
      %a = arith.addf %sq, %acc : f64
      linalg.yield %a : f64
    }
  return %r : tensor<f64>
}
// Layer norm over the feature dim: (x - mean) * rsqrt(var + 1e-5) * g + b.
func.func private @layernorm(%x: tensor<4x8xf64>, %g: tensor<8xf64>, %b: tensor<8xf64>) -> tensor<4x8xf64> {
  %z = arith.constant 0.0 : f64
  %e4 = tensor.empty() : tensor<4xf64>
  %f4 = linalg.fill ins(%z : f64) outs(%e4 : tensor<4xf64>) -> tensor<4xf64>
  %s = linalg.reduce ins(%x : tensor<4x8xf64>) outs(%f4 : tensor<4xf64>) dimensions = [1]
    (%in: f64, %acc: f64) {
      %a = arith.addf %in, %acc : f64
      linalg.yield %a : f64
    }
  %e = tensor.empty() : tensor<4x8xf64>
  %d = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %s : tensor<4x8xf64>, tensor<4xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %sm: f64, %o: f64):
    %n = arith.constant 0.125 : f64
    %mean = arith.mulf %sm, %n : f64
    %c = arith.subf %a, %mean : f64
    linalg.yield %c : f64
  } -> tensor<4x8xf64>
  %v = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%d : tensor<4x8xf64>) outs(%f4 : tensor<4xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %sq = arith.mulf %a, %a : f64
    %r = arith.addf %sq, %acc : f64
    linalg.yield %r : f64
  } -> tensor<4xf64>
  %y = linalg.generic {indexing_maps = [#id, #row, #col, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d, %v, %g, %b : tensor<4x8xf64>, tensor<4xf64>, tensor<8xf64>, tensor<8xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %vs: f64, %gg: f64, %bb: f64, %o: f64):
    %n = arith.constant 0.125 : f64
    %ep = arith.constant 1.0e-5 : f64
    %var = arith.mulf %vs, %n : f64
    %ve = arith.addf %var, %ep : f64
    %rs = math.rsqrt %ve : f64
    %t = arith.mulf %a, %rs : f64
    %u = arith.mulf %t, %gg : f64
    %w = arith.addf %u, %bb : f64
    linalg.yield %w : f64
  } -> tensor<4x8xf64>
  return %y : tensor<4x8xf64>
}
func.func private @mm(%a: tensor<4x8xf64>, %w: tensor<8x8xf64>) -> tensor<4x8xf64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<4x8xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<4x8xf64>) -> tensor<4x8xf64>
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f : tensor<4x8xf64>) -> tensor<4x8xf64>
  return %m : tensor<4x8xf64>
}
// Single-head attention: softmax(Q K^T / sqrt 8) V Wo, softmax through a
// max reduction.
func.func private @attention(%h: tensor<4x8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>) -> tensor<4x8xf64> {
  %z = arith.constant 0.0 : f64
  %ninf = arith.constant -1.0e30 : f64
  %q = func.call @mm(%h, %wq) : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
  %k = func.call @mm(%h, %wk) : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
  %v = func.call @mm(%h, %wv) : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
  %e44 = tensor.empty() : tensor<4x4xf64>
  %f44 = linalg.fill ins(%z : f64) outs(%e44 : tensor<4x4xf64>) -> tensor<4x4xf64>
  %s = linalg.matmul indexing_maps = [#mA, #mBt, #mC] ins(%q, %k : tensor<4x8xf64>, tensor<4x8xf64>) outs(%f44 : tensor<4x4xf64>) -> tensor<4x4xf64>
  %e4 = tensor.empty() : tensor<4xf64>
  %m0 = linalg.fill ins(%ninf : f64) outs(%e4 : tensor<4xf64>) -> tensor<4xf64>
  %mx = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%s : tensor<4x4xf64>) outs(%m0 : tensor<4xf64>) {
  ^bb0(%a: f64, %acc: f64):
    %c = arith.constant 0.35355339059327373 : f64
    %sc = arith.mulf %a, %c : f64
    %r = arith.maximumf %sc, %acc : f64
    linalg.yield %r : f64
  } -> tensor<4xf64>
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s, %mx : tensor<4x4xf64>, tensor<4xf64>) outs(%e44 : tensor<4x4xf64>) {
  ^bb0(%a: f64, %m: f64, %o: f64):
    %c = arith.constant 0.35355339059327373 : f64
    %sc = arith.mulf %a, %c : f64
    %d = arith.subf %sc, %m : f64
    %r = math.exp %d : f64
    linalg.yield %r : f64
  } -> tensor<4x4xf64>
  %f4 = linalg.fill ins(%z : f64) outs(%e4 : tensor<4xf64>) -> tensor<4xf64>
  %den = linalg.reduce ins(%ex : tensor<4x4xf64>) outs(%f4 : tensor<4xf64>) dimensions = [1]
    (%in: f64, %acc: f64) {
      %a = arith.addf %in, %acc : f64
      linalg.yield %a : f64
    }
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %den : tensor<4x4xf64>, tensor<4xf64>) outs(%e44 : tensor<4x4xf64>) {
  ^bb0(%a: f64, %d: f64, %o: f64):
    %r = arith.divf %a, %d : f64
    linalg.yield %r : f64
  } -> tensor<4x4xf64>
  %e48 = tensor.empty() : tensor<4x8xf64>
  %f48 = linalg.fill ins(%z : f64) outs(%e48 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %att = linalg.matmul ins(%p, %v : tensor<4x4xf64>, tensor<4x8xf64>) outs(%f48 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %o = func.call @mm(%att, %wo) : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
  return %o : tensor<4x8xf64>
}
// GELU, tanh approximation.
func.func private @gelu(%x: tensor<4x16xf64>) -> tensor<4x16xf64> {
  %e = tensor.empty() : tensor<4x16xf64>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x16xf64>) outs(%e : tensor<4x16xf64>) {
  ^bb0(%a: f64, %o: f64):
    %c0 = arith.constant 0.5 : f64
    %c1 = arith.constant 1.0 : f64
    %k = arith.constant 0.7978845608028654 : f64
    %k3 = arith.constant 0.044715 : f64
    %a2 = arith.mulf %a, %a : f64
    %a3 = arith.mulf %a2, %a : f64
    %t0 = arith.mulf %a3, %k3 : f64
    %t1 = arith.addf %a, %t0 : f64
    %t2 = arith.mulf %t1, %k : f64
    %th = math.tanh %t2 : f64
    %t3 = arith.addf %th, %c1 : f64
    %t4 = arith.mulf %t3, %a : f64
    %r = arith.mulf %t4, %c0 : f64
    linalg.yield %r : f64
  } -> tensor<4x16xf64>
  return %y : tensor<4x16xf64>
}
func.func @loss(%x: tensor<4x8xf64>, %g1: tensor<8xf64>, %b1: tensor<8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>, %g2: tensor<8xf64>, %b2: tensor<8xf64>, %w1: tensor<8x16xf64>, %w2: tensor<16x8xf64>) -> tensor<f64> {
  %h = ckpt.checkpoint (%x, %g1, %b1, %wq, %wk, %wv, %wo) {name = "attn"} : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %g: tensor<8xf64>, %b: tensor<8xf64>, %q: tensor<8x8xf64>, %k: tensor<8x8xf64>, %v: tensor<8x8xf64>, %o: tensor<8x8xf64>):
    %n = func.call @layernorm(%a, %g, %b) : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    %at = func.call @attention(%n, %q, %k, %v, %o) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
    %r = arith.addf %a, %at : tensor<4x8xf64>
    ckpt.yield %r : tensor<4x8xf64>
  }
  %y = ckpt.checkpoint (%h, %g2, %b2, %w1, %w2) {name = "mlp"} : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %g: tensor<8xf64>, %b: tensor<8xf64>, %u: tensor<8x16xf64>, %d: tensor<16x8xf64>):
    %z = arith.constant 0.0 : f64
    %n = func.call @layernorm(%a, %g, %b) : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    %e16 = tensor.empty() : tensor<4x16xf64>
    %f16 = linalg.fill ins(%z : f64) outs(%e16 : tensor<4x16xf64>) -> tensor<4x16xf64>
    %up = linalg.matmul ins(%n, %u : tensor<4x8xf64>, tensor<8x16xf64>) outs(%f16 : tensor<4x16xf64>) -> tensor<4x16xf64>
    %ge = func.call @gelu(%up) : (tensor<4x16xf64>) -> tensor<4x16xf64>
    %e8 = tensor.empty() : tensor<4x8xf64>
    %f8 = linalg.fill ins(%z : f64) outs(%e8 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %dn = linalg.matmul ins(%ge, %d : tensor<4x16xf64>, tensor<16x8xf64>) outs(%f8 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %r = arith.addf %a, %dn : tensor<4x8xf64>
    ckpt.yield %r : tensor<4x8xf64>
  }
  %l = func.call @sumsq(%y) : (tensor<4x8xf64>) -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x8xf64>, %g1: tensor<8xf64>, %b1: tensor<8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>, %g2: tensor<8xf64>, %b2: tensor<8xf64>, %w1: tensor<8x16xf64>, %w2: tensor<16x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>) {
  %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 = ckpt.value_and_grad @loss(%x, %g1, %b1, %wq, %wk, %wv, %wo, %g2, %b2, %w1, %w2) wrt [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>)
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>
}

func.func private @sumsq32(%v: tensor<4x8xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%v : tensor<4x8xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %sq = arith.mulf %in, %in : f32
      %a = arith.addf %sq, %acc : f32
      linalg.yield %a : f32
    }
  return %r : tensor<f32>
}
// Layer norm over the feature dim: (x - mean) * rsqrt(var + 1e-5) * g + b.
func.func private @layernorm32(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %e4 = tensor.empty() : tensor<4xf32>
  %f4 = linalg.fill ins(%z : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.reduce ins(%x : tensor<4x8xf32>) outs(%f4 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  %e = tensor.empty() : tensor<4x8xf32>
  %d = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %s : tensor<4x8xf32>, tensor<4xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %sm: f32, %o: f32):
    %n = arith.constant 0.125 : f32
    %mean = arith.mulf %sm, %n : f32
    %c = arith.subf %a, %mean : f32
    linalg.yield %c : f32
  } -> tensor<4x8xf32>
  %v = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%d : tensor<4x8xf32>) outs(%f4 : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %sq = arith.mulf %a, %a : f32
    %r = arith.addf %sq, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #col, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d, %v, %g, %b : tensor<4x8xf32>, tensor<4xf32>, tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %vs: f32, %gg: f32, %bb: f32, %o: f32):
    %n = arith.constant 0.125 : f32
    %ep = arith.constant 1.0e-5 : f32
    %var = arith.mulf %vs, %n : f32
    %ve = arith.addf %var, %ep : f32
    %rs = math.rsqrt %ve : f32
    %t = arith.mulf %a, %rs : f32
    %u = arith.mulf %t, %gg : f32
    %w = arith.addf %u, %bb : f32
    linalg.yield %w : f32
  } -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
func.func private @mm32(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %m : tensor<4x8xf32>
}
// Single-head attention: softmax(Q K^T / sqrt 8) V Wo, softmax through a
// max reduction.
func.func private @attention32(%h: tensor<4x8xf32>, %wq: tensor<8x8xf32>, %wk: tensor<8x8xf32>, %wv: tensor<8x8xf32>, %wo: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant -1.0e30 : f32
  %q = func.call @mm32(%h, %wq) : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
  %k = func.call @mm32(%h, %wk) : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
  %v = func.call @mm32(%h, %wv) : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
  %e44 = tensor.empty() : tensor<4x4xf32>
  %f44 = linalg.fill ins(%z : f32) outs(%e44 : tensor<4x4xf32>) -> tensor<4x4xf32>
  %s = linalg.matmul indexing_maps = [#mA, #mBt, #mC] ins(%q, %k : tensor<4x8xf32>, tensor<4x8xf32>) outs(%f44 : tensor<4x4xf32>) -> tensor<4x4xf32>
  %e4 = tensor.empty() : tensor<4xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %mx = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%s : tensor<4x4xf32>) outs(%m0 : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %c = arith.constant 0.35355339059327373 : f32
    %sc = arith.mulf %a, %c : f32
    %r = arith.maximumf %sc, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s, %mx : tensor<4x4xf32>, tensor<4xf32>) outs(%e44 : tensor<4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %c = arith.constant 0.35355339059327373 : f32
    %sc = arith.mulf %a, %c : f32
    %d = arith.subf %sc, %m : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  } -> tensor<4x4xf32>
  %f4 = linalg.fill ins(%z : f32) outs(%e4 : tensor<4xf32>) -> tensor<4xf32>
  %den = linalg.reduce ins(%ex : tensor<4x4xf32>) outs(%f4 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %den : tensor<4x4xf32>, tensor<4xf32>) outs(%e44 : tensor<4x4xf32>) {
  ^bb0(%a: f32, %d: f32, %o: f32):
    %r = arith.divf %a, %d : f32
    linalg.yield %r : f32
  } -> tensor<4x4xf32>
  %e48 = tensor.empty() : tensor<4x8xf32>
  %f48 = linalg.fill ins(%z : f32) outs(%e48 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %att = linalg.matmul ins(%p, %v : tensor<4x4xf32>, tensor<4x8xf32>) outs(%f48 : tensor<4x8xf32>) -> tensor<4x8xf32>
  %o = func.call @mm32(%att, %wo) : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
  return %o : tensor<4x8xf32>
}
// GELU, tanh approximation.
func.func private @gelu32(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %e = tensor.empty() : tensor<4x16xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c0 = arith.constant 0.5 : f32
    %c1 = arith.constant 1.0 : f32
    %k = arith.constant 0.7978845608028654 : f32
    %k3 = arith.constant 0.044715 : f32
    %a2 = arith.mulf %a, %a : f32
    %a3 = arith.mulf %a2, %a : f32
    %t0 = arith.mulf %a3, %k3 : f32
    %t1 = arith.addf %a, %t0 : f32
    %t2 = arith.mulf %t1, %k : f32
    %th = math.tanh %t2 : f32
    %t3 = arith.addf %th, %c1 : f32
    %t4 = arith.mulf %t3, %a : f32
    %r = arith.mulf %t4, %c0 : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}
func.func @loss32(%x: tensor<4x8xf32>, %g1: tensor<8xf32>, %b1: tensor<8xf32>, %wq: tensor<8x8xf32>, %wk: tensor<8x8xf32>, %wv: tensor<8x8xf32>, %wo: tensor<8x8xf32>, %g2: tensor<8xf32>, %b2: tensor<8xf32>, %w1: tensor<8x16xf32>, %w2: tensor<16x8xf32>) -> tensor<f32> {
  %h = ckpt.checkpoint (%x, %g1, %b1, %wq, %wk, %wv, %wo) {name = "attn"} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>, %q: tensor<8x8xf32>, %k: tensor<8x8xf32>, %v: tensor<8x8xf32>, %o: tensor<8x8xf32>):
    %n = func.call @layernorm32(%a, %g, %b) : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
    %at = func.call @attention32(%n, %q, %k, %v, %o) : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %r = arith.addf %a, %at : tensor<4x8xf32>
    ckpt.yield %r : tensor<4x8xf32>
  }
  %y = ckpt.checkpoint (%h, %g2, %b2, %w1, %w2) {name = "mlp"} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>, %u: tensor<8x16xf32>, %d: tensor<16x8xf32>):
    %z = arith.constant 0.0 : f32
    %n = func.call @layernorm32(%a, %g, %b) : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
    %e16 = tensor.empty() : tensor<4x16xf32>
    %f16 = linalg.fill ins(%z : f32) outs(%e16 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %up = linalg.matmul ins(%n, %u : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f16 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %ge = func.call @gelu32(%up) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %e8 = tensor.empty() : tensor<4x8xf32>
    %f8 = linalg.fill ins(%z : f32) outs(%e8 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %dn = linalg.matmul ins(%ge, %d : tensor<4x16xf32>, tensor<16x8xf32>) outs(%f8 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %r = arith.addf %a, %dn : tensor<4x8xf32>
    ckpt.yield %r : tensor<4x8xf32>
  }
  %l = func.call @sumsq32(%y) : (tensor<4x8xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

func.func @step32(%x: tensor<4x8xf32>, %g1: tensor<8xf32>, %b1: tensor<8xf32>, %wq: tensor<8x8xf32>, %wk: tensor<8x8xf32>, %wv: tensor<8x8xf32>, %wo: tensor<8x8xf32>, %g2: tensor<8xf32>, %b2: tensor<8xf32>, %w1: tensor<8x16xf32>, %w2: tensor<16x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x16xf32>, tensor<16x8xf32>) {
  %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 = ckpt.value_and_grad @loss32(%x, %g1, %b1, %wq, %wk, %wv, %wo, %g2, %b2, %w1, %w2) wrt [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x16xf32>, tensor<16x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x16xf32>, tensor<16x8xf32>)
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<f32>, tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8x16xf32>, tensor<16x8xf32>
}
