// RUN: ckpt-opt %s --ckpt-mixed-precision="dtype=bf16" -split-input-file -verify-diagnostics
// RUN: not ckpt-opt %s --ckpt-mixed-precision="dtype=f8" -split-input-file 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not ckpt-opt %s --ckpt-mixed-precision="dtype=f16 loss-scale=0" -split-input-file 2>&1 | FileCheck %s --check-prefix=SCALE
// DTYPE: Cannot find option named 'f8'!
// SCALE: ckpt-mixed-precision: loss-scale must be positive, got 0

// An integer model: nothing of the loss's type to run in low precision.
func.func private @count(%x: tensor<4xi64>) -> f32 {
  %c = arith.constant 0 : index
  %v = tensor.extract %x[%c] : tensor<4xi64>
  %f = arith.sitofp %v : i64 to f32
  return %f : f32
}
func.func @step(%x: tensor<4xi64>) -> f32 {
  // expected-error @below {{ckpt-mixed-precision: @count has no 'f32' argument: its activations are not floats of the loss's type (an integer model), so there is nothing to run in 'bf16'}}
  %l = ckpt.value_and_grad @count(%x) wrt [] : (tensor<4xi64>) -> f32
  return %l : f32
}

// -----

// A model that converts its f32 values from f16: in f16 that is no
// conversion at all (dtype=bf16 could keep it: bf16 and f16 have no order).
func.func private @fromhalf(%x: tensor<4xf16>, %w: tensor<4xf32>) -> f32 {
  %c = arith.constant 0 : index
  %v = tensor.extract %x[%c] : tensor<4xf16>
  // expected-error @below {{ckpt-mixed-precision: converts between 'f32' and another type that 'bf16' cannot be ordered with; this model cannot run in 'bf16'}}
  %f = arith.extf %v : f16 to f32
  %u = tensor.extract %w[%c] : tensor<4xf32>
  %r = arith.addf %f, %u : f32
  return %r : f32
}
func.func @step(%x: tensor<4xf16>, %w: tensor<4xf32>) -> (f32, tensor<4xf32>) {
  %l, %g = ckpt.value_and_grad @fromhalf(%x, %w) wrt [1] : (tensor<4xf16>, tensor<4xf32>) -> (f32, tensor<4xf32>)
  return %l, %g : f32, tensor<4xf32>
}

// -----

// A differentiated argument in another float type than the master copy.
func.func private @mixed(%x: tensor<4xf32>, %y: tensor<4xf64>) -> f32 {
  %c = arith.constant 0 : index
  %v = tensor.extract %x[%c] : tensor<4xf32>
  return %v : f32
}
func.func @step(%x: tensor<4xf32>, %y: tensor<4xf64>) -> (f32, tensor<4xf64>) {
  // expected-error @below {{ckpt-mixed-precision: differentiated argument #1 is of type 'tensor<4xf64>'; mixed precision needs the master type 'f32'}}
  %l, %g = ckpt.value_and_grad @mixed(%x, %y) wrt [1] : (tensor<4xf32>, tensor<4xf64>) -> (f32, tensor<4xf64>)
  return %l, %g : f32, tensor<4xf64>
}

// -----

// Bits reinterpreted: the op cannot change type.
func.func private @bits(%x: f32) -> f32 {
  // expected-error @below {{ckpt-mixed-precision: reinterprets the bits of a 'f32' value, which cannot change type}}
  %i = arith.bitcast %x : f32 to i32
  %f = arith.bitcast %i : i32 to f32
  return %f : f32
}
func.func @step(%x: f32) -> (f32, f32) {
  %l, %g = ckpt.value_and_grad @bits(%x) wrt [0] : (f32) -> (f32, f32)
  return %l, %g : f32, f32
}
