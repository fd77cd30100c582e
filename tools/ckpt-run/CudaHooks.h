//===- CudaHooks.h - the CUDA runtime functions ckpt-run uses ---*- C++ -*-===//
//
// ckpt-run does not link the CUDA runtime: it dlopens
// libckpt_cuda_runtime.so for --target=cuda only, so that the tool builds and
// runs CPU code on machines without CUDA. The functions are looked up by
// name; their C signatures are the contract with lib/Runtime/CudaRuntime.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_TOOLS_CKPT_RUN_CUDAHOOKS_H
#define CKPT_TOOLS_CKPT_RUN_CUDAHOOKS_H

#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>

namespace mlir::ckpt::exec {

struct CudaHooks {
  /// The library's path, for ExecutionEngine's sharedLibPaths.
  std::string path;
  const char *(*init)(void) = nullptr;
  uint64_t (*peakBytes)(void) = nullptr;
  uint64_t (*liveBytes)(void) = nullptr;
  void (*resetPeak)(void) = nullptr;
  void *(*timerStart)(void) = nullptr;
  double (*timerStopMs)(void *) = nullptr;
};

/// Loads libckpt_cuda_runtime.so from `<dir of ckpt-run>/../lib` and
/// initializes CUDA through it. Errors are one line (no library, missing
/// symbols, no GPU).
llvm::Expected<CudaHooks> loadCudaHooks(const char *argv0);

} // namespace mlir::ckpt::exec

#endif // CKPT_TOOLS_CKPT_RUN_CUDAHOOKS_H
