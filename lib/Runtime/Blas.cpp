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

extern "C" {
// libomp's (LLVM's OpenMP runtime, which lowered parallel loops call).
int omp_get_max_threads(void);
void omp_set_num_threads(int);
}

namespace {

/// Smaller products run on one thread: a fork costs more than they take.
constexpr int64_t kMinParallelFlops = 1 << 18;

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
  // One thread team (libomp's, which the parallel loops of lowered code
  // use too) splits the work: whole batch entries when there are enough,
  // otherwise blocks of rows of C. OpenBLAS itself runs on one thread, so
  // that two thread pools never compete for the cores. Each element of C is
  // summed over all of K by one call, in the same order whatever the
  // split, so results do not depend on the thread count.
  int threads = omp_get_max_threads();
  int64_t flops = m * n * k * batch;
  int64_t rowBlocks = batch >= threads || flops < kMinParallelFlops
                          ? 1
                          : std::min<int64_t>(threads, (m + 7) / 8);
  int64_t tasks = batch * rowBlocks;
#pragma omp parallel for schedule(static) if (tasks > 1)
  for (int64_t task = 0; task < tasks; ++task) {
    int64_t i = task / rowBlocks, block = task % rowBlocks;
    int64_t r0 = m * block / rowBlocks, r1 = m * (block + 1) / rowBlocks;
    const T *ai = at<T>(a) + i * strideA + (transA ? r0 : r0 * lda);
    const T *bi = at<T>(b) + i * strideB;
    T *ci = at<T>(c) + i * strideC + r0 * ldc;
    if (blasOk)
      blasGemm(transA, transB, r1 - r0, n, k, ai, lda, bi, ldb, ci, ldc);
    else
      loopGemm<T>(transA, transB, r1 - r0, n, k, ai, lda, bi, ldb, ci, ldc);
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
  int count = static_cast<int>(std::min<int64_t>(threads > 0 ? threads : cores,
                                                 1024));
  // OpenBLAS stays on one thread: the GEMMs above and the parallel loops of
  // lowered code share libomp's team.
  openblas_set_num_threads(1);
  omp_set_num_threads(count);
}

} // extern "C"

/// OpenBLAS on one thread from the start, for programs that never call
/// ckptRuntimeSetThreads (OpenBLAS's own initializer has run: this library
/// depends on it).
__attribute__((constructor)) static void singleThreadedBlas() {
  openblas_set_num_threads(1);
}
