// RUN: ckpt-opt %s --ckpt-memory-report -o /dev/null | FileCheck %s

// A loop whose iterations free what they allocate: every iteration peaks
// alike, so one walk of the body is exact. 64 B accumulator + 128 B + 256 B
// live inside the body at once = 448; after the loop only the returned
// accumulator (64 B) is live.
// CHECK-LABEL: ckpt-memory-report: @balanced peak_bytes = 448 (exact) at memref.alloc
func.func @balanced(%n: index) -> memref<16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f32
  %acc = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %n step %c1 {
    %a = memref.alloc() : memref<32xf32>
    linalg.fill ins(%f : f32) outs(%a : memref<32xf32>)
    %b = memref.alloc() : memref<64xf32>
    linalg.fill ins(%f : f32) outs(%b : memref<64xf32>)
    memref.dealloc %a : memref<32xf32>
    memref.dealloc %b : memref<64xf32>
  }
  return %acc : memref<16xf32>
}

// A loop that keeps one buffer per iteration: the walk sees one iteration
// only, so the figure is not exact and says why.
// CHECK-LABEL: ckpt-memory-report: @leaky peak_bytes = 192 (not exact: a loop keeps buffers across iterations)
func.func @leaky(%n: index) -> memref<16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f32
  %acc = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %n step %c1 {
    %a = memref.alloc() : memref<32xf32>
    linalg.fill ins(%f : f32) outs(%a : memref<32xf32>)
  }
  return %acc : memref<16xf32>
}
