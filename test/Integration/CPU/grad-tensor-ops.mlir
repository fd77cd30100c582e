// REQUIRES: numpy
// Bug: ckpt-run's JIT cannot resolve memrefCopy (a bufferized insert_slice
// copies into a strided subview); minimized in
// /tmp/bugs/memrefcopy-insert-slice.mlir. With libmlir_c_runner_utils
// preloaded, both checks pass.
// tensor dialect ops: expand_shape, collapse_shape, extract_slice,
// insert_slice, concat, pad with a constant, extract and from_elements.
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss32 --step=step32 --wrt=0,1 --tol=1e-3 --eps=5e-3 | FileCheck %s
// CHECK: PASS


func.func @loss(%x: tensor<3x4xf64>, %y: tensor<2x6xf64>) -> tensor<f64> {
  %z = arith.constant 0.0 : f64
  %pv = arith.constant 0.5 : f64
  // expand x to 3x2x2 and collapse back to 6x2
  %x3 = tensor.expand_shape %x [[0], [1, 2]] output_shape [3, 2, 2] : tensor<3x4xf64> into tensor<3x2x2xf64>
  %x62 = tensor.collapse_shape %x3 [[0, 1], [2]] : tensor<3x2x2xf64> into tensor<6x2xf64>
  %y26 = math.sin %y : tensor<2x6xf64>
  %yc = tensor.collapse_shape %y26 [[0, 1]] : tensor<2x6xf64> into tensor<12xf64>
  %ye = tensor.expand_shape %yc [[0, 1]] output_shape [6, 2] : tensor<12xf64> into tensor<6x2xf64>
  // concat along dim 1 -> 6x4, multiply by a shifted slice of itself
  %c = tensor.concat dim(1) %x62, %ye : (tensor<6x2xf64>, tensor<6x2xf64>) -> tensor<6x4xf64>
  %s1 = tensor.extract_slice %c[1, 0] [4, 3] [1, 1] : tensor<6x4xf64> to tensor<4x3xf64>
  %s2 = tensor.extract_slice %c[0, 1] [4, 3] [1, 1] : tensor<6x4xf64> to tensor<4x3xf64>
  %p = arith.mulf %s1, %s2 : tensor<4x3xf64>
  // strided slice
  %s3 = tensor.extract_slice %c[0, 0] [3, 2] [2, 2] : tensor<6x4xf64> to tensor<3x2xf64>
  // insert a tanh'd block back into the concatenation
  %t = math.tanh %s3 : tensor<3x2xf64>
  %ins = tensor.insert_slice %t into %c[2, 1] [3, 2] [1, 1] : tensor<3x2xf64> into tensor<6x4xf64>
  %ins2 = arith.mulf %ins, %ins : tensor<6x4xf64>
  // pad p with a constant to 6x5
  %pd = tensor.pad %p low[1, 0] high[1, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %pv : f64
  } : tensor<4x3xf64> to tensor<6x5xf64>
  %pds = tensor.extract_slice %pd[0, 0] [6, 4] [1, 1] : tensor<6x5xf64> to tensor<6x4xf64>
  %q = arith.mulf %pds, %ins2 : tensor<6x4xf64>
  // scalars: extract two elements, combine, from_elements, extract again
  %i0 = arith.constant 0 : index
  %i1 = arith.constant 1 : index
  %i3 = arith.constant 3 : index
  %a = tensor.extract %q[%i1, %i3] : tensor<6x4xf64>
  %b = tensor.extract %x[%i0, %i1] : tensor<3x4xf64>
  %ab = arith.mulf %a, %b : f64
  %fe = tensor.from_elements %ab, %a, %b, %ab : tensor<2x2xf64>
  %fe2 = arith.mulf %fe, %fe : tensor<2x2xf64>
  %g = tensor.extract %fe2[%i1, %i0] : tensor<2x2xf64>
  %h = tensor.extract %fe2[%i0, %i0] : tensor<2x2xf64>
  %e0 = tensor.empty() : tensor<f64>
  %f0 = linalg.fill ins(%z : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %r = linalg.reduce ins(%q : tensor<6x4xf64>) outs(%f0 : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %s = arith.addf %in, %acc : f64
      linalg.yield %s : f64
    }
  %rv = tensor.extract %r[] : tensor<f64>
  %gh = arith.addf %g, %h : f64
  %tot = arith.addf %rv, %gh : f64
  %out = tensor.from_elements %tot : tensor<f64>
  return %out : tensor<f64>
}
func.func @step(%x: tensor<3x4xf64>, %y: tensor<2x6xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<2x6xf64>) {
  %l, %dx, %dy = ckpt.value_and_grad @loss(%x, %y) wrt [0, 1] : (tensor<3x4xf64>, tensor<2x6xf64>) -> (tensor<f64>, tensor<3x4xf64>, tensor<2x6xf64>)
  return %l, %dx, %dy : tensor<f64>, tensor<3x4xf64>, tensor<2x6xf64>
}

func.func @loss32(%x: tensor<3x4xf32>, %y: tensor<3x2xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %pv = arith.constant -1.0 : f32
  %c = tensor.concat dim(1) %x, %y : (tensor<3x4xf32>, tensor<3x2xf32>) -> tensor<3x6xf32>
  %c2 = tensor.expand_shape %c [[0], [1, 2]] output_shape [3, 3, 2] : tensor<3x6xf32> into tensor<3x3x2xf32>
  %c3 = tensor.collapse_shape %c2 [[0, 1], [2]] : tensor<3x3x2xf32> into tensor<9x2xf32>
  %s = tensor.extract_slice %c3[1, 0] [6, 2] [1, 1] : tensor<9x2xf32> to tensor<6x2xf32>
  %t = math.tanh %s : tensor<6x2xf32>
  %pd = tensor.pad %t low[0, 1] high[0, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %pv : f32
  } : tensor<6x2xf32> to tensor<6x4xf32>
  %ins = tensor.insert_slice %s into %pd[0, 0] [6, 2] [1, 2] : tensor<6x2xf32> into tensor<6x4xf32>
  %sq = arith.mulf %ins, %pd : tensor<6x4xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%sq : tensor<6x4xf32>) outs(%f0 : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32
    }
  return %r : tensor<f32>
}
func.func @step32(%x: tensor<3x4xf32>, %y: tensor<3x2xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x2xf32>) {
  %l, %dx, %dy = ckpt.value_and_grad @loss32(%x, %y) wrt [0, 1] : (tensor<3x4xf32>, tensor<3x2xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<3x2xf32>)
  return %l, %dx, %dy : tensor<f32>, tensor<3x4xf32>, tensor<3x2xf32>
}
