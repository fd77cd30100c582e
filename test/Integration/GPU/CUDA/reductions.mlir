// Reductions (rows, columns, full; sum and max; f32 and f64) on the GPU,
// where they run as atomic parallel loops, against the CPU run.
// REQUIRES: cuda, numpy
// RUN: rm -rf %t && mkdir -p %t/cpu %t/gpu
// RUN: ckpt-run %s --entry=main --target=cpu --seed=3 --output-dir=%t/cpu
// RUN: ckpt-run %s --entry=main --target=cuda --seed=3 --output-dir=%t/gpu
// RUN: %python %S/Inputs/compare_runs.py %t/cpu %t/gpu | FileCheck %s
// CHECK: match 4 outputs

func.func @main(%x: tensor<37x300xf32>, %y: tensor<5000xf64>)
    -> (tensor<37xf32>, tensor<300xf32>, tensor<f64>, tensor<37xf32>) {
  %z32 = arith.constant 0.0 : f32
  %z64 = arith.constant 0.0 : f64
  %ninf = arith.constant 0xFF800000 : f32
  %e37 = tensor.empty() : tensor<37xf32>
  %f37 = linalg.fill ins(%z32 : f32) outs(%e37 : tensor<37xf32>) -> tensor<37xf32>
  %rows = linalg.reduce ins(%x : tensor<37x300xf32>) outs(%f37 : tensor<37xf32>) dimensions = [1]
    (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32
      linalg.yield %r : f32 }
  %e300 = tensor.empty() : tensor<300xf32>
  %f300 = linalg.fill ins(%z32 : f32) outs(%e300 : tensor<300xf32>) -> tensor<300xf32>
  %cols = linalg.reduce ins(%x : tensor<37x300xf32>) outs(%f300 : tensor<300xf32>) dimensions = [0]
    (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32
      linalg.yield %r : f32 }
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z64 : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %all = linalg.reduce ins(%y : tensor<5000xf64>) outs(%f0 : tensor<f64>) dimensions = [0]
    (%in: f64, %acc: f64) { %r = arith.addf %in, %acc : f64
      linalg.yield %r : f64 }
  %m0 = linalg.fill ins(%ninf : f32) outs(%e37 : tensor<37xf32>) -> tensor<37xf32>
  %max = linalg.reduce ins(%x : tensor<37x300xf32>) outs(%m0 : tensor<37xf32>) dimensions = [1]
    (%in: f32, %acc: f32) { %r = arith.maximumf %in, %acc : f32
      linalg.yield %r : f32 }
  return %rows, %cols, %all, %max : tensor<37xf32>, tensor<300xf32>, tensor<f64>, tensor<37xf32>
}
