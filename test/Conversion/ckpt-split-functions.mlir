// RUN: ckpt-opt %s --ckpt-split-functions --split-input-file | FileCheck %s
// RUN: ckpt-opt %s "--ckpt-split-functions=chunk-ops=2" --split-input-file | FileCheck %s --check-prefix=CHUNK
// RUN: ckpt-opt %s "--ckpt-split-functions=merge=false" --split-input-file | FileCheck %s --check-prefix=NOMERGE
// RUN: ckpt-opt %s "--ckpt-split-functions=optimize-glue=true chunk-ops=2" --split-input-file | FileCheck %s --check-prefix=OPTGLUE

// Each top-level loop nest moves into a never-inlined function of its own,
// with internal linkage once in LLVM; the constants it uses are cloned into
// it, the buffers are arguments.
// CHECK:       func.func private @two_nests__loop0(%{{.*}}: memref<8xf32>, %{{.*}}: memref<8xf32>) attributes {llvm.linkage = #llvm.linkage<internal>, no_inline, passthrough = ["noinline"]}
// CHECK-DAG:     arith.constant 0 : index
// CHECK-DAG:     arith.constant 8 : index
// CHECK:         scf.for
// CHECK:       func.func private @two_nests__loop1(%{{.*}}: memref<8xf32>) attributes {llvm.linkage = #llvm.linkage<internal>, no_inline, passthrough = ["noinline"]}
// CHECK:         arith.constant 2.000000e+00 : f32
// CHECK:         scf.for
// The function left with only calls is straight-line code that LLVM need
// not optimize (optnone); with optimize-glue nothing is marked so.
// OPTGLUE-NOT: optnone
// CHECK-LABEL: func.func @two_nests(
// CHECK-SAME:      %[[A:.*]]: memref<8xf32>, %[[B:.*]]: memref<8xf32>) attributes {passthrough = ["noinline", "optnone"]}
// CHECK-NOT:     scf.for
// CHECK:         call @two_nests__loop0(%[[A]], %[[B]]) : (memref<8xf32>, memref<8xf32>) -> ()
// CHECK-NEXT:    call @two_nests__loop1(%[[B]]) : (memref<8xf32>) -> ()
// CHECK-NEXT:    return
func.func @two_nests(%a: memref<8xf32>, %b: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %two = arith.constant 2.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    %x = memref.load %a[%i] : memref<8xf32>
    memref.store %x, %b[%i] : memref<8xf32>
  }
  scf.for %i = %c0 to %c8 step %c1 {
    %x = memref.load %b[%i] : memref<8xf32>
    %y = arith.mulf %x, %two : f32
    memref.store %y, %b[%i] : memref<8xf32>
  }
  return
}

// -----

// A function with a single nest (below min-nests) is left alone.
// CHECK-LABEL: func.func @one_nest(
// CHECK-NOT:     passthrough
// CHECK:         scf.for
// CHECK-NOT:     call
// CHECK-NOT:     func.func private
func.func @one_nest(%a: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %z = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %z, %a[%i] : memref<8xf32>
  }
  return
}

// -----

// With chunk-ops=2, the ops left are cut into chunks of two. A buffer
// allocated in one chunk and used later is that chunk's result; the stack
// allocation stays in the parent and is passed in.
// CHUNK:       func.func private @chunks__chunk0(%[[X0:.*]]: memref<4xf32>, %[[S0:.*]]: memref<4xf32>) -> memref<4xf32> attributes {llvm.linkage = #llvm.linkage<internal>, no_inline, passthrough = ["noinline", "optnone"]}
// CHUNK-NEXT:    %[[A0:.*]] = memref.alloc() : memref<4xf32>
// CHUNK-NEXT:    memref.copy %[[X0]], %[[S0]]
// CHUNK-NEXT:    return %[[A0]]
// CHUNK:       func.func private @chunks__chunk1(%[[S1:.*]]: memref<4xf32>, %[[A1:.*]]: memref<4xf32>) -> memref<4xf32>
// CHUNK-NEXT:    memref.copy %[[S1]], %[[A1]]
// CHUNK-NEXT:    %[[B1:.*]] = memref.alloc() : memref<4xf32>
// CHUNK-NEXT:    return %[[B1]]
// CHUNK:       func.func private @chunks__chunk2(%[[A2:.*]]: memref<4xf32>, %[[B2:.*]]: memref<4xf32>)
// CHUNK-NEXT:    memref.copy %[[A2]], %[[B2]]
// CHUNK-NEXT:    memref.dealloc %[[A2]]
// CHUNK-NEXT:    return
// CHUNK-LABEL: func.func @chunks(
// CHUNK-SAME:      %[[X:.*]]: memref<4xf32>) -> memref<4xf32> attributes {passthrough = ["noinline", "optnone"]}
// CHUNK-NEXT:    %[[S:.*]] = memref.alloca() : memref<4xf32>
// CHUNK-NEXT:    %[[A:.*]] = call @chunks__chunk0(%[[X]], %[[S]])
// CHUNK-NEXT:    %[[B:.*]] = call @chunks__chunk1(%[[S]], %[[A]])
// CHUNK-NEXT:    call @chunks__chunk2(%[[A]], %[[B]])
// CHUNK-NEXT:    return %[[B]]
func.func @chunks(%x: memref<4xf32>) -> memref<4xf32> {
  %a = memref.alloc() : memref<4xf32>
  %s = memref.alloca() : memref<4xf32>
  memref.copy %x, %s : memref<4xf32> to memref<4xf32>
  memref.copy %s, %a : memref<4xf32> to memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  return %b : memref<4xf32>
}

