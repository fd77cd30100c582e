// RUN: ckpt-opt %s --pass-pipeline="builtin.module(ckpt-device-residency)" --split-input-file | FileCheck %s

// Arguments are copied in, intermediates are device allocations, results
// are copied out into host buffers, and every device buffer is freed.
// CHECK-LABEL: func.func @exp
// CHECK-SAME:    (%[[X:.*]]: memref<4xf32>) -> memref<4xf32>
// CHECK:         %[[T0:.*]] = gpu.wait async
// CHECK:         %[[DX:.*]], %[[T1:.*]] = gpu.alloc async [%[[T0]]] () : memref<4xf32>
// CHECK:         gpu.wait [%[[T1]]]
// CHECK:         %[[T2:.*]] = gpu.wait async
// CHECK:         %[[T3:.*]] = gpu.memcpy async [%[[T2]]] %[[DX]], %[[X]]
// CHECK:         gpu.wait [%[[T3]]]
// CHECK:         %[[Y:.*]], %{{.*}} = gpu.alloc async [%{{.*}}] () : memref<4xf32>
// CHECK-NOT:     memref.alloc()
// CHECK:         linalg.exp ins(%[[DX]] : memref<4xf32>) outs(%[[Y]] : memref<4xf32>)
// CHECK:         %[[H:.*]] = memref.alloc() : memref<4xf32>
// CHECK:         gpu.memcpy async [%{{.*}}] %[[H]], %[[Y]]
// CHECK:         gpu.dealloc async [%{{.*}}] %[[Y]]
// CHECK:         gpu.dealloc async [%{{.*}}] %[[DX]]
// CHECK:         return %[[H]] : memref<4xf32>
func.func @exp(%x: memref<4xf32>) -> memref<4xf32> {
  %y = memref.alloc() : memref<4xf32>
  linalg.exp ins(%x : memref<4xf32>) outs(%y : memref<4xf32>)
  return %y : memref<4xf32>
}

// -----

// Deallocation of an intermediate becomes gpu.dealloc; a host read of a
// scalar result goes through a host copy; memref.copy becomes linalg.copy.
// CHECK-LABEL: func.func @scalar
// CHECK:         %[[A:.*]], %{{.*}} = gpu.alloc async [%{{.*}}] () : memref<f32>
// CHECK:         %[[B:.*]], %{{.*}} = gpu.alloc async [%{{.*}}] () : memref<f32>
// CHECK:         linalg.copy ins(%[[A]] : memref<f32>) outs(%[[B]] : memref<f32>)
// CHECK:         gpu.dealloc async [%{{.*}}] %[[A]]
// CHECK:         %[[H:.*]] = memref.alloc() : memref<f32>
// CHECK:         gpu.memcpy async [%{{.*}}] %[[H]], %[[B]]
// CHECK:         %[[V:.*]] = memref.load %[[H]][]
// CHECK:         memref.dealloc %[[H]]
// CHECK:         gpu.dealloc async [%{{.*}}] %[[B]]
// CHECK:         return %[[V]] : f32
func.func @scalar(%s: f32) -> f32 {
  %a = memref.alloc() : memref<f32>
  linalg.fill ins(%s : f32) outs(%a : memref<f32>)
  %b = memref.alloc() : memref<f32>
  memref.copy %a, %b : memref<f32> to memref<f32>
  memref.dealloc %a : memref<f32>
  %v = memref.load %b[] : memref<f32>
  memref.dealloc %b : memref<f32>
  return %v : f32
}

// -----

// Host-only buffers stay on the host; an argument GPU code writes is
// copied back before returning.
// CHECK-LABEL: func.func @host_and_written
// CHECK:         %[[D:.*]], %{{.*}} = gpu.alloc async [%{{.*}}] () : memref<8xf32>
// CHECK:         gpu.memcpy async [%{{.*}}] %[[D]], %arg0
// CHECK:         memref.alloc() : memref<2xindex>
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%[[D]] : memref<8xf32>)
// CHECK:         gpu.memcpy async [%{{.*}}] %arg0, %[[D]]
// CHECK:         gpu.dealloc async [%{{.*}}] %[[D]]
// CHECK:         return
func.func @host_and_written(%out: memref<8xf32>, %i: index) -> index {
  %h = memref.alloc() : memref<2xindex>
  memref.store %i, %h[%i] : memref<2xindex>
  %r = memref.load %h[%i] : memref<2xindex>
  memref.dealloc %h : memref<2xindex>
  %c = arith.constant 1.0 : f32
  linalg.fill ins(%c : f32) outs(%out : memref<8xf32>)
  return %r : index
}

// -----

// Private functions take and return device buffers: no copies at their
// boundary; the caller frees what they return with gpu.dealloc.
// CHECK-LABEL: func.func private @bwd
// CHECK-SAME:    (%[[A:.*]]: memref<4xf32>) -> memref<4xf32>
// CHECK-NOT:     gpu.memcpy
// CHECK:         %[[R:.*]], %{{.*}} = gpu.alloc async
// CHECK:         linalg.exp ins(%[[A]] : memref<4xf32>) outs(%[[R]] : memref<4xf32>)
// CHECK-NOT:     gpu.memcpy
// CHECK:         return %[[R]]
// CHECK-LABEL: func.func @caller
// CHECK:         %[[D:.*]], %{{.*}} = gpu.alloc async
// CHECK:         gpu.memcpy async [%{{.*}}] %[[D]], %arg0
// CHECK:         %[[G:.*]] = call @bwd(%[[D]])
// CHECK:         %[[V:.*]] = memref.load %{{.*}}[%{{.*}}]
// CHECK:         gpu.dealloc async [%{{.*}}] %[[G]]
// CHECK:         return %[[V]]
func.func private @bwd(%a: memref<4xf32>) -> memref<4xf32> attributes {no_inline} {
  %r = memref.alloc() : memref<4xf32>
  linalg.exp ins(%a : memref<4xf32>) outs(%r : memref<4xf32>)
  return %r : memref<4xf32>
}
func.func @caller(%x: memref<4xf32>, %i: index) -> f32 {
  %g = func.call @bwd(%x) : (memref<4xf32>) -> memref<4xf32>
  %v = memref.load %g[%i] : memref<4xf32>
  memref.dealloc %g : memref<4xf32>
  return %v : f32
}
