// RUN: ckpt-opt %s --ckpt-approximate-math | FileCheck %s

// f32 tanh, exp, expm1, log, log1p, log2 and erf become arithmetic: no math
// call is left that would lower to libm.
// CHECK-LABEL: func.func @f32_scalars
// CHECK-NOT:     math.tanh
// CHECK-NOT:     math.exp
// CHECK-NOT:     math.expm1
// CHECK-NOT:     math.log
// CHECK-NOT:     math.erf
// CHECK:         math.fma
// CHECK:         return
func.func @f32_scalars(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32) {
  %0 = math.tanh %x : f32
  %1 = math.exp %x : f32
  %2 = math.expm1 %x : f32
  %3 = math.log %x : f32
  %4 = math.log1p %x : f32
  %5 = math.log2 %x : f32
  %6 = math.erf %x : f32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f32, f32, f32, f32, f32, f32
}

// Vectors too, element by element.
// CHECK-LABEL: func.func @f32_vector
// CHECK-NOT:     math.tanh
// CHECK:         arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
func.func @f32_vector(%x: vector<8xf32>) -> vector<8xf32> {
  %0 = math.tanh %x : vector<8xf32>
  return %0 : vector<8xf32>
}

// f64 keeps libm's precision, and functions outside the list are untouched.
// CHECK-LABEL: func.func @kept
// CHECK:         math.tanh %{{.*}} : f64
// CHECK:         math.exp %{{.*}} : f64
// CHECK:         math.sqrt %{{.*}} : f32
// CHECK:         math.sin %{{.*}} : f32
func.func @kept(%x: f64, %y: f32) -> (f64, f64, f32, f32) {
  %0 = math.tanh %x : f64
  %1 = math.exp %x : f64
  %2 = math.sqrt %y : f32
  %3 = math.sin %y : f32
  return %0, %1, %2, %3 : f64, f64, f32, f32
}
