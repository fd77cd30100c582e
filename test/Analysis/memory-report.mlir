// RUN: ckpt-opt %s --ckpt-memory-report -o /dev/null | FileCheck %s

// Hand-derived timeline of @straight (bytes live after each op):
//   alloc %a 4x8xf32 = 128 B  -> 128
//   alloc %b 8x8xf32 = 256 B  -> 384   <- peak, first reached here
//   dealloc %a                -> 256
//   alloc %c 16xf64  = 128 B  -> 384   (ties do not move the peak)
//   dealloc %b                -> 128, %c is returned (counted)
// CHECK-LABEL: ckpt-memory-report: @straight peak_bytes = 384 (exact) at memref.alloc
// CHECK-SAME:   loc({{.*}}memory-report.mlir":19:8)
// CHECK-NEXT:   256 B  linalg.fill  {{.*}}memory-report.mlir:19:8
// CHECK-NEXT:   128 B  linalg.fill  {{.*}}memory-report.mlir:17:8
// CHECK-NOT:    B  linalg
func.func @straight(%arg: memref<4xf32>) -> memref<16xf64> {
  %f = arith.constant 1.0 : f32
  %d = arith.constant 2.0 : f64
  %a = memref.alloc() : memref<4x8xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<4x8xf32>)
  %b = memref.alloc() : memref<8x8xf32>
  linalg.fill ins(%f : f32) outs(%b : memref<8x8xf32>)
  memref.dealloc %a : memref<4x8xf32>
  %c = memref.alloc() : memref<16xf64>
  linalg.fill ins(%d : f64) outs(%c : memref<16xf64>)
  memref.dealloc %b : memref<8x8xf32>
  return %c : memref<16xf64>
}

// The argument is not counted; the call adds @straight's 384 B peak on top
// of the 16 B %x while it runs: 400. Afterwards %x and the returned 128 B
// are live (144); freeing the returned buffer through a cast view frees it.
// The report follows the call down to where the callee peaks.
// CHECK-LABEL: ckpt-memory-report: @caller peak_bytes = 400 (exact) at func.call
// CHECK-SAME:   in @straight at memref.alloc loc({{.*}}memory-report.mlir":19:8)
// CHECK-NEXT:   256 B  @straight: linalg.fill
// CHECK-NEXT:   128 B  @straight: linalg.fill
// CHECK-NEXT:   16 B  linalg.fill
func.func @caller(%w: memref<4xf32>) {
  %f = arith.constant 0.0 : f32
  %x = memref.alloc() : memref<4xf32>
  linalg.fill ins(%f : f32) outs(%x : memref<4xf32>)
  %r = func.call @straight(%x) : (memref<4xf32>) -> memref<16xf64>
  memref.dealloc %x : memref<4xf32>
  %v = memref.cast %r : memref<16xf64> to memref<?xf64>
  memref.dealloc %v : memref<?xf64>
  return
}

// A returned argument is the caller's buffer: @passthrough allocates 8 B
// (16 B once lowered: see @rounding) temporarily and returns %arg, so a
// caller gains nothing after the call.
// CHECK-LABEL: ckpt-memory-report: @passthrough peak_bytes = 16 (exact)
func.func @passthrough(%arg: memref<2xf32>) -> memref<2xf32> {
  %t = memref.alloc() : memref<2xf32>
  memref.dealloc %t : memref<2xf32>
  return %arg : memref<2xf32>
}

// Sizes are counted as the CPU lowering (finalize-memref-to-llvm with
// use-aligned-alloc) requests them from the runtime: rounded up to a
// multiple of the alignment, which is the op's `alignment` or else
// max(16, element size): 3xf32 at 64 -> 64, 5xi8 -> 16, 7xf64 -> 64,
// 16xf32 at 64 -> 64 (already a multiple). 64 + 16 + 64 + 64 = 208.
// CHECK-LABEL: ckpt-memory-report: @rounding peak_bytes = 208 (exact)
// CHECK-NEXT:   64 B  memref.alloc
// CHECK-NEXT:   64 B  memref.alloc
// CHECK-NEXT:   64 B  memref.alloc
// CHECK-NEXT:   16 B  memref.alloc
func.func @rounding() {
  %a = memref.alloc() {alignment = 64 : i64} : memref<3xf32>
  %b = memref.alloc() : memref<5xi8>
  %c = memref.alloc() : memref<7xf64>
  %d = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  memref.dealloc %a : memref<3xf32>
  memref.dealloc %b : memref<5xi8>
  memref.dealloc %c : memref<7xf64>
  memref.dealloc %d : memref<16xf32>
  return
}

// Dynamic sizes make the peak a lower bound: only the static 64 B count.
// CHECK-LABEL: ckpt-memory-report: @dynamic peak_bytes = 64 (lower bound: dynamic sizes)
func.func @dynamic(%n: index) {
  %s = memref.alloc() : memref<8xf64>
  %d = memref.alloc(%n) : memref<?xf32>
  memref.dealloc %d : memref<?xf32>
  memref.dealloc %s : memref<8xf64>
  return
}

// Stack buffers are not heap: memref.alloca costs nothing.
// CHECK-LABEL: ckpt-memory-report: @stack peak_bytes = 0 (exact)
func.func @stack() {
  %s = memref.alloca() : memref<1024xf32>
  return
}

// A callee that frees the buffer it is handed (ckpt-hoist-deallocs's
// transfer-ownership): its peak is counted from what its caller holds, the
// 64 B argument leaving before 128 B arrive (-64 + 128 = 64), and the
// caller, holding 64 B at the call, peaks at 64 + 64 = 128 B, not 192.
// CHECK-LABEL: ckpt-memory-report: @frees_argument peak_bytes = 64 (exact)
// CHECK-LABEL: ckpt-memory-report: @hands_over peak_bytes = 128 (exact) at func.call
func.func private @frees_argument(%a: memref<16xf32>) {
  %f = arith.constant 0.0 : f32
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  %b = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
  linalg.fill ins(%f : f32) outs(%b : memref<32xf32>)
  memref.dealloc %b : memref<32xf32>
  return
}
func.func @hands_over() {
  %a = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  func.call @frees_argument(%a) : (memref<16xf32>) -> ()
  %c = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  memref.dealloc %c : memref<16xf32>
  return
}
