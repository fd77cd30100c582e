// RUN: ckpt-opt %s --split-input-file -allow-unregistered-dialect --pass-pipeline='builtin.module(ckpt-hoist-deallocs{transfer-ownership=false})' | FileCheck %s
// Handing buffers to callees (the default) is tested in ckpt-hoist-deallocs-transfer.mlir.

// CHECK-LABEL: func.func @chain
// CHECK:      %[[A:.*]] = memref.alloc
// CHECK-NEXT: memref.copy %{{.*}}, %[[A]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc
// CHECK-NEXT: memref.copy %[[A]], %[[B]]
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: %[[C:.*]] = memref.alloc
// CHECK-NEXT: memref.copy %[[B]], %[[C]]
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK-NEXT: return %[[C]]
func.func @chain(%x: memref<4xf32>) -> memref<4xf32> {
  %a = memref.alloc() : memref<4xf32>
  memref.copy %x, %a : memref<4xf32> to memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  %c = memref.alloc() : memref<4xf32>
  memref.copy %b, %c : memref<4xf32> to memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  memref.dealloc %b : memref<4xf32>
  return %c : memref<4xf32>
}

// -----

// A use through a view keeps the buffer alive until the view's last use.
// CHECK-LABEL: func.func @view
// CHECK:      %[[A:.*]] = memref.alloc
// CHECK-NEXT: %[[V:.*]] = memref.collapse_shape %[[A]]
// CHECK-NEXT: "test.use"() : () -> ()
// CHECK-NEXT: memref.copy %[[V]], %{{.*}}
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: "test.later"() : () -> ()
func.func @view(%y: memref<8xf32>) {
  %a = memref.alloc() : memref<2x4xf32>
  %v = memref.collapse_shape %a [[0, 1]] : memref<2x4xf32> into memref<8xf32>
  "test.use"() : () -> ()
  memref.copy %v, %y : memref<8xf32> to memref<8xf32>
  "test.later"() : () -> ()
  memref.dealloc %a : memref<2x4xf32>
  return
}

// -----

