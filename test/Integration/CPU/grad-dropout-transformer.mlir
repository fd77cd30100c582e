// REQUIRES: numpy
// Model: grad-model-transformer.mlir's pre-LN transformer block (seq 4,
// dim 8, f64) with dropout (keep 0.75) where training puts it: on the
// attention probabilities (offset + 0, 16 draws), on the attention output
// (offset + 16) and on the MLP output (offset + 48), each written as plain
// linalg on ckpt.random_uniform. Each sub-block is a checkpoint region that
// takes the seed and offset as 0-d tensors and redraws its masks when the
// backward recomputes it.
// - gradients against central finite differences in f64;
// - bit-identical with the regions (and helper calls) inlined, and after
//   --ckpt-plan of that at half the activation budget and with sqrt, whose
//   region around the attention takes the seed and offset and redraws the
//   mask of the probabilities.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3,4,5,6,7,8,9,10 --tol=1e-6 --directions=2 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints --inline -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// RUN: ckpt-opt %t.mlir --ckpt-plan="activation-budget=0.5" -o %t.half.mlir
// RUN: FileCheck %s --input-file=%t.half.mlir --check-prefix=HALF
// RUN: %python %S/Inputs/gradcheck.py same %s %t.half.mlir --step=step | FileCheck %s
// RUN: ckpt-opt %t.mlir --ckpt-plan="strategy=sqrt" -o %t.planned.mlir
// RUN: FileCheck %s --input-file=%t.planned.mlir --check-prefix=PLANNED
// RUN: %python %S/Inputs/gradcheck.py same %s %t.planned.mlir --step=step | FileCheck %s
// CHECK: PASS
// HALF-LABEL: func.func @loss
// HALF: ckpt.checkpoint({{.*}}) {name = "auto_0"}
// PLANNED-LABEL: func.func @loss
// PLANNED: ckpt.checkpoint({{.*}}) {name = "auto_0"} : ({{.*}}tensor<i64>, tensor<i64>
// PLANNED: ckpt.random_uniform
// PLANNED: ckpt.yield


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
// Dropout with keep probability 0.75 (the mask u < 0.75, kept values
// scaled by 1/0.75), as plain linalg on ckpt.random_uniform.
func.func private @dropout44(%x: tensor<4x4xf64>, %seed: i64, %off: i64) -> tensor<4x4xf64> {
  %u = ckpt.random_uniform %seed, %off : tensor<4x4xf64>
  %e = tensor.empty() : tensor<4x4xf64>
  %y = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %u : tensor<4x4xf64>, tensor<4x4xf64>) outs(%e : tensor<4x4xf64>) {
  ^bb0(%a: f64, %r: f64, %o: f64):
    %keep = arith.constant 0.75 : f64
    %scale = arith.constant 1.3333333333333333 : f64
    %zero = arith.constant 0.0 : f64
    %k = arith.cmpf olt, %r, %keep : f64
    %s = arith.mulf %a, %scale : f64
    %d = arith.select %k, %s, %zero : f64
    linalg.yield %d : f64
  } -> tensor<4x4xf64>
  return %y : tensor<4x4xf64>
}
func.func private @dropout48(%x: tensor<4x8xf64>, %seed: i64, %off: i64) -> tensor<4x8xf64> {
  %u = ckpt.random_uniform %seed, %off : tensor<4x8xf64>
  %e = tensor.empty() : tensor<4x8xf64>
  %y = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %u : tensor<4x8xf64>, tensor<4x8xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %r: f64, %o: f64):
    %keep = arith.constant 0.75 : f64
    %scale = arith.constant 1.3333333333333333 : f64
    %zero = arith.constant 0.0 : f64
    %k = arith.cmpf olt, %r, %keep : f64
    %s = arith.mulf %a, %scale : f64
    %d = arith.select %k, %s, %zero : f64
    linalg.yield %d : f64
  } -> tensor<4x8xf64>
  return %y : tensor<4x8xf64>
}
// Single-head attention: softmax(Q K^T / sqrt 8) V Wo, softmax through a
// max reduction.
func.func private @attention(%h: tensor<4x8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>, %seed: i64, %off: i64) -> tensor<4x8xf64> {
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
  %pd = func.call @dropout44(%p, %seed, %off) : (tensor<4x4xf64>, i64, i64) -> tensor<4x4xf64>
  %att = linalg.matmul ins(%pd, %v : tensor<4x4xf64>, tensor<4x8xf64>) outs(%f48 : tensor<4x8xf64>) -> tensor<4x8xf64>
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
func.func @loss(%x: tensor<4x8xf64>, %g1: tensor<8xf64>, %b1: tensor<8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>, %g2: tensor<8xf64>, %b2: tensor<8xf64>, %w1: tensor<8x16xf64>, %w2: tensor<16x8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> tensor<f64> {
  %h = ckpt.checkpoint (%x, %g1, %b1, %wq, %wk, %wv, %wo, %seed, %offset) {name = "attn"} : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<i64>, tensor<i64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %g: tensor<8xf64>, %b: tensor<8xf64>, %q: tensor<8x8xf64>, %k: tensor<8x8xf64>, %v: tensor<8x8xf64>, %o: tensor<8x8xf64>, %st: tensor<i64>, %ot: tensor<i64>):
    %s = tensor.extract %st[] : tensor<i64>
    %o0 = tensor.extract %ot[] : tensor<i64>
    %c16 = arith.constant 16 : i64
    %o16 = arith.addi %o0, %c16 : i64
    %n = func.call @layernorm(%a, %g, %b) : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    %at = func.call @attention(%n, %q, %k, %v, %o, %s, %o0) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, i64, i64) -> tensor<4x8xf64>
    %atd = func.call @dropout48(%at, %s, %o16) : (tensor<4x8xf64>, i64, i64) -> tensor<4x8xf64>
    %r = arith.addf %a, %atd : tensor<4x8xf64>
    ckpt.yield %r : tensor<4x8xf64>
  }
  %y = ckpt.checkpoint (%h, %g2, %b2, %w1, %w2, %seed, %offset) {name = "mlp"} : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>, tensor<i64>, tensor<i64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %g: tensor<8xf64>, %b: tensor<8xf64>, %u: tensor<8x16xf64>, %d: tensor<16x8xf64>, %st: tensor<i64>, %ot: tensor<i64>):
    %s = tensor.extract %st[] : tensor<i64>
    %o0 = tensor.extract %ot[] : tensor<i64>
    %c48 = arith.constant 48 : i64
    %o48 = arith.addi %o0, %c48 : i64
    %z = arith.constant 0.0 : f64
    %n = func.call @layernorm(%a, %g, %b) : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    %e16 = tensor.empty() : tensor<4x16xf64>
    %f16 = linalg.fill ins(%z : f64) outs(%e16 : tensor<4x16xf64>) -> tensor<4x16xf64>
    %up = linalg.matmul ins(%n, %u : tensor<4x8xf64>, tensor<8x16xf64>) outs(%f16 : tensor<4x16xf64>) -> tensor<4x16xf64>
    %ge = func.call @gelu(%up) : (tensor<4x16xf64>) -> tensor<4x16xf64>
    %e8 = tensor.empty() : tensor<4x8xf64>
    %f8 = linalg.fill ins(%z : f64) outs(%e8 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %dn = linalg.matmul ins(%ge, %d : tensor<4x16xf64>, tensor<16x8xf64>) outs(%f8 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %dnd = func.call @dropout48(%dn, %s, %o48) : (tensor<4x8xf64>, i64, i64) -> tensor<4x8xf64>
    %r = arith.addf %a, %dnd : tensor<4x8xf64>
    ckpt.yield %r : tensor<4x8xf64>
  }
  %l = func.call @sumsq(%y) : (tensor<4x8xf64>) -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x8xf64>, %g1: tensor<8xf64>, %b1: tensor<8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>, %g2: tensor<8xf64>, %b2: tensor<8xf64>, %w1: tensor<8x16xf64>, %w2: tensor<16x8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>) {
  %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 = ckpt.value_and_grad @loss(%x, %g1, %b1, %wq, %wk, %wv, %wo, %g2, %b2, %w1, %w2, %seed, %offset) wrt [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : (tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>, tensor<i64>, tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>)
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : tensor<f64>, tensor<4x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<8x16xf64>, tensor<16x8xf64>
}

