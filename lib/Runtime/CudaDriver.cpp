//===- CudaDriver.cpp - load the driver, context, stream, cuBLAS ----------===//

#include "CudaDriver.h"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <mutex>
#include <string>

#ifndef CKPT_CUDA_LIBRARY_DIR
#define CKPT_CUDA_LIBRARY_DIR "/usr/local/cuda/lib64"
#endif

namespace mlir::ckpt::cuda {
namespace {

#define CKPT_STRINGIFY_IMPL(x) #x
#define CKPT_STRINGIFY(x) CKPT_STRINGIFY_IMPL(x)

struct State {
  Api api;
  CUcontext context = nullptr;
  CUstream stream = nullptr;
  cublasHandle_t blas = nullptr;
  std::string error; // empty when usable
};

State &state() {
  static State s;
  return s;
}

/// dlopen's the first of `names` that loads; on failure `*error` is the
/// loader's message for the first name, the one users expect to see.
void *openFirst(std::initializer_list<const char *> names,
                std::string *error) {
  for (const char *name : names) {
    if (void *h = dlopen(name, RTLD_NOW | RTLD_GLOBAL))
      return h;
    if (error->empty())
      *error = dlerror();
  }
  return nullptr;
}

std::string errorText(const Api &a, CUresult r) {
  const char *name = nullptr, *text = nullptr;
  if (a.cuGetErrorName)
    a.cuGetErrorName(r, &name);
  if (a.cuGetErrorString)
    a.cuGetErrorString(r, &text);
  return std::string(name ? name : "CUDA_ERROR_?") + " (" +
         (text ? text : "unknown error") + ")";
}

int &defaultDevice() {
  static int device = 0;
  return device;
}

/// Fills `s` or sets s.error; runs once.
void initialize(State &s) {
  std::string why;
  void *lib = openFirst({"libcuda.so.1", "libcuda.so"}, &why);
  if (!lib) {
    s.error = "cannot load the CUDA driver: " + why;
    return;
  }
#define CKPT_LOAD(fn)                                                          \
  s.api.fn = reinterpret_cast<decltype(s.api.fn)>(                             \
      dlsym(lib, CKPT_STRINGIFY(fn)));                                         \
  if (!s.api.fn) {                                                             \
    s.error = "the CUDA driver lacks " CKPT_STRINGIFY(fn);                     \
    return;                                                                    \
  }
  CKPT_CUDA_DRIVER_FUNCTIONS(CKPT_LOAD)
#undef CKPT_LOAD
  const Api &a = s.api;
  CUresult r = a.cuInit(0);
  if (r != CUDA_SUCCESS) {
    s.error = "cuInit failed: " + errorText(a, r);
    return;
  }
  int count = 0;
  r = a.cuDeviceGetCount(&count);
  if (r != CUDA_SUCCESS || count == 0) {
    s.error = "no CUDA device found";
    return;
  }
  CUdevice device;
  if ((r = a.cuDeviceGet(&device, defaultDevice())) != CUDA_SUCCESS ||
      (r = a.cuDevicePrimaryCtxRetain(&s.context, device)) != CUDA_SUCCESS ||
      (r = a.cuCtxSetCurrent(s.context)) != CUDA_SUCCESS ||
      (r = a.cuStreamCreate(&s.stream, CU_STREAM_NON_BLOCKING)) !=
          CUDA_SUCCESS) {
    s.error = "cannot set up CUDA device " + std::to_string(defaultDevice()) +
              ": " + errorText(a, r);
    return;
  }
}

} // namespace

void setDefaultDevice(int device) { defaultDevice() = device; }

const Api *tryInit(const char **error) {
  static std::once_flag once;
  State &s = state();
  std::call_once(once, [&] { initialize(s); });
  if (!s.error.empty()) {
    if (error)
      *error = s.error.c_str();
    return nullptr;
  }
  // The primary context must be current on every thread that calls in.
  thread_local bool current = false;
  if (!current) {
    CUresult r = s.api.cuCtxSetCurrent(s.context);
    if (r != CUDA_SUCCESS)
      fail("cuCtxSetCurrent", r);
    current = true;
  }
  return &s.api;
}

const Api &api() {
  const char *error = nullptr;
  const Api *a = tryInit(&error);
  if (!a)
    failMessage(error);
  return *a;
}

CUstream stream() {
  api();
  return state().stream;
}

cublasHandle_t blasHandle() {
  static std::once_flag once;
  State &s = state();
  std::call_once(once, [&] {
    api();
    std::string why;
    void *lib = openFirst({"libcublas.so.13", CKPT_CUDA_LIBRARY_DIR
                           "/libcublas.so.13",
                           "libcublas.so"},
                          &why);
    if (!lib)
      failMessage(("cannot load cuBLAS: " + why).c_str());
#define CKPT_LOAD(fn)                                                          \
  s.api.fn = reinterpret_cast<decltype(s.api.fn)>(                             \
      dlsym(lib, CKPT_STRINGIFY(fn)));                                         \
  if (!s.api.fn)                                                               \
    failMessage("cuBLAS lacks " CKPT_STRINGIFY(fn));
    CKPT_CUBLAS_FUNCTIONS(CKPT_LOAD)
    CKPT_LOAD(cublasGemmStridedBatchedEx)
#undef CKPT_LOAD
    CKPT_CUBLAS(s.api.cublasCreate(&s.blas));
    CKPT_CUBLAS(s.api.cublasSetStream(s.blas, s.stream));
  });
  return s.blas;
}

void fail(const char *call, CUresult result) {
  std::string text = errorText(state().api, result);
  std::fprintf(stderr, "ckpt cuda runtime: %s failed: %s\n", call,
               text.c_str());
  std::fflush(stderr);
  std::abort();
}

void failBlas(const char *call, cublasStatus_t status) {
  const char *text = state().api.cublasGetStatusString
                         ? state().api.cublasGetStatusString(status)
                         : "unknown cuBLAS status";
  std::fprintf(stderr, "ckpt cuda runtime: %s failed: %s (%d)\n", call, text,
               static_cast<int>(status));
  std::fflush(stderr);
  std::abort();
}

void failMessage(const char *message) {
  std::fprintf(stderr, "ckpt cuda runtime: %s\n", message);
  std::fflush(stderr);
  std::abort();
}

} // namespace mlir::ckpt::cuda
