// Sum and max reductions, to a vector and to a 0-d tensor, against numpy.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 6x10:f32
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0.sum(axis=1)" "a0.max(axis=0)" \
// RUN:   "np.float32(a0.sum())" | FileCheck %s
// CHECK: ok 3 outputs

func.func @main(%a: tensor<6x10xf32>) -> (tensor<6xf32>, tensor<10xf32>, tensor<f32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<6xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<6xf32>) -> tensor<6xf32>
  %rows = linalg.reduce ins(%a : tensor<6x10xf32>) outs(%f0 : tensor<6xf32>) dimensions = [1]
    (%x: f32, %acc: f32) {
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    }
  %e1 = tensor.empty() : tensor<10xf32>
  %f1 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<10xf32>) -> tensor<10xf32>
  %cols = linalg.reduce ins(%a : tensor<6x10xf32>) outs(%f1 : tensor<10xf32>) dimensions = [0]
    (%x: f32, %acc: f32) {
      %m = arith.maximumf %x, %acc : f32
      linalg.yield %m : f32
    }
  %e2 = tensor.empty() : tensor<f32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<f32>) -> tensor<f32>
  %all = linalg.reduce ins(%a : tensor<6x10xf32>) outs(%f2 : tensor<f32>) dimensions = [0, 1]
    (%x: f32, %acc: f32) {
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    }
  return %rows, %cols, %all : tensor<6xf32>, tensor<10xf32>, tensor<f32>
}
