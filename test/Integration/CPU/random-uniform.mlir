// REQUIRES: numpy
// ckpt.random_uniform on the host, bit for bit against the numpy reference
// of its Philox-4x32-10 stream (Inputs/philox.py, docs/Random.md): f32 and
// f64, 0-d to 3-d, a counter whose high word changes inside a tensor, a
// negative seed and an offset that wraps modulo 2^64. The same program run
// twice (two ranks of a data-parallel job) draws the same numbers.
// RUN: rm -rf %t && mkdir -p %t/rank0 %t/rank1
// RUN: %python %S/Inputs/randomcheck.py inputs %t
// RUN: ckpt-run %s --entry=draw --input=%t/s0.npy --input=%t/o0.npy --input=%t/s1.npy --input=%t/o1.npy --output-dir=%t/rank0
// RUN: ckpt-run %s --entry=draw --input=%t/s0.npy --input=%t/o0.npy --input=%t/s1.npy --input=%t/o1.npy --output-dir=%t/rank1 --opt-level=0
// RUN: %python %S/Inputs/randomcheck.py check %t rank0 rank1 | FileCheck %s

// CHECK: philox4x32_10: 3 known answers
// CHECK-NEXT: out0 float32 [3, 5]: bit-exact, min 0.{{[0-9]+}} max 0.{{[0-9]+}}
// CHECK-NEXT: out1 float64 [2, 3, 4]: bit-exact
// CHECK-NEXT: out2 float32 []: bit-exact
// CHECK-NEXT: out3 float32 [10]: bit-exact
// CHECK-NEXT: out4 float32 [64, 1024]: bit-exact, min 0.0000{{[0-9]+}} max 0.9999{{[0-9]+}}
// CHECK-NEXT: out5 float64 [1000]: bit-exact
// CHECK-NEXT: offset + 5 continues the stream
// CHECK-NEXT: 64x1024 f32: mean 0.50, in [0, 1): True, distinct 0.99{{[0-9]}}
// CHECK-NEXT: rank1: identical to the first run
// CHECK-NEXT: PASS

func.func @draw(%s0: i64, %o0: i64, %s1: i64, %o1: i64)
    -> (tensor<3x5xf32>, tensor<2x3x4xf64>, tensor<f32>, tensor<10xf32>,
        tensor<64x1024xf32>, tensor<1000xf64>) {
  %c5 = arith.constant 5 : i64
  %o0p5 = arith.addi %o0, %c5 : i64
  %a = ckpt.random_uniform %s0, %o0 : tensor<3x5xf32>
  %b = ckpt.random_uniform %s0, %o0 : tensor<2x3x4xf64>
  %c = ckpt.random_uniform %s0, %o0 : tensor<f32>
  %d = ckpt.random_uniform %s0, %o0p5 : tensor<10xf32>
  %e = ckpt.random_uniform %s1, %o1 : tensor<64x1024xf32>
  %f = ckpt.random_uniform %s1, %o1 : tensor<1000xf64>
  return %a, %b, %c, %d, %e, %f : tensor<3x5xf32>, tensor<2x3x4xf64>,
      tensor<f32>, tensor<10xf32>, tensor<64x1024xf32>, tensor<1000xf64>
}
