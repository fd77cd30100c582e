//===- CudaHooks.cpp - the CUDA runtime functions the runners use ---------===//

#include "ckpt/Execution/CudaHooks.h"

#include "llvm/Support/FileSystem.h"

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

llvm::Expected<CudaHooks>
mlir::ckpt::exec::loadCudaHooks(llvm::StringRef path) {
  if (!llvm::sys::fs::exists(path))
    return cudaError("the CUDA target needs the CUDA runtime library, not "
                     "found at '" + path + "' (was ckpt built with CUDA?)");
  std::string file = path.str();
  void *handle = dlopen(file.c_str(), RTLD_NOW | RTLD_GLOBAL);
  if (!handle) {
    const char *why = dlerror();
    return cudaError("cannot load '" + path + "': " + (why ? why : "unknown"));
  }
  CudaHooks hooks;
  hooks.path = file;
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
