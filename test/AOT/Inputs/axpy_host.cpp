//===- axpy_host.cpp - a C++ host calling AOT-compiled ckpt GPU code ------===//
//
// Calls the `_mlir_ciface_` wrapper of @axpy_relu: memrefs cross as pointers
// to strided descriptors; the result descriptor points to a host buffer that
// the ckpt CPU runtime allocated (free it with _mlir_memref_to_llvm_free).
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CudaRuntime.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

template <int N> struct MemRef1D {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[1];
  int64_t strides[1];
};

extern "C" void _mlir_ciface_axpy_relu(MemRef1D<1> *result, MemRef1D<1> *x,
                                       MemRef1D<1> *y);
extern "C" void _mlir_memref_to_llvm_free(void *ptr);

int main() {
  if (const char *error = ckptCudaInit()) {
    std::printf("no GPU: %s\n", error);
    return 1;
  }
  constexpr int n = 1000;
  static float xs[n], ys[n];
  for (int i = 0; i < n; ++i) {
    xs[i] = 0.01f * (i - 500);
    ys[i] = 1.0f;
  }
  MemRef1D<1> x = {xs, xs, 0, {n}, {1}}, y = {ys, ys, 0, {n}, {1}}, r;
  _mlir_ciface_axpy_relu(&r, &x, &y);
  int bad = 0;
  for (int i = 0; i < n; ++i) {
    float want = std::fmax(2.0f * xs[i] + ys[i], 0.0f);
    bad += std::fabs(r.aligned[i] - want) > 1e-6f;
  }
  std::printf("size %lld mismatches %d live %llu peak %llu\n",
              static_cast<long long>(r.sizes[0]), bad,
              static_cast<unsigned long long>(ckptCudaLiveBytes()),
              static_cast<unsigned long long>(ckptCudaPeakBytes()));
  _mlir_memref_to_llvm_free(r.allocated);
  return bad != 0;
}
