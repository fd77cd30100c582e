// RUN: ckpt-opt %s --split-input-file -allow-unregistered-dialect --ckpt-reuse-dead-inputs | FileCheck %s

#map = affine_map<(d0) -> (d0)>

// The generic is the last reader of %a, made by a linalg op here: it
// writes its result over %a.
// CHECK-LABEL: func.func @dead_input
// CHECK:       %[[A:.*]] = linalg.generic
// CHECK:       linalg.generic
// CHECK-SAME:    ins(%[[A]], %arg0 : tensor<8xf32>, tensor<8xf32>) outs(%[[A]] : tensor<8xf32>)
func.func @dead_input(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.exp %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %e2 = tensor.empty() : tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]}
      ins(%a, %x : tensor<8xf32>, tensor<8xf32>) outs(%e2 : tensor<8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  return %b : tensor<8xf32>
}

// -----

#map = affine_map<(d0) -> (d0)>

// Not when the input is read later, is an argument (read-only), has another
// type, or is read through a broadcast.
// CHECK-LABEL: func.func @live_input
// CHECK:       %[[A:.*]] = linalg.generic
// CHECK-NOT:   outs(%[[A]]
// CHECK-NOT:   outs(%arg0
// CHECK:       return
func.func @live_input(%x: tensor<8xf32>, %s: tensor<1xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf64>) {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.exp %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %e2 = tensor.empty() : tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%a : tensor<8xf32>) outs(%e2 : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.tanh %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  "test.sink"(%a) : (tensor<8xf32>) -> ()
  %e3 = tensor.empty() : tensor<8xf64>
  %c = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%a : tensor<8xf32>) outs(%e3 : tensor<8xf64>) {
  ^bb0(%in: f32, %out: f64):
    %0 = arith.extf %in : f32 to f64
    linalg.yield %0 : f64
  } -> tensor<8xf64>
  %e4 = tensor.empty() : tensor<8xf32>
  %d = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e4 : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.tanh %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  return %b, %d, %c : tensor<8xf32>, tensor<8xf32>, tensor<8xf64>
}

// -----

#map = affine_map<(d0) -> (d0)>

// An adjoint that starts its accumulation on a fresh zero fill computes the
// addend alone, here over the dead input it reads.
// CHECK-LABEL: func.func @zero_accumulator
// CHECK:       %[[A:.*]] = linalg.generic
// CHECK-NOT:   linalg.fill
// CHECK:       linalg.generic
// CHECK-SAME:    outs(%[[A]] : tensor<8xf32>)
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: f32, %[[IN0:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:    %[[M:.*]] = arith.mulf %[[IN]], %[[IN0]]
// CHECK-NEXT:    linalg.yield %[[M]]
func.func @zero_accumulator(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.exp %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %cst = arith.constant 0.0 : f32
  %z0 = bufferization.alloc_tensor() : tensor<8xf32>
  %z = linalg.fill ins(%cst : f32) outs(%z0 : tensor<8xf32>) -> tensor<8xf32>
  %g = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]}
      ins(%a, %x : tensor<8xf32>, tensor<8xf32>) outs(%z : tensor<8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    %1 = arith.addf %out, %0 : f32
    linalg.yield %1 : f32
  } -> tensor<8xf32>
  return %g : tensor<8xf32>
}

// -----

#map = affine_map<(d0) -> (d0)>

// A fill of anything but +0.0 is a real initial value: kept.
// CHECK-LABEL: func.func @nonzero_accumulator
// CHECK:       linalg.fill
// CHECK:       arith.addf
func.func @nonzero_accumulator(%x: tensor<8xf32>) -> tensor<8xf32> {
  %cst = arith.constant -0.0 : f32
  %z0 = tensor.empty() : tensor<8xf32>
  %z = linalg.fill ins(%cst : f32) outs(%z0 : tensor<8xf32>) -> tensor<8xf32>
  %g = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%z : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %1 = arith.addf %out, %in : f32
    linalg.yield %1 : f32
  } -> tensor<8xf32>
  return %g : tensor<8xf32>
}

// -----

#map = affine_map<(d0) -> (d0)>
#all = affine_map<(d0) -> ()>

// A reduction's running value starts on its zero fill: kept.
// CHECK-LABEL: func.func @reduction_accumulator
// CHECK:       linalg.fill
// CHECK:       arith.addf
func.func @reduction_accumulator(%x: tensor<8xf32>) -> tensor<f32> {
  %cst = arith.constant 0.0 : f32
  %z0 = tensor.empty() : tensor<f32>
  %z = linalg.fill ins(%cst : f32) outs(%z0 : tensor<f32>) -> tensor<f32>
  %g = linalg.generic {indexing_maps = [#map, #all], iterator_types = ["reduction"]}
      ins(%x : tensor<8xf32>) outs(%z : tensor<f32>) {
  ^bb0(%in: f32, %out: f32):
    %1 = arith.addf %out, %in : f32
    linalg.yield %1 : f32
  } -> tensor<f32>
  return %g : tensor<f32>
}

// -----

#map = affine_map<(d0) -> (d0)>

// Read later through a reshape: still live, not written over.
// CHECK-LABEL: func.func @live_through_view
// CHECK:       %[[A:.*]] = linalg.generic
// CHECK-NOT:   outs(%[[A]]
// CHECK:       return
func.func @live_through_view(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<2x4xf32>) {
  %e = tensor.empty() : tensor<8xf32>
  %a = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.exp %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %v = tensor.expand_shape %a [[0, 1]] output_shape [2, 4] : tensor<8xf32> into tensor<2x4xf32>
  %e2 = tensor.empty() : tensor<8xf32>
  %b = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%a : tensor<8xf32>) outs(%e2 : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = math.tanh %in : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  "test.sink"(%v) : (tensor<2x4xf32>) -> ()
  return %b, %v : tensor<8xf32>, tensor<2x4xf32>
}
