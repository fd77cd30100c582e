// RUN: ckpt-opt %s --ckpt-serialize-parallel-loops --split-input-file | FileCheck %s
// RUN: ckpt-opt %s "--ckpt-serialize-parallel-loops=min-iterations=1" --split-input-file | FileCheck %s --check-prefix=ALL

// An outermost nest with enough work stays parallel; one with too little
// (4 iterations) becomes an scf.for nest in the same order.
// CHECK-LABEL: func.func @sizes
// CHECK:         scf.parallel (%{{.*}}, %{{.*}}) = (%c0, %c0) to (%c256, %c128)
// CHECK:         scf.for %[[I:.*]] = %c0 to %c2 step %c1 {
// CHECK-NEXT:      scf.for %[[J:.*]] = %c0 to %c2 step %c1 {
// CHECK-NEXT:        memref.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
// CHECK-NOT:     scf.parallel
// ALL-LABEL: func.func @sizes
// ALL-COUNT-2:   scf.parallel
func.func @sizes(%big: memref<256x128xf32>, %small: memref<2x2xf32>, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c128 = arith.constant 128 : index
  %c256 = arith.constant 256 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%c256, %c128) step (%c1, %c1) {
    memref.store %x, %big[%i, %j] : memref<256x128xf32>
  }
  scf.parallel (%i, %j) = (%c0, %c0) to (%c2, %c2) step (%c1, %c1) {
    memref.store %x, %small[%i, %j] : memref<2x2xf32>
  }
  return
}

// -----

// Work inside counts: 64 outer iterations of a 512-long serial loop are
// enough. A parallel loop inside another loop (a reduction dimension
// first) would fork a team per outer iteration: it becomes serial.
// CHECK-LABEL: func.func @nests
// CHECK:         scf.parallel (%[[R:.*]]) = (%c0) to (%c64)
// CHECK-NEXT:      scf.for
// CHECK:         scf.for %[[K:.*]] = %c0 to %c512
// CHECK-NEXT:      scf.for %[[N:.*]] = %c0 to %c64
// CHECK-NOT:     scf.parallel
// ALL-LABEL: func.func @nests
// ALL:           scf.parallel
// ALL:           scf.for
// ALL-NOT:       scf.parallel
func.func @nests(%a: memref<64x512xf32>, %s: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %c512 = arith.constant 512 : index
  scf.parallel (%r) = (%c0) to (%c64) step (%c1) {
    scf.for %k = %c0 to %c512 step %c1 {
      %v = memref.load %a[%r, %k] : memref<64x512xf32>
      %acc = memref.load %s[%r] : memref<64xf32>
      %sum = arith.addf %acc, %v : f32
      memref.store %sum, %s[%r] : memref<64xf32>
    }
  }
  scf.for %k = %c0 to %c512 step %c1 {
    scf.parallel (%n) = (%c0) to (%c64) step (%c1) {
      %v = memref.load %a[%n, %k] : memref<64x512xf32>
      %acc = memref.load %s[%n] : memref<64xf32>
      %sum = arith.addf %acc, %v : f32
      memref.store %sum, %s[%n] : memref<64xf32>
    }
  }
  return
}

// -----

// A bound that is not constant counts as large.
// CHECK-LABEL: func.func @dynamic
// CHECK:         scf.parallel
// ALL-LABEL: func.func @dynamic
func.func @dynamic(%m: memref<?xf32>, %n: index, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    memref.store %x, %m[%i] : memref<?xf32>
  }
  return
}
