//===- CudaHooks.h - the CUDA runtime functions the runners use -*- C++ -*-===//
//
// The runners (ckpt-run, the Python package) do not link the CUDA runtime:
// they dlopen libckpt_cuda_runtime.so for the CUDA target only, so that they
// build and run CPU code on machines without CUDA. The functions are looked
// up by name; their C signatures are the contract with
// lib/Runtime/CudaApi.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_CUDAHOOKS_H
#define CKPT_EXECUTION_CUDAHOOKS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>

namespace mlir::ckpt::exec {

/// The file name of the CUDA runtime library the build leaves in its lib/.
inline constexpr llvm::StringLiteral kCudaRuntimeLibrary =
    "libckpt_cuda_runtime.so";

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

/// Loads the CUDA runtime library at `path` (globally, so that the JIT-ed
/// code's mgpu* calls resolve to it) and initializes CUDA through it. Errors
/// are one line: no library, missing symbols, no GPU.
llvm::Expected<CudaHooks> loadCudaHooks(llvm::StringRef path);

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_CUDAHOOKS_H