// A use nested in a loop counts as the loop.
// CHECK-LABEL: func.func @nested_use
// CHECK:      scf.for
// CHECK:        memref.load %[[A:.*]][
// CHECK:      }
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: "test.later"
func.func @nested_use(%n: index) {
  %a = memref.alloc() : memref<4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %a[%c0] : memref<4xf32>
  }
  "test.later"() : () -> ()
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// Unused buffers are freed right after allocation.
// CHECK-LABEL: func.func @unused
// CHECK:      %[[A:.*]] = memref.alloc
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: "test.later"
func.func @unused() {
  %a = memref.alloc() : memref<4xf32>
  "test.later"() : () -> ()
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// A buffer that is a block argument is not ours to move.
// CHECK-LABEL: func.func @argument
// CHECK:      "test.later"
// CHECK-NEXT: memref.dealloc
func.func @argument(%a: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %v = memref.load %a[%c0] : memref<4xf32>
  "test.later"() : () -> ()
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// A buffer owned here and never handed on is split out of the run-time
// checked bufferization.dealloc and freed right after its last use.
// CHECK-LABEL: func.func @split_private
// CHECK:      %[[A:.*]] = memref.alloc
// CHECK-NEXT: memref.copy %{{.*}}, %[[A]]
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: %[[R:.*]] = call @fresh
// CHECK-NEXT: bufferization.dealloc retain (%[[R]] : memref<4xf32>)
func.func private @fresh() -> memref<4xf32> {
  %a = memref.alloc() : memref<4xf32>
  return %a : memref<4xf32>
}
func.func @split_private(%x: memref<4xf32>) -> memref<4xf32> {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  memref.copy %x, %a : memref<4xf32> to memref<4xf32>
  %r = func.call @fresh() : () -> memref<4xf32>
  %o = bufferization.dealloc (%a : memref<4xf32>) if (%true) retain (%r : memref<4xf32>)
  return %r : memref<4xf32>
}

// -----

// Passed to a callee that never returns its argument: still private, and
// the call's result is no alias, so the buffer dies right after the call.
// CHECK-LABEL: func.func @call_no_alias
// CHECK:      %[[A:.*]] = memref.alloc
// CHECK-NEXT: %[[R:.*]] = call @consume(%[[A]])
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: "test.later"
func.func private @consume(%a: memref<4xf32>) -> memref<4xf32> {
  %b = memref.alloc() : memref<4xf32>
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  return %b : memref<4xf32>
}
func.func @call_no_alias() -> memref<4xf32> {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %r = func.call @consume(%a) : (memref<4xf32>) -> memref<4xf32>
  "test.later"() : () -> ()
  %o = bufferization.dealloc (%a : memref<4xf32>) if (%true) retain (%r : memref<4xf32>)
  return %r : memref<4xf32>
}

// -----

// A callee that may return its argument keeps the run-time check.
// CHECK-LABEL: func.func @call_may_alias
// CHECK-NOT:  memref.dealloc
// CHECK:      bufferization.dealloc (%{{.*}} : memref<4xf32>) if (%{{.*}}) retain
func.func private @identity(%a: memref<4xf32>) -> memref<4xf32> {
  return %a : memref<4xf32>
}
func.func @call_may_alias() -> memref<4xf32> {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %r = func.call @identity(%a) : (memref<4xf32>) -> memref<4xf32>
  %o = bufferization.dealloc (%a : memref<4xf32>) if (%true) retain (%r : memref<4xf32>)
  return %r : memref<4xf32>
}

// -----

// A call result the callee allocated itself (a region's backward handing
// its input gradient to the next one) is owned like a local allocation:
// split out of the run-time checked dealloc, its base-buffer extraction
// dropped, and freed right after its last use.
// CHECK-LABEL: func.func @fresh_call_result
// CHECK:      %[[G:.*]] = call @grad_of_region()
// CHECK-NEXT: memref.copy %[[G]], %{{.*}}
// CHECK-NEXT: memref.dealloc %[[G]]
// CHECK-NEXT: "test.later"
// CHECK-NOT:  extract_strided_metadata
// CHECK:      return
func.func private @grad_of_region() -> memref<4xf32> {
  %a = memref.alloc() : memref<2x2xf32>
  %v = memref.collapse_shape %a [[0, 1]] : memref<2x2xf32> into memref<4xf32>
  return %v : memref<4xf32>
}
func.func @fresh_call_result(%y: memref<4xf32>) {
  %true = arith.constant true
  %g = func.call @grad_of_region() : () -> memref<4xf32>
  memref.copy %g, %y : memref<4xf32> to memref<4xf32>
  "test.later"() : () -> ()
  %base, %offset, %size, %stride = memref.extract_strided_metadata %g : memref<4xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%base : memref<f32>) if (%true)
  return
}

// -----

// Results that may be the same buffer, or an argument, keep the run-time
// check.
// CHECK-LABEL: func.func @shared_call_results
// CHECK:      "test.later"
// CHECK-NEXT: memref.extract_strided_metadata
// CHECK-NEXT: memref.extract_strided_metadata
// CHECK-NEXT: memref.extract_strided_metadata
// CHECK-NEXT: bufferization.dealloc
func.func private @twice() -> (memref<4xf32>, memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  return %a, %a : memref<4xf32>, memref<4xf32>
}
func.func private @passes_on(%x: memref<4xf32>) -> memref<4xf32> {
  return %x : memref<4xf32>
}
func.func @shared_call_results(%x: memref<4xf32>) {
  %true = arith.constant true
  %p, %q = func.call @twice() : () -> (memref<4xf32>, memref<4xf32>)
  %a = memref.alloc() : memref<4xf32>
  %r = func.call @passes_on(%a) : (memref<4xf32>) -> memref<4xf32>
  "test.later"() : () -> ()
  %bp, %op, %sp, %tp = memref.extract_strided_metadata %p : memref<4xf32> -> memref<f32>, index, index, index
  %bq, %oq, %sq, %tq = memref.extract_strided_metadata %q : memref<4xf32> -> memref<f32>, index, index, index
  %br, %or, %sr, %tr = memref.extract_strided_metadata %r : memref<4xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%bp, %bq, %br : memref<f32>, memref<f32>, memref<f32>) if (%true, %true, %true)
  return
}

// -----

