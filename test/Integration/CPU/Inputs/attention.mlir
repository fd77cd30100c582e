// Single-head attention with a residual, for the planner's exhaustive
// comparison (test/Integration/CPU/plan-exhaustive.test): the same
// attention as grad-model-transformer.mlir; helpers are calls, inlined by
// the test before planning.

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
func.func @loss(%x: tensor<4x8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>) -> tensor<f64> {
  %a = func.call @attention(%x, %wq, %wk, %wv, %wo) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64>
  %h = arith.addf %x, %a : tensor<4x8xf64>
  %l = func.call @sumsq(%h) : (tensor<4x8xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
func.func @step(%x: tensor<4x8xf64>, %wq: tensor<8x8xf64>, %wk: tensor<8x8xf64>, %wv: tensor<8x8xf64>, %wo: tensor<8x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) {
  %r:6 = ckpt.value_and_grad @loss(%x, %wq, %wk, %wv, %wo) wrt [0, 1, 2, 3, 4] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>)
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5 : tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>
}
