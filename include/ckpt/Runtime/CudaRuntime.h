//===- CudaRuntime.h - the ckpt CUDA runtime ABI ----------------*- C++ -*-===//
//
// libckpt_cuda_runtime.so: what code lowered by `--ckpt-lower-to-nvvm` calls
// on the host, and what ckpt-run looks up with dlsym.
//
// The library links against nothing from CUDA: it dlopen's libcuda.so.1 and
// libcublas.so.13 on first use, so it loads on any machine. Every CUDA call
// is checked; a failure prints one line naming the call and the CUDA error
// string, then aborts (except in ckptCudaInit, which reports instead).
//
// All work goes to one cached stream on the primary context of the default
// device: the stream handles MLIR's host code creates and destroys are that
// stream, so ordering is the program order.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_RUNTIME_CUDARUNTIME_H
#define CKPT_RUNTIME_CUDARUNTIME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

//===----------------------------------------------------------------------===//
// ckpt API (ckpt-run, benchmarks, C++ hosts)
//===----------------------------------------------------------------------===//

/// Loads the driver, retains the primary context of the default device and
/// creates the stream. Returns NULL when ready, else a one-line message (no
/// driver, no GPU, ...). Safe to call repeatedly.
const char *ckptCudaInit(void);

/// Device bytes allocated through mgpuMemAlloc and not yet freed.
uint64_t ckptCudaLiveBytes(void);
/// Largest ckptCudaLiveBytes() since load or the last ckptCudaResetPeak().
uint64_t ckptCudaPeakBytes(void);
/// Sets the peak to the current live bytes.
void ckptCudaResetPeak(void);

/// Records a start event on the stream; pass the handle to
/// ckptCudaTimerStopMs exactly once.
void *ckptCudaTimerStart(void);
/// Records a stop event, waits for it and returns the elapsed milliseconds;
/// frees the timer.
double ckptCudaTimerStopMs(void *timer);

/// C[b] += op(A[b]) * op(B[b]) on row-major device matrices, b < batch.
/// op(A) is M x K (A stored K x M when transA), op(B) is K x N (B stored
/// N x K when transB); ld* are row strides and stride* batch strides, in
/// elements. Pointers are device addresses passed as integers. Called by code
/// that `--ckpt-linalg-to-cublas` produced.
void ckptCublasGemmF32(int64_t transA, int64_t transB, int64_t m, int64_t n,
                       int64_t k, int64_t a, int64_t lda, int64_t strideA,
                       int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                       int64_t ldc, int64_t strideC, int64_t batch);
void ckptCublasGemmF64(int64_t transA, int64_t transB, int64_t m, int64_t n,
                       int64_t k, int64_t a, int64_t lda, int64_t strideA,
                       int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                       int64_t ldc, int64_t strideC, int64_t batch);
/// As ckptCublasGemmF32 with bf16 (resp. f16) A and B and an f32 C,
/// accumulated in f32 on the tensor cores (cublasGemmStridedBatchedEx).
void ckptCublasGemmBF16F32(int64_t transA, int64_t transB, int64_t m,
                           int64_t n, int64_t k, int64_t a, int64_t lda,
                           int64_t strideA, int64_t b, int64_t ldb,
                           int64_t strideB, int64_t c, int64_t ldc,
                           int64_t strideC, int64_t batch);
void ckptCublasGemmF16F32(int64_t transA, int64_t transB, int64_t m,
                          int64_t n, int64_t k, int64_t a, int64_t lda,
                          int64_t strideA, int64_t b, int64_t ldb,
                          int64_t strideB, int64_t c, int64_t ldc,
                          int64_t strideC, int64_t batch);

//===----------------------------------------------------------------------===//
// The mgpu* ABI MLIR 22's gpu-to-llvm host code calls
//===----------------------------------------------------------------------===//

void *mgpuModuleLoad(void *data, uint64_t size);
void *mgpuModuleLoadJIT(void *ptx, int32_t optLevel);
void mgpuModuleUnload(void *module);
void *mgpuModuleGetFunction(void *module, const char *name);
void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t smem, void *stream,
                      void **params, void **extra, size_t paramsCount);
void mgpuLaunchClusterKernel(void *function, intptr_t clusterX,
                             intptr_t clusterY, intptr_t clusterZ,
                             intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                             intptr_t blockX, intptr_t blockY, intptr_t blockZ,
                             int32_t smem, void *stream, void **params,
                             void **extra, size_t paramsCount);
void *mgpuStreamCreate(void);
void mgpuStreamDestroy(void *stream);
void mgpuStreamSynchronize(void *stream);
void mgpuStreamWaitEvent(void *stream, void *event);
void *mgpuEventCreate(void);
void mgpuEventDestroy(void *event);
void mgpuEventSynchronize(void *event);
void mgpuEventRecord(void *event, void *stream);
void mgpuSetDefaultDevice(int32_t device);
void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream);
void mgpuMemset32(void *dst, uint32_t value, size_t count, void *stream);
void mgpuMemset16(void *dst, uint16_t value, size_t count, void *stream);
void mgpuMemHostRegisterMemRef(int64_t rank, void *rankedDescriptor,
                               int64_t elementSizeBytes);
void mgpuMemHostUnregisterMemRef(int64_t rank, void *rankedDescriptor,
                                 int64_t elementSizeBytes);

#ifdef __cplusplus
} // extern "C"
#endif

#endif // CKPT_RUNTIME_CUDARUNTIME_H