// Buffers the function returns (itself or through a view) leave the list:
// they are never freed here, and the results saying the returned values
// are owned become true. A private buffer is split off as before.
// CHECK-LABEL: func.func @returned_buffers
// CHECK:      %[[A:.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT: %[[B:.*]] = memref.alloc() : memref<2x2xf32>
// CHECK-NEXT: %[[C:.*]] = memref.alloc() : memref<4xf32>
// CHECK:      memref.dealloc %[[C]]
// CHECK-NEXT: %[[V:.*]] = memref.collapse_shape %[[B]]
// CHECK-NEXT: %[[YES:.*]] = arith.constant true
// CHECK-NEXT: %{{.*}}:2 = bufferization.dealloc retain (%[[A]], %[[V]] : memref<4xf32>, memref<4xf32>)
// CHECK-NEXT: "test.owned"(%[[YES]], %[[YES]])
func.func @returned_buffers(%x: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc() : memref<2x2xf32>
  %c = memref.alloc() : memref<4xf32>
  memref.copy %x, %c : memref<4xf32> to memref<4xf32>
  memref.copy %c, %a : memref<4xf32> to memref<4xf32>
  %v = memref.collapse_shape %b [[0, 1]] : memref<2x2xf32> into memref<4xf32>
  %o:2 = bufferization.dealloc (%a, %b, %c : memref<4xf32>, memref<2x2xf32>, memref<4xf32>) if (%true, %true, %true) retain (%a, %v : memref<4xf32>, memref<4xf32>)
  "test.owned"(%o#0, %o#1) : (i1, i1) -> ()
  return %a, %v : memref<4xf32>, memref<4xf32>
}

// -----

// A step handing on what its backward returned: the base buffers of the
// fresh call results leave the list, their extraction dropped.
// CHECK-LABEL: func.func @returned_call_results
// CHECK:      %[[G:.*]]:2 = call @two_fresh()
// CHECK-NOT:  extract_strided_metadata
// CHECK:      bufferization.dealloc retain (%[[G]]#0, %[[G]]#1 : memref<4xf32>, memref<4xf32>)
func.func private @two_fresh() -> (memref<4xf32>, memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  return %a, %b : memref<4xf32>, memref<4xf32>
}
func.func @returned_call_results() -> (memref<4xf32>, memref<4xf32>) {
  %true = arith.constant true
  %g:2 = func.call @two_fresh() : () -> (memref<4xf32>, memref<4xf32>)
  %b0, %o0, %s0, %t0 = memref.extract_strided_metadata %g#0 : memref<4xf32> -> memref<f32>, index, index, index
  %b1, %o1, %s1, %t1 = memref.extract_strided_metadata %g#1 : memref<4xf32> -> memref<f32>, index, index, index
  %o:2 = bufferization.dealloc (%b0, %b1 : memref<f32>, memref<f32>) if (%true, %true) retain (%g#0, %g#1 : memref<4xf32>, memref<4xf32>)
  return %g#0, %g#1 : memref<4xf32>, memref<4xf32>
}

// -----

// A retained value that may be anything (an argument) or one of two
// buffers (a select), or a buffer owned only under a condition, keeps the
// run-time check.
// CHECK-LABEL: func.func @retained_unknown
// CHECK:      bufferization.dealloc (%{{.*}} : memref<4xf32>) if (%{{.*}}) retain (%{{.*}}, %{{.*}} : memref<4xf32>, memref<4xf32>)
// CHECK-LABEL: func.func @owned_conditionally
// CHECK:      bufferization.dealloc (%{{.*}} : memref<4xf32>) if (%{{.*}}) retain (%{{.*}} : memref<4xf32>)
func.func @retained_unknown(%x: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %o:2 = bufferization.dealloc (%a : memref<4xf32>) if (%true) retain (%a, %x : memref<4xf32>, memref<4xf32>)
  return %a, %x : memref<4xf32>, memref<4xf32>
}
func.func @owned_conditionally(%c: i1) -> memref<4xf32> {
  %a = memref.alloc() : memref<4xf32>
  %o = bufferization.dealloc (%a : memref<4xf32>) if (%c) retain (%a : memref<4xf32>)
  return %a : memref<4xf32>
}
// CHECK-LABEL: func.func @retained_select
// CHECK:      bufferization.dealloc (%{{.*}}, %{{.*}} : memref<4xf32>, memref<4xf32>) if (%{{.*}}, %{{.*}}) retain (%{{.*}} : memref<4xf32>)
func.func @retained_select(%c: i1) -> memref<4xf32> {
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc() : memref<4xf32>
  %s = arith.select %c, %a, %b : memref<4xf32>
  %o = bufferization.dealloc (%a, %b : memref<4xf32>, memref<4xf32>) if (%true, %true) retain (%s : memref<4xf32>)
  return %s : memref<4xf32>
}
