// Transposes and broadcasts (data movement kernels) against the CPU run.
// REQUIRES: cuda, numpy
// RUN: rm -rf %t && mkdir -p %t/cpu %t/gpu
// RUN: ckpt-run %s --entry=main --target=cpu --seed=3 --output-dir=%t/cpu
// RUN: ckpt-run %s --entry=main --target=cuda --seed=3 --output-dir=%t/gpu
// RUN: %python %S/Inputs/compare_runs.py %t/cpu %t/gpu | FileCheck %s
// CHECK: match 3 outputs

func.func @main(%x: tensor<17x45xf32>, %v: tensor<45xf32>, %y: tensor<4x5x6xf64>)
    -> (tensor<45x17xf32>, tensor<17x45xf32>, tensor<6x4x5xf64>) {
  %e = tensor.empty() : tensor<45x17xf32>
  %t = linalg.transpose ins(%x : tensor<17x45xf32>) outs(%e : tensor<45x17xf32>) permutation = [1, 0]
  %eb = tensor.empty() : tensor<17x45xf32>
  %b = linalg.broadcast ins(%v : tensor<45xf32>) outs(%eb : tensor<17x45xf32>) dimensions = [0]
  %s = arith.addf %b, %x : tensor<17x45xf32>
  %e3 = tensor.empty() : tensor<6x4x5xf64>
  %t3 = linalg.transpose ins(%y : tensor<4x5x6xf64>) outs(%e3 : tensor<6x4x5xf64>) permutation = [2, 0, 1]
  return %t, %s, %t3 : tensor<45x17xf32>, tensor<17x45xf32>, tensor<6x4x5xf64>
}
