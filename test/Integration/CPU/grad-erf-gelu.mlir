// REQUIRES: numpy
// Bug: --ckpt-lower-to-cpu does not lower math.erf (ckpt-run: "missing
// LLVMTranslationDialectInterface registration for dialect for op: math.erf");
// minimized in /tmp/bugs/erf-lowering.mlir. The adjoint rule itself is
// exercised here: exact GELU x * 0.5 * (1 + erf(x / sqrt 2)).
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>

func.func @loss(%x: tensor<3x4xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %e0 = tensor.empty() : tensor<f64>
  %f = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%x : tensor<3x4xf64>) outs(%f : tensor<f64>) {
  ^bb0(%a: f64, %acc: f64):
    %c1 = arith.constant 1.0 : f64
    %ch = arith.constant 0.5 : f64
    %is2 = arith.constant 0.70710678118654752 : f64
    %s = arith.mulf %a, %is2 : f64
    %er = math.erf %s : f64
    %p = arith.addf %er, %c1 : f64
    %h = arith.mulf %p, %ch : f64
    %g = arith.mulf %a, %h : f64
    %gg = arith.mulf %g, %a : f64
    %t = arith.addf %gg, %acc : f64
    linalg.yield %t : f64
  } -> tensor<f64>
  return %r : tensor<f64>
}
func.func @step(%x: tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>) {
  %l, %dx = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<3x4xf64>) -> (tensor<f64>, tensor<3x4xf64>)
  return %l, %dx : tensor<f64>, tensor<3x4xf64>
}

// The same on tensors with elementwise math ops, in f32.
func.func @loss32(%x: tensor<3x4xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %c1 = arith.constant dense<1.0> : tensor<3x4xf32>
  %ch = arith.constant dense<0.5> : tensor<3x4xf32>
  %is2 = arith.constant dense<0.70710678> : tensor<3x4xf32>
  %s = arith.mulf %x, %is2 : tensor<3x4xf32>
  %er = math.erf %s : tensor<3x4xf32>
  %p = arith.addf %er, %c1 : tensor<3x4xf32>
  %h = arith.mulf %p, %ch : tensor<3x4xf32>
  %g = arith.mulf %x, %h : tensor<3x4xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%g : tensor<3x4xf32>) outs(%f : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %t = arith.addf %in, %acc : f32
      linalg.yield %t : f32
    }
  return %r : tensor<f32>
}
func.func @step32(%x: tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>) {
  %l, %dx = ckpt.value_and_grad @loss32(%x) wrt [0] : (tensor<3x4xf32>) -> (tensor<f32>, tensor<3x4xf32>)
  return %l, %dx : tensor<f32>, tensor<3x4xf32>
}
