// RUN: ckpt-test-opt %s --ckpt-autodiff --canonicalize | FileCheck %s
// The adjoints of ops ckpt does not know, from external models registered
// only in ckpt-test-opt (test/lib/Dialect/TestCkpt/TestCkptModels.cpp).

#id = affine_map<(d0) -> (d0)>
func.func @loss(%x: tensor<4xf32>) -> f32 {
  %s = test_ckpt.softplus %x : tensor<4xf32>
  %e = tensor.empty() : tensor<4xf32>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%s : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%v: f32, %o: f32):
    %t = test_ckpt.cube %v : f32
    linalg.yield %t : f32
  } -> tensor<4xf32>
  %i = arith.constant 0 : index
  %a = tensor.extract %c[%i] : tensor<4xf32>
  %b = test_ckpt.cube %a : f32
  return %b : f32
}
func.func @step(%x: tensor<4xf32>) -> (f32, tensor<4xf32>) {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<4xf32>) -> (f32, tensor<4xf32>)
  return %l, %g : f32, tensor<4xf32>
}

// CHECK-LABEL: func.func private @__grad_loss_wrt_0
// CHECK-SAME:    (%[[X:.*]]: tensor<4xf32>)
// CHECK-DAG:     %[[THREE:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK:         %[[S:.*]] = test_ckpt.softplus %[[X]]
// CHECK:         %[[E:.*]] = tensor.extract
// CHECK:         %[[Y:.*]] = test_ckpt.cube %[[E]]
// A scalar op in a function body: ScalarOpAdjointModel, through its scalar
// rule (3 x^2, times a seed of 1).
// CHECK:         %[[SQ:.*]] = arith.mulf %[[E]], %[[E]]
// CHECK:         %[[DE:.*]] = arith.mulf %[[SQ]], %[[THREE]]
// CHECK:         %[[DC:.*]] = tensor.insert %[[DE]]
// The same scalar rule, replayed by the linalg.generic rule in a body.
// CHECK:         %[[DS:.*]] = linalg.generic {{.*}} ins(%[[S]], %[[DC]] :
// CHECK:           arith.mulf %{{.*}}, %[[THREE]]
// A tensor op: its AdjointOpInterface model, dx = dy * sigmoid(x).
// CHECK:         %[[DX:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[DS]] :
// CHECK:           math.exp
// CHECK:           arith.divf %[[ONE]]
// CHECK:         return %[[Y]], %[[DX]]
