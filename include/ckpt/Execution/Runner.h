//===- Runner.h - lower, JIT-compile and measure an entry function -*- C++ -*-===//
//
// The steps ckpt-run and the Python package share after parsing: lower a
// module (the target's default pipeline or a given one), JIT-compile it, and
// call its entry a number of times while reading an allocator's counters, so
// that both report the same peak_bytes (docs/Interface.md, "Memory") and times.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_RUNNER_H
#define CKPT_EXECUTION_RUNNER_H

#include "ckpt/Execution/CudaHooks.h"
#include "ckpt/Execution/HostArray.h"
#include "ckpt/Execution/Invoke.h"
#include "ckpt/Execution/Signature.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::ckpt::exec {

/// Fills `pm` with `pipelineText` (mlir-opt's `builtin.module(...)` spelling
/// is accepted too), or with the target's default lowering when it is empty:
/// --ckpt-lower-to-cpu, or --ckpt-lower-to-nvvm for `cuda`. The error is the
/// pipeline parser's message.
llvm::Error buildLoweringPipeline(PassManager &pm, llvm::StringRef pipelineText,
                                  bool cuda);

/// Runs the textual pass pipeline `pipelineText` (mlir-opt's --pass-pipeline
/// syntax, with or without the `builtin.module(...)` anchor) on `module`.
/// The JSON report of every ckpt-plan pass that ran is appended to
/// `planReports`, whatever its `report=` option says. Diagnostics go to the
/// context's handlers; the error says whether parsing or running failed.
llvm::Error runPipeline(ModuleOp module, llvm::StringRef pipelineText,
                        std::vector<std::string> &planReports);

/// Registers with `engine` the address of every external function that the
/// lowered `module` declares and that the counting allocator (ckpt_runtime)
/// or MLIR's C runner utilities define, looked up in those libraries as this
/// process loaded them. An executable linking them exports them to the JIT
/// anyway; a Python extension module is loaded with RTLD_LOCAL, and making
/// the libraries global instead would also export their LLVM (a dependency
/// of the runner utilities) to other LLVM copies in the process, such as
/// torch-mlir's.
llvm::Error registerRuntimeSymbols(ExecutionEngine &engine, ModuleOp module);

/// JIT-compiles the lowered `module` at LLVM `optLevel` (0 to 3), with
/// `sharedLibPaths` loaded for it; with `runtimeSymbols`, registers the
/// runtime's symbols (registerRuntimeSymbols) before initializing it.
llvm::Expected<std::unique_ptr<ExecutionEngine>>
createEngine(ModuleOp module, unsigned optLevel,
             llvm::ArrayRef<llvm::StringRef> sharedLibPaths = {},
             bool runtimeSymbols = false);

/// How calls are measured: an allocator's counters and, optionally, a timer
/// (the CUDA runtime's events) replacing the host's steady clock.
struct Measurement {
  uint64_t (*liveBytes)(void) = nullptr;
  uint64_t (*peakBytes)(void) = nullptr;
  void (*resetPeak)(void) = nullptr;
  void *(*timerStart)(void) = nullptr;
  double (*timerStopMs)(void *) = nullptr;
  /// A first, untimed call (module loading, first-touch costs): it is
  /// measured for memory but not timed.
  bool warmUp = false;

  /// The host's counting allocator and steady clock.
  static Measurement host();
  /// The CUDA runtime's device-memory counters and events, with a warm-up
  /// call (module loading).
  static Measurement cuda(const CudaHooks &hooks);
};

struct CallResults {
  /// The results of the first call, copied to host arrays.
  std::vector<HostArray> outputs;
  /// Peak bytes of the first call above what was live when it started.
  uint64_t peakBytes = 0;
  /// Wall time of each timed call, in milliseconds.
  std::vector<double> timesMs;
  /// One line per later call whose peak differed from the first's.
  std::vector<std::string> warnings;
};

/// Calls the bound entry of `invoker` `repeat` times (plus the warm-up),
/// restoring its arguments before each call and freeing its results after.
llvm::Expected<CallResults> callRepeatedly(EntryInvoker &invoker,
                                           int64_t repeat,
                                           const Measurement &measurement);

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_RUNNER_H
