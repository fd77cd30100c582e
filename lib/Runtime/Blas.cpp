//===- Blas.cpp - host GEMMs for ckpt-linalg-to-blas ----------------------===//
//
// Implements the ckptBlasGemm* entry points of CkptRuntime.h with OpenBLAS.
// Every product goes to BLAS, whatever its operands' layout: a matrix BLAS
// cannot read in place (a column stride other than 1, or a row stride
// smaller than the row, as in a strided slice or a broadcast view) is first
// copied into a contiguous scratch buffer of this thread, and C copied back.
// A product's arithmetic is then the same wherever its operands live (a
// view in one program, a copy passed to a region's function in another),
// which bit-identity with and without checkpoint regions needs. The scratch
// buffers are workspace like OpenBLAS's own packing buffers: reused across
// calls and not counted as program buffers. Only sizes beyond BLAS's 32-bit
// integers take a plain loop.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CkptRuntime.h"

#include <cblas.h>

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

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

/// A matrix of `rows` x `cols` elements in memory: element (r, c) at
/// data[r * ld + c * inc].
template <typename T> struct View {
  T *data;
  int64_t ld, inc;
  T &operator()(int64_t r, int64_t c) const { return data[r * ld + c * inc]; }
};

/// Element (r, c) of op(X).
template <typename T> T element(View<T> x, bool trans, int64_t r, int64_t c) {
  return trans ? x(c, r) : x(r, c);
}

template <typename T>
void loopGemm(bool transA, bool transB, int64_t m, int64_t n, int64_t k,
              View<T> a, View<T> b, View<T> c) {
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      T sum = c(i, j);
      for (int64_t p = 0; p < k; ++p)
        sum += element(a, transA, i, p) * element(b, transB, p, j);
      c(i, j) = sum;
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

/// Whether row-major BLAS reads `x` (rows x cols) in place.
template <typename T> bool inPlace(View<T> x, int64_t cols) {
  return x.inc == 1 && x.ld >= std::max<int64_t>(1, cols) &&
         x.ld <= INT32_MAX;
}

/// `x` in place, or a contiguous copy of it in `scratch` (row stride cols).
template <typename T>
View<T> contiguous(View<T> x, int64_t rows, int64_t cols,
                   std::vector<T> &scratch) {
  if (inPlace(x, cols))
    return x;
  scratch.resize(static_cast<size_t>(rows * cols));
  View<T> packed{scratch.data(), cols, 1};
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < cols; ++c)
      packed(r, c) = x(r, c);
  return packed;
}

template <typename T> struct Scratch {
  std::vector<T> a, b, c;
};

template <typename T> Scratch<T> &scratch() {
  thread_local Scratch<T> buffers;
  return buffers;
}

template <typename T>
void gemm(int64_t transA, int64_t transB, int64_t m, int64_t n, int64_t k,
          int64_t a, int64_t lda, int64_t inca, int64_t strideA, int64_t b,
          int64_t ldb, int64_t incb, int64_t strideB, int64_t c, int64_t ldc,
          int64_t incc, int64_t strideC, int64_t batch) {
  if (m <= 0 || n <= 0 || k <= 0)
    return; // C += nothing
  // Stored shapes: op(A) is m x k, op(B) k x n.
  int64_t bRows = transB ? n : k, bCols = transB ? k : n;
  bool blasSizes = m <= INT32_MAX && n <= INT32_MAX && k <= INT32_MAX;
  // One thread team (libomp's, which the parallel loops of lowered code
  // use too) splits the work: whole batch entries when there are enough,
  // otherwise blocks of rows of C. OpenBLAS itself runs on one thread, so
  // that two thread pools never compete for the cores. The split depends
  // only on the shapes and the thread count, never on timing.
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
    int64_t rows = r1 - r0;
    // Row r of op(A) is column r of a transposed A.
    View<T> ai{at<T>(a) + i * strideA + r0 * (transA ? inca : lda), lda,
               inca};
    View<T> bi{at<T>(b) + i * strideB, ldb, incb};
    View<T> ci{at<T>(c) + i * strideC + r0 * ldc, ldc, incc};
    if (!blasSizes) {
      loopGemm<T>(transA, transB, rows, n, k, ai, bi, ci);
      continue;
    }
    Scratch<T> &buffers = scratch<T>();
    View<T> pa = contiguous(ai, transA ? k : rows, transA ? rows : k,
                            buffers.a);
    View<T> pb = contiguous(bi, bRows, bCols, buffers.b);
    View<T> pc = contiguous(ci, rows, n, buffers.c);
    blasGemm(transA, transB, rows, n, k, pa.data, pa.ld, pb.data, pb.ld,
             pc.data, pc.ld);
    if (pc.data != ci.data)
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t col = 0; col < n; ++col)
          ci(r, col) = pc(r, col);
  }
}

} // namespace

extern "C" {

void ckptBlasGemmF32(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t inca,
                     int64_t strideA, int64_t b, int64_t ldb, int64_t incb,
                     int64_t strideB, int64_t c, int64_t ldc, int64_t incc,
                     int64_t strideC, int64_t batch) {
  gemm<float>(transA, transB, m, n, k, a, lda, inca, strideA, b, ldb, incb,
              strideB, c, ldc, incc, strideC, batch);
}

void ckptBlasGemmF64(int64_t transA, int64_t transB, int64_t m, int64_t n,
                     int64_t k, int64_t a, int64_t lda, int64_t inca,
                     int64_t strideA, int64_t b, int64_t ldb, int64_t incb,
                     int64_t strideB, int64_t c, int64_t ldc, int64_t incc,
                     int64_t strideC, int64_t batch) {
  gemm<double>(transA, transB, m, n, k, a, lda, inca, strideA, b, ldb, incb,
               strideB, c, ldc, incc, strideC, batch);
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
