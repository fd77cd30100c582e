// Elementwise ops (fused into kernels) on the GPU against the CPU run.
// REQUIRES: cuda, numpy
// RUN: rm -rf %t && mkdir -p %t/cpu %t/gpu
// RUN: ckpt-run %s --entry=main --target=cpu --seed=3 --output-dir=%t/cpu
// RUN: ckpt-run %s --entry=main --target=cuda --seed=3 --output-dir=%t/gpu
// RUN: %python %S/Inputs/compare_runs.py %t/cpu %t/gpu | FileCheck %s
// CHECK: match 3 outputs

func.func @main(%a: tensor<33x65xf32>, %b: tensor<33x65xf32>, %c: tensor<1000xf64>)
    -> (tensor<33x65xf32>, tensor<33x65xf32>, tensor<1000xf64>) {
  %zero = arith.constant dense<0.0> : tensor<33x65xf32>
  %s = arith.addf %a, %b : tensor<33x65xf32>
  %m = arith.mulf %s, %a : tensor<33x65xf32>
  %r = arith.maximumf %m, %zero : tensor<33x65xf32>
  %t = math.tanh %a : tensor<33x65xf32>
  %e = math.exp %b : tensor<33x65xf32>
  %d = arith.divf %t, %e : tensor<33x65xf32>
  %n = arith.negf %c : tensor<1000xf64>
  %x = math.exp %n : tensor<1000xf64>
  return %r, %d, %x : tensor<33x65xf32>, tensor<33x65xf32>, tensor<1000xf64>
}
