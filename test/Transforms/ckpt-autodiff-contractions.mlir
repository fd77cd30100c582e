// RUN: ckpt-opt %s --ckpt-autodiff | FileCheck %s

// Adjoints of contractions stay named contractions with transposed indexing
// maps (so lowering keeps their fast path, e.g. cuBLAS on the GPU).

// CHECK-DAG: #[[$LHS_T:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[$RHS_T:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
// CHECK-DAG: #[[$OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-DAG: #[[$A_T:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>
// CHECK-DAG: #[[$DCM:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>

func.func @bmm_loss(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3x5xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %c = linalg.batch_matmul ins(%a, %b : tensor<2x3x4xf32>, tensor<2x4x5xf32>) outs(%f : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%c : tensor<2x3x5xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1, 2]
    (%in: f32, %acc: f32) { %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @bmm
func.func @bmm(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> (tensor<2x3x4xf32>, tensor<2x4x5xf32>) {
  %l, %da, %db = ckpt.value_and_grad @bmm_loss(%a, %b) wrt [0, 1] : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> (tensor<f32>, tensor<2x3x4xf32>, tensor<2x4x5xf32>)
  return %da, %db : tensor<2x3x4xf32>, tensor<2x4x5xf32>
}

// CHECK-LABEL: func.func private @__grad_bmm_loss_wrt_0_1
// CHECK: %[[C:.*]] = linalg.batch_matmul ins(%arg0, %arg1
// dA = dC * B^T, dB = A^T * dC
// CHECK: %[[DA:.*]] = linalg.batch_matmul indexing_maps = [#[[$LHS_T]], #[[$RHS_T]], #[[$OUT]]] ins(%[[DC:.*]], %arg1 :
// CHECK: %[[DB:.*]] = linalg.batch_matmul indexing_maps = [#[[$A_T]], #[[$DCM]], #[[$OUT]]] ins(%arg0, %[[DC]] :
// CHECK: return %{{.*}}, %[[DA]], %[[DB]]
