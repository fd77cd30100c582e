// The matmul family through cuBLAS (plain, transposed operands, batched;
// f32 and f64) against the CPU run.
// REQUIRES: cuda, numpy
// RUN: rm -rf %t && mkdir -p %t/cpu %t/gpu
// RUN: ckpt-run %s --entry=main --target=cpu --seed=3 --output-dir=%t/cpu
// RUN: ckpt-run %s --entry=main --target=cuda --seed=3 --output-dir=%t/gpu
// RUN: %python %S/Inputs/compare_runs.py %t/cpu %t/gpu | FileCheck %s
// CHECK: match 4 outputs

#mk = affine_map<(m, n, k) -> (m, k)>
#km = affine_map<(m, n, k) -> (k, m)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @main(%a: tensor<24x40xf32>, %b: tensor<40x56xf32>, %bt: tensor<56x40xf32>,
                %at: tensor<40x24xf64>, %b64: tensor<40x56xf64>,
                %ba: tensor<3x24x40xf32>, %bb: tensor<3x40x56xf32>)
    -> (tensor<24x56xf32>, tensor<24x56xf32>, tensor<24x56xf64>, tensor<3x24x56xf32>) {
  %z = arith.constant 0.0 : f32
  %z64 = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<24x56xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<24x56xf32>) -> tensor<24x56xf32>
  %ab = linalg.matmul ins(%a, %b : tensor<24x40xf32>, tensor<40x56xf32>)
                      outs(%f : tensor<24x56xf32>) -> tensor<24x56xf32>
  %abt = linalg.matmul indexing_maps = [#mk, #nk, #mn]
      ins(%a, %bt : tensor<24x40xf32>, tensor<56x40xf32>)
      outs(%f : tensor<24x56xf32>) -> tensor<24x56xf32>
  %e64 = tensor.empty() : tensor<24x56xf64>
  %f64 = linalg.fill ins(%z64 : f64) outs(%e64 : tensor<24x56xf64>) -> tensor<24x56xf64>
  %atb = linalg.matmul indexing_maps = [#km, #kn, #mn]
      ins(%at, %b64 : tensor<40x24xf64>, tensor<40x56xf64>)
      outs(%f64 : tensor<24x56xf64>) -> tensor<24x56xf64>
  %eb = tensor.empty() : tensor<3x24x56xf32>
  %fb = linalg.fill ins(%z : f32) outs(%eb : tensor<3x24x56xf32>) -> tensor<3x24x56xf32>
  %bab = linalg.batch_matmul ins(%ba, %bb : tensor<3x24x40xf32>, tensor<3x40x56xf32>)
                             outs(%fb : tensor<3x24x56xf32>) -> tensor<3x24x56xf32>
  return %ab, %abt, %atb, %bab : tensor<24x56xf32>, tensor<24x56xf32>, tensor<24x56xf64>, tensor<3x24x56xf32>
}
