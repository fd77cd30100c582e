// REQUIRES: numpy
// Nested (multi-level, three deep) checkpoint regions.
// FD checks in f64 (tol 1e-6) and f32 (tol 1e-3, a fourth-order stencil
// with step 2e-2 so f32 roundoff of a loss of ~100 stays small), and
// bit-identity of the f32 (and f64) training
// steps against the same program with the regions inlined.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1,2,3 --tol=1e-3 --eps=2e-2 | FileCheck %s
// RUN: ckpt-opt %s --ckpt-inline-checkpoints -o %t.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step32 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py same %s %t.mlir --step=step | FileCheck %s
// CHECK: PASS

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
func.func @loss(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %w2: tensor<8x8xf64>, %w3: tensor<8x8xf64>) -> tensor<f64> {
  %h = ckpt.checkpoint (%x, %w1, %w2) {name = "outer"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
  ^bb0(%a: tensor<4x8xf64>, %u: tensor<8x8xf64>, %v: tensor<8x8xf64>):
    %p = ckpt.checkpoint (%a, %u) {name = "in1"} : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
    ^bb0(%c: tensor<4x8xf64>, %s: tensor<8x8xf64>):
      %h1_z = arith.constant 0.0 : f64
      %h1_e = tensor.empty() : tensor<4x8xf64>
      %h1_f = linalg.fill ins(%h1_z : f64) outs(%h1_e : tensor<4x8xf64>) -> tensor<4x8xf64>
      %h1_m = linalg.matmul ins(%c, %s : tensor<4x8xf64>, tensor<8x8xf64>) outs(%h1_f : tensor<4x8xf64>) -> tensor<4x8xf64>
      %h1_t = math.tanh %h1_m : tensor<4x8xf64>
      %h1 = arith.addf %h1_t, %c : tensor<4x8xf64>
      ckpt.yield %h1 : tensor<4x8xf64>
    }
    %q_z = arith.constant 0.0 : f64
    %q_e = tensor.empty() : tensor<4x8xf64>
    %q_f = linalg.fill ins(%q_z : f64) outs(%q_e : tensor<4x8xf64>) -> tensor<4x8xf64>
    %q_m = linalg.matmul ins(%p, %v : tensor<4x8xf64>, tensor<8x8xf64>) outs(%q_f : tensor<4x8xf64>) -> tensor<4x8xf64>
    %q_t = math.tanh %q_m : tensor<4x8xf64>
    %q = arith.addf %q_t, %p : tensor<4x8xf64>
    %r9 = ckpt.checkpoint (%q, %v) {name = "in2"} : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
    ^bb0(%c: tensor<4x8xf64>, %s: tensor<8x8xf64>):
      %r8 = ckpt.checkpoint (%c, %s) {name = "in3"} : (tensor<4x8xf64>, tensor<8x8xf64>) -> tensor<4x8xf64> {
      ^bb0(%d: tensor<4x8xf64>, %t: tensor<8x8xf64>):
        %h8_z = arith.constant 0.0 : f64
        %h8_e = tensor.empty() : tensor<4x8xf64>
        %h8_f = linalg.fill ins(%h8_z : f64) outs(%h8_e : tensor<4x8xf64>) -> tensor<4x8xf64>
        %h8_m = linalg.matmul ins(%d, %t : tensor<4x8xf64>, tensor<8x8xf64>) outs(%h8_f : tensor<4x8xf64>) -> tensor<4x8xf64>
        %h8_t = math.tanh %h8_m : tensor<4x8xf64>
        %h8 = arith.addf %h8_t, %d : tensor<4x8xf64>
        ckpt.yield %h8 : tensor<4x8xf64>
      }
      %h9_z = arith.constant 0.0 : f64
      %h9_e = tensor.empty() : tensor<4x8xf64>
      %h9_f = linalg.fill ins(%h9_z : f64) outs(%h9_e : tensor<4x8xf64>) -> tensor<4x8xf64>
      %h9_m = linalg.matmul ins(%r8, %s : tensor<4x8xf64>, tensor<8x8xf64>) outs(%h9_f : tensor<4x8xf64>) -> tensor<4x8xf64>
      %h9_t = math.tanh %h9_m : tensor<4x8xf64>
      %h9 = arith.addf %h9_t, %r8 : tensor<4x8xf64>
      ckpt.yield %h9 : tensor<4x8xf64>
    }
    %y = arith.mulf %r9, %a : tensor<4x8xf64>
    ckpt.yield %y : tensor<4x8xf64>
  }
  %o_z = arith.constant 0.0 : f64
  %o_e = tensor.empty() : tensor<4x8xf64>
  %o_f = linalg.fill ins(%o_z : f64) outs(%o_e : tensor<4x8xf64>) -> tensor<4x8xf64>
  %o_m = linalg.matmul ins(%h, %w3 : tensor<4x8xf64>, tensor<8x8xf64>) outs(%o_f : tensor<4x8xf64>) -> tensor<4x8xf64>
  %o_t = math.tanh %o_m : tensor<4x8xf64>
  %o = arith.addf %o_t, %h : tensor<4x8xf64>
  %l = func.call @sumsq(%o) : (tensor<4x8xf64>) -> tensor<f64>
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %w2: tensor<8x8xf64>, %w3: tensor<8x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) {
  %r0, %r1, %r2, %r3, %r4 = ckpt.value_and_grad @loss(%x, %w1, %w2, %w3) wrt [0, 1, 2, 3] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>)
  return %r0, %r1, %r2, %r3, %r4 : tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>, tensor<8x8xf64>
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
func.func @loss32(%x: tensor<4x8xf32>, %w1: tensor<8x8xf32>, %w2: tensor<8x8xf32>, %w3: tensor<8x8xf32>) -> tensor<f32> {
  %h = ckpt.checkpoint (%x, %w1, %w2) {name = "outer"} : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>, %u: tensor<8x8xf32>, %v: tensor<8x8xf32>):
    %p = ckpt.checkpoint (%a, %u) {name = "in1"} : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
    ^bb0(%c: tensor<4x8xf32>, %s: tensor<8x8xf32>):
      %h1_z = arith.constant 0.0 : f32
      %h1_e = tensor.empty() : tensor<4x8xf32>
      %h1_f = linalg.fill ins(%h1_z : f32) outs(%h1_e : tensor<4x8xf32>) -> tensor<4x8xf32>
      %h1_m = linalg.matmul ins(%c, %s : tensor<4x8xf32>, tensor<8x8xf32>) outs(%h1_f : tensor<4x8xf32>) -> tensor<4x8xf32>
      %h1_t = math.tanh %h1_m : tensor<4x8xf32>
      %h1 = arith.addf %h1_t, %c : tensor<4x8xf32>
      ckpt.yield %h1 : tensor<4x8xf32>
    }
    %q_z = arith.constant 0.0 : f32
    %q_e = tensor.empty() : tensor<4x8xf32>
    %q_f = linalg.fill ins(%q_z : f32) outs(%q_e : tensor<4x8xf32>) -> tensor<4x8xf32>
    %q_m = linalg.matmul ins(%p, %v : tensor<4x8xf32>, tensor<8x8xf32>) outs(%q_f : tensor<4x8xf32>) -> tensor<4x8xf32>
    %q_t = math.tanh %q_m : tensor<4x8xf32>
    %q = arith.addf %q_t, %p : tensor<4x8xf32>
    %r9 = ckpt.checkpoint (%q, %v) {name = "in2"} : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
    ^bb0(%c: tensor<4x8xf32>, %s: tensor<8x8xf32>):
      %r8 = ckpt.checkpoint (%c, %s) {name = "in3"} : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
      ^bb0(%d: tensor<4x8xf32>, %t: tensor<8x8xf32>):
        %h8_z = arith.constant 0.0 : f32
        %h8_e = tensor.empty() : tensor<4x8xf32>
        %h8_f = linalg.fill ins(%h8_z : f32) outs(%h8_e : tensor<4x8xf32>) -> tensor<4x8xf32>
        %h8_m = linalg.matmul ins(%d, %t : tensor<4x8xf32>, tensor<8x8xf32>) outs(%h8_f : tensor<4x8xf32>) -> tensor<4x8xf32>
        %h8_t = math.tanh %h8_m : tensor<4x8xf32>
        %h8 = arith.addf %h8_t, %d : tensor<4x8xf32>
        ckpt.yield %h8 : tensor<4x8xf32>
      }
      %h9_z = arith.constant 0.0 : f32
      %h9_e = tensor.empty() : tensor<4x8xf32>
      %h9_f = linalg.fill ins(%h9_z : f32) outs(%h9_e : tensor<4x8xf32>) -> tensor<4x8xf32>
      %h9_m = linalg.matmul ins(%r8, %s : tensor<4x8xf32>, tensor<8x8xf32>) outs(%h9_f : tensor<4x8xf32>) -> tensor<4x8xf32>
      %h9_t = math.tanh %h9_m : tensor<4x8xf32>
      %h9 = arith.addf %h9_t, %r8 : tensor<4x8xf32>
      ckpt.yield %h9 : tensor<4x8xf32>
    }
    %y = arith.mulf %r9, %a : tensor<4x8xf32>
    ckpt.yield %y : tensor<4x8xf32>
  }
  %o_z = arith.constant 0.0 : f32
  %o_e = tensor.empty() : tensor<4x8xf32>
  %o_f = linalg.fill ins(%o_z : f32) outs(%o_e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %o_m = linalg.matmul ins(%h, %w3 : tensor<4x8xf32>, tensor<8x8xf32>) outs(%o_f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %o_t = math.tanh %o_m : tensor<4x8xf32>
  %o = arith.addf %o_t, %h : tensor<4x8xf32>
  %l = func.call @sumsq32(%o) : (tensor<4x8xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

func.func @step32(%x: tensor<4x8xf32>, %w1: tensor<8x8xf32>, %w2: tensor<8x8xf32>, %w3: tensor<8x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) {
  %r0, %r1, %r2, %r3, %r4 = ckpt.value_and_grad @loss32(%x, %w1, %w2, %w3) wrt [0, 1, 2, 3] : (tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) -> (tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>)
  return %r0, %r1, %r2, %r3, %r4 : tensor<f32>, tensor<4x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>
}
