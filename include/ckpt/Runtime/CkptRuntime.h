//===- CkptRuntime.h - ckpt's counting host allocator -----------*- C++ -*-===//
//
// The extern "C" ABI that code lowered by `--ckpt-lower-to-cpu` calls for
// every heap buffer (`finalize-memref-to-llvm{use-generic-functions=1}`), and
// the counters that tools such as ckpt-run read around a call.
//
// Accounting: the counters track the REQUESTED sizes of live buffers, not the
// allocator's headers or alignment padding. A function that allocates a
// buffer of N bytes therefore raises the live count by exactly N, so peaks of
// hand-analysed programs are exact by construction and comparable with the
// planner's predictions (DESIGN.md, "Memory: one definition everywhere").
//
// Guarantees:
//  - every returned pointer is aligned to at least 16 bytes; larger requested
//    alignments (powers of two) are honoured;
//  - size 0 is allowed and returns a unique, freeable pointer (bufferization
//    creates 0-byte scratch buffers);
//  - `_mlir_memref_to_llvm_free(NULL)` does nothing;
//  - all entry points are thread-safe (lock-free atomics).
//
// Plain C++17 with no MLIR dependency: the library is loaded into the JIT's
// process (ckpt-run links it) or next to AOT-compiled code.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_RUNTIME_CKPTRUNTIME_H
#define CKPT_RUNTIME_CKPTRUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Allocates `size` bytes aligned to at least 16. Returns NULL only when the
/// system is out of memory.
void *_mlir_memref_to_llvm_alloc(uint64_t size);

/// Allocates `size` bytes aligned to max(`alignment`, 16). `alignment` must be
/// a power of two (other values are rounded up to one).
void *_mlir_memref_to_llvm_aligned_alloc(uint64_t alignment, uint64_t size);

/// Frees a pointer returned by either allocation function; NULL is ignored.
void _mlir_memref_to_llvm_free(void *ptr);

/// Sum of the requested sizes of all buffers allocated and not yet freed.
uint64_t ckptRuntimeLiveBytes(void);

/// Largest value the live count reached since the last reset (or start).
uint64_t ckptRuntimePeakBytes(void);

/// Sets the peak to the current live count, starting a new measurement.
void ckptRuntimeResetPeak(void);

#ifdef __cplusplus
} // extern "C"
#endif

#endif // CKPT_RUNTIME_CKPTRUNTIME_H
