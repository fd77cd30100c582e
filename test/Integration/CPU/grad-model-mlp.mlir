// REQUIRES: numpy
// Model: a 3-layer residual tanh MLP with biases, one checkpoint region per
// layer, layers written as a called helper.
// FD checks in f64 (tol 1e-6) and f32 (tol 1e-3, a fourth-order stencil
// with step 2e-2 so f32 roundoff of a loss of ~100 stays small), and
// bit-identity of the f32 (and f64) training
// steps against the same program with the regions inlined.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3,4,5,6 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1,2,3,4,5,6 --tol=1e-3 --eps=2e-2 | FileCheck %s
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
// y = x + tanh(x W + b), bias broadcast with a hand-written generic.
func.func private @dense(%x: tensor<4x8xf64>, %w: tensor<8x8xf64>, %b: tensor<8xf64>) -> tensor<4x8xf64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<4x8xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<4x8xf64>) -> tensor<4x8xf64>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f : tensor<4x8xf64>) -> tensor<4x8xf64>
  %y = linalg.generic {indexing_maps = [#id, #col, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b, %x : tensor<4x8xf64>, tensor<8xf64>, tensor<4x8xf64>) outs(%e : tensor<4x8xf64>) {
  ^bb0(%a: f64, %bb: f64, %r: f64, %o: f64):
    %s = arith.addf %a, %bb : f64
    %t = math.tanh %s : f64
    %u = arith.addf %t, %r : f64
    linalg.yield %u : f64
  } -> tensor<4x8xf64>
  return %y : tensor<4x8xf64>
}
func.func @loss(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>) -> tensor<f64> {
  %h1 = ckpt.checkpoint (%x, %w1, %b1) {name = "l1"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %w: tensor<8x8xf64>, %b: tensor<8xf64>):
    %y = func.call @dense(%a, %w, %b) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    ckpt.yield %y : tensor<4x8xf64>
  }
  %h2 = ckpt.checkpoint (%h1, %w2, %b2) {name = "l2"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %w: tensor<8x8xf64>, %b: tensor<8xf64>):
    %y = func.call @dense(%a, %w, %b) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    ckpt.yield %y : tensor<4x8xf64>
  }
  %h3 = ckpt.checkpoint (%h2, %w3, %b3) {name = "l3"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %w: tensor<8x8xf64>, %b: tensor<8xf64>):
    %y = func.call @dense(%a, %w, %b) : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> tensor<4x8xf64>
    ckpt.yield %y : tensor<4x8xf64>
  }
  %l = func.call @sumsq(%h3) : (tensor<4x8xf64>) -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>) {
  %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 = ckpt.value_and_grad @loss(%x, %w1, %b1, %w2, %b2, %w3, %b3) wrt [0, 1, 2, 3, 4, 5, 6] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>)
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>
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
// y = x + tanh(x W + b), bias broadcast with a hand-written generic.
func.func private @dense32(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #col, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b, %x : tensor<4x8xf32>, tensor<8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %bb: f32, %r: f32, %o: f32):
    %s = arith.addf %a, %bb : f32
    %t = math.tanh %s : f32
    %u = arith.addf %t, %r : f32
    linalg.yield %u : f32
  } -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
func.func @loss32(%x: tensor<4x8xf32>, %w1: tensor<8x8xf32>, %b1: tensor<8xf32>, %w2: tensor<8x8xf32>, %b2: tensor<8xf32>, %w3: tensor<8x8xf32>, %b3: tensor<8xf32>) -> tensor<f32> {
  %h1 = ckpt.checkpoint (%x, %w1, %b1) {name = "l1"} : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>):
    %y = func.call @dense32(%a, %w, %b) : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
    ckpt.yield %y : tensor<4x8xf32>
  }
  %h2 = ckpt.checkpoint (%h1, %w2, %b2) {name = "l2"} : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>):
    %y = func.call @dense32(%a, %w, %b) : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
    ckpt.yield %y : tensor<4x8xf32>
  }
  %h3 = ckpt.checkpoint (%h2, %w3, %b3) {name = "l3"} : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>, %b: tensor<8xf32>):
    %y = func.call @dense32(%a, %w, %b) : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
    ckpt.yield %y : tensor<4x8xf32>
  }
  %l = func.call @sumsq32(%h3) : (tensor<4x8xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

func.func @step32(%x: tensor<4x8xf32>, %w1: tensor<8x8xf32>, %b1: tensor<8xf32>, %w2: tensor<8x8xf32>, %b2: tensor<8xf32>, %w3: tensor<8x8xf32>, %b3: tensor<8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>) {
  %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 = ckpt.value_and_grad @loss32(%x, %w1, %b1, %w2, %b2, %w3, %b3) wrt [0, 1, 2, 3, 4, 5, 6] : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>)
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xf32>
}
