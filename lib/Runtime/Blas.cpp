//===- Blas.cpp - host GEMMs for ckpt-linalg-to-blas ----------------------===//
//
// Implements the ckptBlasGemm* entry points of CkptRuntime.h with OpenBLAS.
// Operands whose row strides BLAS cannot take (a row stride smaller than the
// row, as in broadcast views) go through a plain loop instead; both sum each
// element of C over K in ascending order of K blocks, deterministically.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CkptRuntime.h"

#include <cblas.h>

#include <algorithm>
#include <cstdint>
#include <thread>

namespace {

template <typename T> T *at(int64_t address) {
  return reinterpret_cast<T *>(static_cast<uintptr_t>(address));
}

/// Element (r, c) of op(X), X row-major with row stride ld.
template <typename T>
T element(const T *x, bool trans, int64_t ld, int64_t r, int64_t c) {
  return trans ? x[c * ld + r] : x[r * ld + c];
}

template <typename T>
void loopGemm(bool transA, bool transB, int64_t m, int64_t n, int64_t k,
              const T *a, int64_t lda, const T *b, int64_t ldb, T *c,
              int64_t ldc) {
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      T sum = c[i * ldc + j];
      for (int64_t p = 0; p < k; ++p)
        sum += element(a, transA, lda, i, p) * element(b, transB, ldb, p, j);
      c[i * ldc + j] = sum;
    }
}

void blasGemm(bool transA, bool transB, int64_t m, int64_t n, int64_t k,
              const float *a, int64_t lda, const float *b, int64_t ldb,
              float *c, int64_t ldc) {
  cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
              transB ? CblasTrans : CblasNoTrans, m, n, k, 1.0f, a, lda, b,
              ldb, 1.0f, c, ldc);
}

void blasGemm(bool transA, bool transB, int64_t m, int64_t n, int64_t k,
              const double *a, int64_t lda, const double *b, int64_t ldb,
              double *c, int64_t ldc) {
  cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
              transB ? CblasTrans : CblasNoTrans, m, n, k, 1.0, a, lda, b, ldb,
              1.0, c, ldc);
}

template <typename T>
void gemm(int64_t transA, int64_t transB, int64_t m, int64_t n, int64_t k,
          int64_t a, int64_t lda, int64_t strideA, int64_t b, int64_t ldb,
          int64_t strideB, int64_t c, int64_t ldc, int64_t strideC,
          int64_t batch) {
  if (m <= 0 || n <= 0 || k <= 0)
    return; // C += nothing
  // Row-major BLAS needs each row stride to cover its row.
  int64_t aCols = transA ? m : k, bCols = transB ? k : n;
  bool blasOk = lda >= std::max<int64_t>(1, aCols) &&
                ldb >= std::max<int64_t>(1, bCols) &&
                ldc >= std::max<int64_t>(1, n) && m <= INT32_MAX &&
                n <= INT32_MAX && k <= INT32_MAX && lda <= INT32_MAX &&
                ldb <= INT32_MAX && ldc <= INT32_MAX;
  for (int64_t i = 0; i < batch; ++i) {
    const T *ai = at<T>(a) + i * strideA;
    const T *bi = at<T>(b) + i * strideB;
    T *ci = at<T>(c) + i * strideC;
    if (blasOk)
      blasGemm(transA, transB, m, n, k, ai, lda, bi, ldb, ci, ldc);
    else
      loopGemm<T>(transA, transB, m, n, k, ai, lda, bi, ldb, ci, ldc);
  }
}

} // namespace

extern "C" {

void ckptBlasGemmF32(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t strideA,
                     int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                     int64_t ldc, int64_t strideC, int64_t batch) {
  gemm<float>(transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c,
              ldc, strideC, batch);
}

void ckptBlasGemmF64(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t strideA,
                     int64_t b, int64_t ldb, int64_t strideB, int64_t c,
                     int64_t ldc, int64_t strideC, int64_t batch) {
  gemm<double>(transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c,
               ldc, strideC, batch);
}

void ckptRuntimeSetThreads(int64_t threads) {
  int64_t cores = std::max<int64_t>(1, std::thread::hardware_concurrency());
  int64_t count = threads > 0 ? threads : cores;
  openblas_set_num_threads(static_cast<int>(std::min<int64_t>(count, 1024)));
}

} // extern "C"
