//===- CudaApi.cpp - ckpt's init, timers and cuBLAS entry points ----------===//

#include "ckpt/Runtime/CudaRuntime.h"

#include "CudaDriver.h"

#include <climits>
#include <cstdio>
#include <string>

using namespace mlir::ckpt::cuda;

namespace {
struct Timer {
  CUevent start = nullptr;
  CUevent stop = nullptr;
};

int asInt(int64_t v, const char *what) {
  if (v < 0 || v > INT_MAX)
    failMessage((std::string("cuBLAS GEMM ") + what + " out of range: " +
                 std::to_string(v))
                    .c_str());
  return static_cast<int>(v);
}

/// Row-major C = op(A) op(B) + C is column-major C^T = op(B)^T op(A)^T + C^T:
/// the operands swap and M, N swap; a row-major matrix is its transpose in
/// column-major with the same leading dimension, so no data moves.
template <typename T, typename Gemm>
void gemm(Gemm fn, int64_t transA, int64_t transB, int64_t m, int64_t n,
          int64_t k, int64_t a, int64_t lda, int64_t strideA, int64_t b,
          int64_t ldb, int64_t strideB, int64_t c, int64_t ldc,
          int64_t strideC, int64_t batch) {
  if (m == 0 || n == 0 || batch == 0)
    return;
  const T one = 1;
  cublasHandle_t handle = blasHandle();
  // Leading dimensions must be positive even for degenerate matrices.
  auto ld = [](int64_t v) { return v > 0 ? v : 1; };
  CKPT_CUBLAS(fn(handle, transB ? CUBLAS_OP_T : CUBLAS_OP_N,
                 transA ? CUBLAS_OP_T : CUBLAS_OP_N, asInt(n, "N"),
                 asInt(m, "M"), asInt(k, "K"), &one,
                 reinterpret_cast<const T *>(b), asInt(ld(ldb), "ldb"),
                 strideB, reinterpret_cast<const T *>(a),
                 asInt(ld(lda), "lda"), strideA, &one,
                 reinterpret_cast<T *>(c), asInt(ld(ldc), "ldc"), strideC,
                 asInt(batch, "batch")));
}
/// C (f32) = op(A) op(B) + C with 16-bit A and B (`type`), accumulated in
/// f32 on the tensor cores: what --ckpt-mixed-precision's matmuls ask for.
void gemmEx(cudaDataType type, int64_t transA, int64_t transB, int64_t m,
            int64_t n, int64_t k, int64_t a, int64_t lda, int64_t strideA,
            int64_t b, int64_t ldb, int64_t strideB, int64_t c, int64_t ldc,
            int64_t strideC, int64_t batch) {
  if (m == 0 || n == 0 || batch == 0)
    return;
  const float one = 1;
  cublasHandle_t handle = blasHandle();
  auto ld = [](int64_t v) { return v > 0 ? v : 1; };
  CKPT_CUBLAS(api().cublasGemmStridedBatchedEx(
      handle, transB ? CUBLAS_OP_T : CUBLAS_OP_N,
      transA ? CUBLAS_OP_T : CUBLAS_OP_N, asInt(n, "N"), asInt(m, "M"),
      asInt(k, "K"), &one, reinterpret_cast<const void *>(b), type,
      asInt(ld(ldb), "ldb"), strideB, reinterpret_cast<const void *>(a), type,
      asInt(ld(lda), "lda"), strideA, &one, reinterpret_cast<void *>(c),
      CUDA_R_32F, asInt(ld(ldc), "ldc"), strideC, asInt(batch, "batch"),
      CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT_TENSOR_OP));
}
} // namespace

extern "C" {

const char *ckptCudaInit(void) {
  const char *error = nullptr;
  return tryInit(&error) ? nullptr : error;
}

void *ckptCudaTimerStart(void) {
  const Api &a = api();
  auto *timer = new Timer;
  CKPT_CU(a.cuEventCreate(&timer->start, CU_EVENT_DEFAULT));
  CKPT_CU(a.cuEventCreate(&timer->stop, CU_EVENT_DEFAULT));
  CKPT_CU(a.cuEventRecord(timer->start, stream()));
  return timer;
}

double ckptCudaTimerStopMs(void *handle) {
  const Api &a = api();
  auto *timer = static_cast<Timer *>(handle);
  CKPT_CU(a.cuEventRecord(timer->stop, stream()));
  CKPT_CU(a.cuEventSynchronize(timer->stop));
  float ms = 0;
  CKPT_CU(a.cuEventElapsedTime(&ms, timer->start, timer->stop));
  CKPT_CU(a.cuEventDestroy(timer->start));
  CKPT_CU(a.cuEventDestroy(timer->stop));
  delete timer;
  return ms;
}

void ckptCublasGemmF32(int64_t transA, int64_t transB, int64_t m, int64_t n,
                       int64_t k, int64_t a, int64_t lda, int64_t strideA,
                       int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                       int64_t ldc, int64_t strideC, int64_t batch) {
  blasHandle();
  gemm<float>(api().cublasSgemmStridedBatched, transA, transB, m, n, k, a, lda,
              strideA, b, ldb, strideB, c, ldc, strideC, batch);
}

void ckptCublasGemmF64(int64_t transA, int64_t transB, int64_t m, int64_t n,
                       int64_t k, int64_t a, int64_t lda, int64_t strideA,
                       int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                       int64_t ldc, int64_t strideC, int64_t batch) {
  blasHandle();
  gemm<double>(api().cublasDgemmStridedBatched, transA, transB, m, n, k, a,
               lda, strideA, b, ldb, strideB, c, ldc, strideC, batch);
}

void ckptCublasGemmBF16F32(int64_t transA, int64_t transB, int64_t m,
                           int64_t n, int64_t k, int64_t a, int64_t lda,
                           int64_t strideA, int64_t b, int64_t ldb,
                           int64_t strideB, int64_t c, int64_t ldc,
                           int64_t strideC, int64_t batch) {
  blasHandle();
  gemmEx(CUDA_R_16BF, transA, transB, m, n, k, a, lda, strideA, b, ldb,
         strideB, c, ldc, strideC, batch);
}

void ckptCublasGemmF16F32(int64_t transA, int64_t transB, int64_t m,
                          int64_t n, int64_t k, int64_t a, int64_t lda,
                          int64_t strideA, int64_t b, int64_t ldb,
                          int64_t strideB, int64_t c, int64_t ldc,
                          int64_t strideC, int64_t batch) {
  blasHandle();
  gemmEx(CUDA_R_16F, transA, transB, m, n, k, a, lda, strideA, b, ldb,
         strideB, c, ldc, strideC, batch);
}

} // extern "C"
