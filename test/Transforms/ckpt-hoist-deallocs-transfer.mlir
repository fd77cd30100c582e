// RUN: ckpt-opt %s --split-input-file -allow-unregistered-dialect --pass-pipeline='builtin.module(ckpt-hoist-deallocs)' | FileCheck %s

// The caller's last use of %a is the call: the private callee frees it
// right after its own last use, before the rest of its work.
// CHECK-LABEL: func.func private @bwd
// CHECK-SAME:  (%[[ARG:.*]]: memref<4xf32>)
// CHECK-NEXT:  "test.use"(%[[ARG]])
// CHECK-NEXT:  memref.dealloc %[[ARG]]
// CHECK-NEXT:  "test.deeper"()
// CHECK-LABEL: func.func @caller
// CHECK:       call @bwd
// CHECK-NOT:   memref.dealloc
// CHECK:       return
func.func private @bwd(%adj: memref<4xf32>) {
  "test.use"(%adj) : (memref<4xf32>) -> ()
  "test.deeper"() : () -> ()
  return
}
func.func @caller() {
  %a = memref.alloc() : memref<4xf32>
  "test.fill"(%a) : (memref<4xf32>) -> ()
  func.call @bwd(%a) : (memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// Through a chain of calls (nested checkpoint regions): each level frees
// what it received before calling the next, which frees what it gets.
// CHECK-LABEL: func.func private @level2
// CHECK-SAME:  (%[[ARG:.*]]: memref<4xf32>)
// CHECK-NEXT:  "test.use"(%[[ARG]])
// CHECK-NEXT:  memref.dealloc %[[ARG]]
// CHECK-NEXT:  return
// CHECK-LABEL: func.func private @level1
// CHECK-SAME:  (%[[ARG:.*]]: memref<4xf32>)
// CHECK-NEXT:  %[[B:.*]] = memref.alloc
// CHECK-NEXT:  "test.derive"(%[[ARG]], %[[B]])
// CHECK-NEXT:  memref.dealloc %[[ARG]]
// CHECK-NEXT:  call @level2(%[[B]])
// CHECK-NEXT:  return
// CHECK-LABEL: func.func @top
// CHECK:       call @level1
// CHECK-NEXT:  return
func.func private @level2(%adj: memref<4xf32>) {
  "test.use"(%adj) : (memref<4xf32>) -> ()
  return
}
func.func private @level1(%adj: memref<4xf32>) {
  %b = memref.alloc() : memref<4xf32>
  "test.derive"(%adj, %b) : (memref<4xf32>, memref<4xf32>) -> ()
  func.call @level2(%b) : (memref<4xf32>) -> ()
  memref.dealloc %b : memref<4xf32>
  return
}
func.func @top() {
  %a = memref.alloc() : memref<4xf32>
  func.call @level1(%a) : (memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// A callee that never touches the argument frees it on entry; a use nested
// in a loop counts as the loop.
// CHECK-LABEL: func.func private @ignores
// CHECK-SAME:  (%[[ARG:.*]]: memref<4xf32>)
// CHECK-NEXT:  memref.dealloc %[[ARG]]
// CHECK-NEXT:  "test.work"()
// CHECK-LABEL: func.func private @loops
// CHECK-SAME:  (%[[ARG:.*]]: memref<4xf32>, %[[N:.*]]: index)
// CHECK:       scf.for
// CHECK:         memref.load %[[ARG]]
// CHECK:       }
// CHECK-NEXT:  memref.dealloc %[[ARG]]
// CHECK-NEXT:  "test.work"()
func.func private @ignores(%adj: memref<4xf32>) {
  "test.work"() : () -> ()
  return
}
func.func private @loops(%adj: memref<4xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %adj[%c0] : memref<4xf32>
    "test.sink"(%v) : (f32) -> ()
  }
  "test.work"() : () -> ()
  return
}
func.func @both(%n: index) {
  %a = memref.alloc() : memref<4xf32>
  func.call @ignores(%a) : (memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  func.call @loops(%b, %n) : (memref<4xf32>, index) -> ()
  memref.dealloc %b : memref<4xf32>
  return
}

// -----

// Kept by the caller: used after the call at one of two call sites, passed
// twice, passed to a public callee, or possibly returned by the callee.
// CHECK-LABEL: func.func private @twice_called
// CHECK-NOT:   memref.dealloc
// CHECK:       return
// CHECK-LABEL: func.func private @two_args
// CHECK-NOT:   memref.dealloc
// CHECK:       return
// CHECK-LABEL: func.func @public_callee
// CHECK-NOT:   memref.dealloc
// CHECK:       return
// CHECK-LABEL: func.func private @maybe_returns
// CHECK-NOT:   memref.dealloc
// CHECK:       return
// CHECK-LABEL: func.func @kept
// CHECK:       call @twice_called(%[[A:[^)]*]])
// CHECK-NEXT:  memref.dealloc %[[A]]
// CHECK:       call @twice_called(%[[B:[^)]*]])
// CHECK-NEXT:  "test.after"(%[[B]])
// CHECK-NEXT:  memref.dealloc %[[B]]
// CHECK:       call @two_args(%[[C:[^,]*]], %[[C]])
// CHECK-NEXT:  memref.dealloc %[[C]]
// CHECK:       call @public_callee(%[[D:[^)]*]])
// CHECK-NEXT:  memref.dealloc %[[D]]
// CHECK:       call @maybe_returns(%[[E:[^)]*]])
// CHECK:       memref.dealloc %[[E]]
func.func private @twice_called(%x: memref<4xf32>) {
  "test.use"(%x) : (memref<4xf32>) -> ()
  return
}
func.func private @two_args(%x: memref<4xf32>, %y: memref<4xf32>) {
  "test.use"(%x, %y) : (memref<4xf32>, memref<4xf32>) -> ()
  return
}
func.func @public_callee(%x: memref<4xf32>) {
  "test.use"(%x) : (memref<4xf32>) -> ()
  return
}
func.func private @maybe_returns(%x: memref<4xf32>) -> memref<4xf32> {
  return %x : memref<4xf32>
}
func.func @kept() {
  %a = memref.alloc() : memref<4xf32>
  func.call @twice_called(%a) : (memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  func.call @twice_called(%b) : (memref<4xf32>) -> ()
  "test.after"(%b) : (memref<4xf32>) -> ()
  memref.dealloc %b : memref<4xf32>
  %c = memref.alloc() : memref<4xf32>
  func.call @two_args(%c, %c) : (memref<4xf32>, memref<4xf32>) -> ()
  memref.dealloc %c : memref<4xf32>
  %d = memref.alloc() : memref<4xf32>
  func.call @public_callee(%d) : (memref<4xf32>) -> ()
  memref.dealloc %d : memref<4xf32>
  %e = memref.alloc() : memref<4xf32>
  %r = func.call @maybe_returns(%e) : (memref<4xf32>) -> memref<4xf32>
  "test.use"(%r) : (memref<4xf32>) -> ()
  memref.dealloc %e : memref<4xf32>
  return
}

// -----

// A callee returning what another callee returned: the result may alias
// only the operands that callee may return, so %a (not returnable) is
// still private and handed to @sink, while %b stays with the caller.
// CHECK-LABEL: func.func private @sink
// CHECK:       "test.use"
// CHECK-NEXT:  memref.dealloc
// CHECK-LABEL: func.func @through_calls
// CHECK:       call @forward(%[[A:[^,]*]], %[[B:[^)]*]])
// CHECK-NEXT:  call @sink(%[[A]])
// CHECK-NOT:   memref.dealloc %[[A]]
func.func private @pick(%x: memref<4xf32>) -> memref<4xf32> {
  return %x : memref<4xf32>
}
func.func private @forward(%a: memref<4xf32>, %b: memref<4xf32>) -> memref<4xf32> {
  %r = func.call @pick(%b) : (memref<4xf32>) -> memref<4xf32>
  return %r : memref<4xf32>
}
func.func private @sink(%x: memref<4xf32>) {
  "test.use"(%x) : (memref<4xf32>) -> ()
  return
}
func.func @through_calls() -> memref<4xf32> {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  %r = func.call @forward(%a, %b) : (memref<4xf32>, memref<4xf32>) -> memref<4xf32>
  func.call @sink(%a) : (memref<4xf32>) -> ()
  %o = bufferization.dealloc (%a, %b : memref<4xf32>, memref<4xf32>) if (%true, %true) retain (%r : memref<4xf32>)
  return %r : memref<4xf32>
}

// -----

// Passed together with a view of itself (a region's backward taking a
// tensor and its reshape): freeing %x after the callee's own last use of it
// would free the buffer its view %v still reads, so the caller keeps it.
// CHECK-LABEL: func.func private @with_view
// CHECK-NOT:   memref.dealloc
// CHECK:       return
// CHECK-LABEL: func.func @view_passed_too
// CHECK:       call @with_view(%[[V:[^,]*]], %[[A:[^)]*]])
// CHECK-NEXT:  memref.dealloc %[[A]]
func.func private @with_view(%v: memref<2x2xf32>, %x: memref<4xf32>) {
  "test.work"() : () -> ()
  "test.use"(%v) : (memref<2x2xf32>) -> ()
  return
}
func.func @view_passed_too() {
  %a = memref.alloc() : memref<4xf32>
  %v = memref.expand_shape %a [[0, 1]] output_shape [2, 2] : memref<4xf32> into memref<2x2xf32>
  func.call @with_view(%v, %a) : (memref<2x2xf32>, memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  return
}
