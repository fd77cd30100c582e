// RUN: ckpt-opt %s --pass-pipeline="builtin.module(func.func(ckpt-parallelize-reductions))" --split-input-file | FileCheck %s

// A row sum spreads over the whole 8x128 space; each element adds itself
// to its row atomically.
// CHECK-LABEL: func.func @row_sum
// CHECK-DAG:     %[[C8:.*]] = arith.constant 8 : index
// CHECK-DAG:     %[[C128:.*]] = arith.constant 128 : index
// CHECK:         scf.parallel (%[[I:.*]], %[[J:.*]]) = (%{{.*}}, %{{.*}}) to (%[[C8]], %[[C128]])
// CHECK:           %[[V:.*]] = memref.load %arg0[%[[I]], %[[J]]]
// CHECK:           memref.atomic_rmw addf %[[V]], %arg1[%[[I]]]
// CHECK-NOT:     linalg.reduce
func.func @row_sum(%x: memref<8x128xf32>, %s: memref<8xf32>) {
  linalg.reduce ins(%x : memref<8x128xf32>) outs(%s : memref<8xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %r = arith.addf %in, %acc : f32
      linalg.yield %r : f32
    }
  return
}

// -----

// A max over a transposed read of a product: the term is computed per
// element, the combiner is atomic.
// CHECK-LABEL: func.func @max_of_product
// CHECK:         scf.parallel (%[[I:.*]], %[[J:.*]]) =
// CHECK:           %[[A:.*]] = memref.load %arg0[%[[J]], %[[I]]]
// CHECK:           %[[P:.*]] = arith.mulf %[[A]], %[[A]]
// CHECK:           memref.atomic_rmw maximumf %[[P]], %arg1[%[[I]]]
func.func @max_of_product(%x: memref<16x4xf64>, %m: memref<4xf64>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
    ins(%x : memref<16x4xf64>) outs(%m : memref<4xf64>) {
  ^bb0(%in: f64, %acc: f64):
    %p = arith.mulf %in, %in : f64
    %r = arith.maximumf %acc, %p : f64
    linalg.yield %r : f64
  }
  return
}

// -----

// No parallel dimension and no atomic combiner: one GPU thread.
// CHECK-LABEL: func.func @product
// CHECK:         scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step
// CHECK-NEXT:      linalg.reduce
// CHECK-LABEL: func.func @scalar_fill
// CHECK:         scf.parallel
// CHECK-NEXT:      linalg.fill
func.func @product(%x: memref<32xf32>, %p: memref<f32>) {
  linalg.reduce ins(%x : memref<32xf32>) outs(%p : memref<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %r = arith.mulf %in, %acc : f32
      linalg.yield %r : f32
    }
  return
}
func.func @scalar_fill(%p: memref<f32>) {
  %c = arith.constant 0.0 : f32
  linalg.fill ins(%c : f32) outs(%p : memref<f32>)
  return
}

// -----

// Elementwise ops and non-atomic row reductions are left to
// convert-linalg-to-parallel-loops.
// CHECK-LABEL: func.func @untouched
// CHECK-NOT:     scf.parallel
// CHECK:         linalg.exp
// CHECK:         linalg.reduce
func.func @untouched(%x: memref<8x32xf32>, %y: memref<8x32xf32>, %p: memref<8xf32>) {
  linalg.exp ins(%x : memref<8x32xf32>) outs(%y : memref<8x32xf32>)
  linalg.reduce ins(%x : memref<8x32xf32>) outs(%p : memref<8xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %r = arith.mulf %in, %acc : f32
      linalg.yield %r : f32
    }
  return
}