// -----

// The same nest in two functions (and twice in one) is outlined once: the
// later copies call the first. Nests that differ only in a constant are
// not the same. With merge=false every nest keeps its own function.
// CHECK:       func.func private @layers__loop0(%{{.*}}: memref<8xf32>)
// CHECK:         arith.constant 2.000000e+00 : f32
// CHECK:       func.func private @layers__loop2(%{{.*}}: memref<8xf32>)
// CHECK:         arith.constant 3.000000e+00 : f32
// CHECK-NOT:   func.func private @layers__loop1
// CHECK-LABEL: func.func @layers(
// CHECK-SAME:      %[[A:.*]]: memref<8xf32>, %[[B:.*]]: memref<8xf32>)
// CHECK:         call @layers__loop0(%[[A]])
// CHECK-NEXT:    call @layers__loop0(%[[B]])
// CHECK-NEXT:    call @layers__loop2(%[[A]])
// CHECK-NOT:   func.func private @more_layers__loop
// CHECK-LABEL: func.func @more_layers(
// CHECK:         call @layers__loop0(%{{.*}})
// CHECK-NEXT:    call @layers__loop2(%{{.*}})
// NOMERGE-COUNT-3: func.func private @layers__loop{{[0-2]}}(
// NOMERGE-COUNT-2: func.func private @more_layers__loop{{[0-1]}}(
// NOMERGE-LABEL: func.func @more_layers(
// NOMERGE:         call @more_layers__loop0(
// NOMERGE-NEXT:    call @more_layers__loop1(
func.func @layers(%a: memref<8xf32>, %b: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %two = arith.constant 2.0 : f32
  %three = arith.constant 3.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %two, %a[%i] : memref<8xf32>
  }
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %two, %b[%i] : memref<8xf32>
  }
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %three, %a[%i] : memref<8xf32>
  }
  return
}
func.func @more_layers(%x: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %two = arith.constant 2.0 : f32
  %three = arith.constant 3.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %two, %x[%i] : memref<8xf32>
  }
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %three, %x[%i] : memref<8xf32>
  }
  return
}

// -----

// A private function (a gradient function of ckpt-autodiff, say) gets
// internal linkage too; public ones and declarations keep theirs.
// CHECK-LABEL: func.func private @helper()
// CHECK-SAME:    llvm.linkage = #llvm.linkage<internal>
// CHECK-LABEL: func.func private @declared()
// CHECK-NOT:     llvm.linkage
// CHECK-LABEL: func.func @entry()
// CHECK-NOT:     llvm.linkage
func.func private @helper() {
  return
}
func.func private @declared()
func.func @entry() {
  call @helper() : () -> ()
  call @declared() : () -> ()
  return
}

// -----

// A short straight-line function is glue even when nothing is split off
// it (a step that only calls its gradient function and returns the
// gradients): LLVM compiles it without optimization. One with a loop is
// not glue.
// CHECK-LABEL: func.func @calls_only(
// CHECK-SAME:    attributes {passthrough = ["noinline", "optnone"]}
// CHECK-LABEL: func.func @with_loop(
// CHECK-NOT:     passthrough
// CHECK:         scf.for
// OPTGLUE-LABEL: func.func @calls_only(
// OPTGLUE-NOT:     passthrough
func.func private @grad(%x: memref<4xf32>) -> memref<4xf32>
func.func @calls_only(%x: memref<4xf32>) -> memref<4xf32> {
  %g = call @grad(%x) : (memref<4xf32>) -> memref<4xf32>
  return %g : memref<4xf32>
}
func.func @with_loop(%a: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %z = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %z, %a[%i] : memref<8xf32>
  }
  return
}
