//===- CkptRuntime.h - ckpt's host runtime ABI -------------------*- C++ -*-===//
//
// The extern "C" ABI that code lowered by `--ckpt-lower-to-cpu` calls for
// every heap buffer (`finalize-memref-to-llvm{use-generic-functions=1}`), and
// the counters that tools such as ckpt-run read around a call.
//
// Accounting: the counters track the REQUESTED sizes of live buffers, not the
// allocator's headers or alignment padding. A function that allocates a
// buffer of N bytes therefore raises the live count by exactly N, so peaks of
// hand-analysed programs are exact by construction and comparable with the
// planner's predictions (docs/Interface.md, "Memory: one definition
// everywhere").
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

/// Frees the blocks the allocator keeps for reuse. Freed buffers of 64 KiB
/// or more are kept (up to the most bytes ever live at once) and handed out
/// again for the same size, so a step called repeatedly does not fault its
/// pages in anew; the live and peak counts never include them.
void ckptRuntimeReleaseCache(void);

/// Bytes the allocator keeps for reuse (malloc'd sizes, headers included).
uint64_t ckptRuntimeCachedBytes(void);

/// C[i] += op(A[i]) * op(B[i]) for i < batch, through OpenBLAS (what
/// `ckpt-linalg-to-blas` emits calls to). `a`, `b` and `c` are addresses;
/// op(X) is X transposed when the flag is non-zero. Element (r, c) of a
/// stored matrix X is at x + r * ldx + c * incx, and matrix i of a batch
/// at x + i * strideX, all in elements. C is m x n and K is the contracted
/// size. Any layout is taken: matrices BLAS cannot read in place (incx != 1,
/// or rows overlapping) are copied into contiguous scratch first, so the
/// arithmetic does not depend on the layout. Work is split among threads by
/// blocks of C, never along K, so results do not depend on timing.
void ckptBlasGemmF32(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t inca,
                     int64_t strideA, int64_t b, int64_t ldb, int64_t incb,
                     int64_t strideB, int64_t c, int64_t ldc, int64_t incc,
                     int64_t strideC, int64_t batch);
void ckptBlasGemmF64(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t inca,
                     int64_t strideA, int64_t b, int64_t ldb, int64_t incb,
                     int64_t strideB, int64_t c, int64_t ldc, int64_t incc,
                     int64_t strideC, int64_t batch);

/// Number of threads that BLAS calls and parallel loops of lowered code use
/// (0 or negative: all cores). Applies to calls made afterwards.
void ckptRuntimeSetThreads(int64_t threads);

#ifdef __cplusplus
} // extern "C"
#endif

#endif // CKPT_RUNTIME_CKPTRUNTIME_H
