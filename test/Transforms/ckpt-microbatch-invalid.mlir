// RUN: ckpt-opt %s --ckpt-microbatch="count=3 batch-args=1" -split-input-file -verify-diagnostics
// RUN: not ckpt-opt %s --ckpt-microbatch="count=0 batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2 batch-args=7" -split-input-file 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2 batch-args=0" -split-input-file 2>&1 | FileCheck %s --check-prefix=RANK0
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2 batch-args=1,2" -split-input-file 2>&1 | FileCheck %s --check-prefix=DIFFER
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2 batch-args=1,1" -split-input-file 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2" -split-input-file 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not ckpt-opt %s --ckpt-microbatch="count=2 batch-args=1 reduction=max" -split-input-file 2>&1 | FileCheck %s --check-prefix=BADOPT
// RUN: not ckpt-opt %s --ckpt-microbatch="count=two batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=BADCOUNT

// ZERO: error: 'ckpt.value_and_grad' op ckpt-microbatch: count must be at least 1, got 0
// RANGE: error: 'ckpt.value_and_grad' op ckpt-microbatch: batch argument index 7 is out of range (the callee has 3 arguments)
// RANK0: error: 'ckpt.value_and_grad' op ckpt-microbatch: batch argument #0 has type 'f32'; it needs a dimension 0 to split
// DIFFER: error: 'ckpt.value_and_grad' op ckpt-microbatch: batch arguments #1 and #2 differ in dimension 0 (8 vs 6)
// TWICE: error: 'ckpt.value_and_grad' op ckpt-microbatch: batch argument index 1 is given twice
// NONE: error: 'ckpt.value_and_grad' op ckpt-microbatch: batch-args must name at least one argument
// BADOPT: Cannot find option named 'max'!
// BADCOUNT: for the --count option: 'two' value invalid for long argument!

// The count 3 does not divide the batch of 8 rows.
func.func private @loss(%s: f32, %x: tensor<8x4xf32>, %y: tensor<6x4xf32>) -> f32 {
  %c = arith.constant 0 : index
  %v = tensor.extract %x[%c, %c] : tensor<8x4xf32>
  %r = arith.mulf %v, %s : f32
  return %r : f32
}
func.func @step(%s: f32, %x: tensor<8x4xf32>, %y: tensor<6x4xf32>) -> (f32, f32) {
  // expected-error @below {{ckpt-microbatch: count 3 does not divide the batch size 8}}
  %l, %g = ckpt.value_and_grad @loss(%s, %x, %y) wrt [0] : (f32, tensor<8x4xf32>, tensor<6x4xf32>) -> (f32, f32)
  return %l, %g : f32, f32
}

// -----

// The batch reaches an op the pass cannot split (here an element read at
// a fixed row).
func.func private @first(%w: f32, %x: tensor<6x4xf32>) -> f32 {
  %c = arith.constant 0 : index
  // expected-error @below {{'tensor.extract' op cannot be split into micro-batches: ckpt-microbatch does not know how its operands or results follow the batch dimension}}
  %v = tensor.extract %x[%c, %c] : tensor<6x4xf32>
  return %v : f32
}
func.func @step(%w: f32, %x: tensor<6x4xf32>) -> (f32, tensor<6x4xf32>) {
  %l, %g = ckpt.value_and_grad @first(%w, %x) wrt [1] : (f32, tensor<6x4xf32>) -> (f32, tensor<6x4xf32>)
  return %l, %g : f32, tensor<6x4xf32>
}

// -----

// A dimension tied to the batch that the count does not divide: the
// reshape folds the batch of 6 into 2 x 3 rows.
func.func private @fold(%w: f32, %x: tensor<6x4xf32>) -> tensor<f32> {
  // expected-error @below {{'tensor.expand_shape' op cannot be split into micro-batches: dimension 0 of 'tensor<2x3x4xf32>' follows the batch dimension but is not a multiple of 3}}
  %r = tensor.expand_shape %x [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %l = linalg.reduce ins(%r : tensor<2x3x4xf32>) outs(%f : tensor<f32>) dimensions = [0, 1, 2]
    (%a: f32, %b: f32) {
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
    }
  return %l : tensor<f32>
}
func.func @step(%w: f32, %x: tensor<6x4xf32>) -> (tensor<f32>, tensor<6x4xf32>) {
  %l, %g = ckpt.value_and_grad @fold(%w, %x) wrt [1] : (f32, tensor<6x4xf32>) -> (tensor<f32>, tensor<6x4xf32>)
  return %l, %g : tensor<f32>, tensor<6x4xf32>
}
