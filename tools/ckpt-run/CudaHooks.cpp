//===- CudaHooks.cpp - the CUDA runtime functions ckpt-run uses -----------===//

#include "CudaHooks.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <dlfcn.h>

using namespace mlir::ckpt::exec;

static llvm::Error cudaError(const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

template <typename Fn>
static bool lookup(void *handle, const char *symbol, Fn &fn) {
  fn = reinterpret_cast<Fn>(dlsym(handle, symbol));
  return fn != nullptr;
}

llvm::Expected<CudaHooks> mlir::ckpt::exec::loadCudaHooks(const char *argv0) {
  static int anchor;
  std::string self = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(path, "..", "lib", "libckpt_cuda_runtime.so");
  llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);

  if (!llvm::sys::fs::exists(path))
    return cudaError("--target=cuda needs the CUDA runtime library, not "
                     "found at '" + path + "' (was ckpt built with CUDA?)");
  void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL);
  if (!handle) {
    const char *why = dlerror();
    return cudaError("cannot load '" + path + "': " + (why ? why : "unknown"));
  }
  CudaHooks hooks;
  hooks.path = path.str().str();
  struct {
    const char *name;
    bool found;
  } symbols[] = {
      {"ckptCudaInit", lookup(handle, "ckptCudaInit", hooks.init)},
      {"ckptCudaPeakBytes", lookup(handle, "ckptCudaPeakBytes", hooks.peakBytes)},
      {"ckptCudaLiveBytes", lookup(handle, "ckptCudaLiveBytes", hooks.liveBytes)},
      {"ckptCudaResetPeak", lookup(handle, "ckptCudaResetPeak", hooks.resetPeak)},
      {"ckptCudaTimerStart", lookup(handle, "ckptCudaTimerStart", hooks.timerStart)},
      {"ckptCudaTimerStopMs", lookup(handle, "ckptCudaTimerStopMs", hooks.timerStopMs)},
  };
  for (const auto &symbol : symbols)
    if (!symbol.found)
      return cudaError("'" + path + "' does not define " + symbol.name);
  if (const char *failure = hooks.init())
    return cudaError(llvm::Twine("CUDA is not usable: ") + failure);
  return hooks;
}
