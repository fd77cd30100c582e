//===- CudaDriver.h - dlopen'ed CUDA driver and cuBLAS ----------*- C++ -*-===//
//
// Private to libckpt_cuda_runtime. The CUDA entry points are resolved with
// dlsym at first use, so the library has no link-time dependency on the
// driver: a machine without one gets one clear line instead of a loader
// error.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_RUNTIME_CUDADRIVER_H
#define CKPT_LIB_RUNTIME_CUDADRIVER_H

#include <cublas_v2.h>
#include <cuda.h>

namespace mlir::ckpt::cuda {

// One X-macro list drives the declarations and the dlsym loop. The names go
// through cuda.h's macros (cuMemAlloc -> cuMemAlloc_v2), so the versioned
// symbol is the one looked up.
#define CKPT_CUDA_DRIVER_FUNCTIONS(X)                                          \
  X(cuInit) X(cuGetErrorString) X(cuGetErrorName) X(cuDeviceGet)              \
  X(cuDeviceGetCount) X(cuDevicePrimaryCtxRetain) X(cuCtxSetCurrent)          \
  X(cuStreamCreate) X(cuStreamSynchronize) X(cuStreamWaitEvent)               \
  X(cuEventCreate) X(cuEventDestroy) X(cuEventRecord)                          \
  X(cuEventSynchronize) X(cuEventElapsedTime) X(cuModuleLoadData)             \
  X(cuModuleLoadDataEx) X(cuModuleUnload) X(cuModuleGetFunction)              \
  X(cuLaunchKernel) X(cuLaunchKernelEx) X(cuMemAllocAsync)                     \
  X(cuMemFreeAsync) X(cuMemcpyAsync) X(cuMemsetD32Async)                       \
  X(cuMemsetD16Async) X(cuMemHostRegister) X(cuMemHostUnregister)       \
  X(cuMemAllocManaged) X(cuMemFree)

#define CKPT_CUBLAS_FUNCTIONS(X)                                               \
  X(cublasCreate) X(cublasSetStream) X(cublasGetStatusString)                 \
  X(cublasSgemmStridedBatched) X(cublasDgemmStridedBatched)

struct Api {
#define CKPT_DECLARE(fn) decltype(&::fn) fn = nullptr;
  CKPT_CUDA_DRIVER_FUNCTIONS(CKPT_DECLARE)
  CKPT_CUBLAS_FUNCTIONS(CKPT_DECLARE)
#undef CKPT_DECLARE
  /// Overloaded in C++ (a cudaDataType compute type), so spelled out.
  cublasStatus_t (*cublasGemmStridedBatchedEx)(
      cublasHandle_t, cublasOperation_t, cublasOperation_t, int, int, int,
      const void *, const void *, cudaDataType, int, long long int,
      const void *, cudaDataType, int, long long int, const void *, void *,
      cudaDataType, int, long long int, int, cublasComputeType_t,
      cublasGemmAlgo_t) = nullptr;
};

/// The driver table, the device's primary context and the stream, set up on
/// first call. Returns nullptr and sets `*error` when CUDA is unusable.
const Api *tryInit(const char **error);

/// As tryInit, but aborts with the message; also makes the primary context
/// current on the calling thread.
const Api &api();

/// Device index the next initialization uses (mgpuSetDefaultDevice); has no
/// effect once initialized.
void setDefaultDevice(int device);

/// The one stream all work goes to.
CUstream stream();

/// The cuBLAS handle bound to stream(); loads cuBLAS on first use.
cublasHandle_t blasHandle();

/// Aborts with "ckpt cuda runtime: <call> failed: <name> (<string>)".
[[noreturn]] void fail(const char *call, CUresult result);
[[noreturn]] void failBlas(const char *call, cublasStatus_t status);
[[noreturn]] void failMessage(const char *message);

} // namespace mlir::ckpt::cuda

/// Checks a driver call; the macro keeps the call's text for the message.
#define CKPT_CU(call)                                                          \
  do {                                                                         \
    CUresult ckptResult = (call);                                              \
    if (ckptResult != CUDA_SUCCESS)                                            \
      ::mlir::ckpt::cuda::fail(#call, ckptResult);                             \
  } while (false)

#define CKPT_CUBLAS(call)                                                      \
  do {                                                                         \
    cublasStatus_t ckptStatus = (call);                                        \
    if (ckptStatus != CUBLAS_STATUS_SUCCESS)                                   \
      ::mlir::ckpt::cuda::failBlas(#call, ckptStatus);                         \
  } while (false)

#endif // CKPT_LIB_RUNTIME_CUDADRIVER_H
