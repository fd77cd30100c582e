//===- Runner.cpp - lower, JIT-compile and measure an entry function ------===//

#include "ckpt/Execution/Runner.h"

#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"
#include "ckpt/Pipelines/Pipelines.h"
#include "ckpt/Runtime/CkptRuntime.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>
#include <cstring>
#include <dlfcn.h>
#include <optional>

using namespace mlir;
using namespace mlir::ckpt::exec;

static llvm::Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Error mlir::ckpt::exec::buildLoweringPipeline(PassManager &pm,
                                                    llvm::StringRef text,
                                                    bool cuda) {
  std::string parseErrors;
  llvm::raw_string_ostream os(parseErrors);
  text = text.trim();
  if (!text.empty()) {
    // The pass manager here already runs on the module.
    if (text.starts_with("builtin.module(") && text.ends_with(")"))
      text = text.drop_front(strlen("builtin.module(")).drop_back();
    if (failed(parsePassPipeline(text, pm, os)))
      return makeError(parseErrors);
    return llvm::Error::success();
  }
  if (cuda) {
    // Textual, so that the runners do not depend on the GPU pipeline's C++
    // API.
    if (failed(parsePassPipeline("ckpt-lower-to-nvvm", pm, os)))
      return makeError("the ckpt-lower-to-nvvm pipeline is not available: " +
                       parseErrors);
    return llvm::Error::success();
  }
  ckpt::buildLowerToCPUPipeline(pm);
  return llvm::Error::success();
}

namespace {
/// Copies the report of every ckpt-plan pass when it finishes.
class PlanReportCollector : public PassInstrumentation {
public:
  explicit PlanReportCollector(std::vector<std::string> &reports)
      : reports(reports) {}

  void runAfterPass(Pass *pass, Operation *) override {
    if (const std::string *report = ckpt::getPlanReport(*pass))
      reports.push_back(*report);
  }

private:
  std::vector<std::string> &reports;
};
} // namespace

llvm::Error mlir::ckpt::exec::runPipeline(ModuleOp module,
                                          llvm::StringRef text,
                                          std::vector<std::string> &reports) {
  text = text.trim();
  if (text.empty())
    return makeError("the pass pipeline is empty");
  PassManager pm(module->getContext());
  // Whatever the module is called, mlir-opt's `builtin.module(...)` anchors
  // the pipeline on it.
  if (text.starts_with("builtin.module(") && text.ends_with(")"))
    text = text.drop_front(strlen("builtin.module(")).drop_back();
  std::string parseErrors;
  llvm::raw_string_ostream os(parseErrors);
  if (failed(parsePassPipeline(text, pm, os)))
    return makeError("invalid pass pipeline: " + parseErrors);
  pm.addInstrumentation(std::make_unique<PlanReportCollector>(reports));
  if (failed(pm.run(module)))
    return makeError("the pass pipeline failed");
  return llvm::Error::success();
}

/// Makes the shared object defining `symbol` global (RTLD_NOLOAD: it is
/// already loaded, only its scope changes).
static llvm::Error makeGlobal(const void *symbol, llvm::StringRef what) {
  Dl_info info;
  if (!dladdr(symbol, &info) || !info.dli_fname)
    return makeError("cannot find the library holding " + what);
  if (!dlopen(info.dli_fname, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD))
    return makeError("cannot expose " + what + " to the JIT: " + dlerror());
  return llvm::Error::success();
}

llvm::Error mlir::ckpt::exec::exposeRuntimeToJit() {
  if (llvm::Error error =
          makeGlobal(reinterpret_cast<const void *>(&_mlir_memref_to_llvm_alloc),
                     "the counting allocator"))
    return error;
  return makeGlobal(reinterpret_cast<const void *>(&memrefCopy),
                    "MLIR's C runner utilities");
}

llvm::Expected<std::unique_ptr<ExecutionEngine>>
mlir::ckpt::exec::createEngine(ModuleOp module, unsigned optLevel,
                               llvm::ArrayRef<llvm::StringRef> sharedLibPaths) {
  if (optLevel > 3)
    return makeError("the optimization level must be 0 to 3, got " +
                     llvm::Twine(optLevel));
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  ExecutionEngineOptions options;
  options.transformer = makeOptimizingTransformer(optLevel, /*sizeLevel=*/0,
                                                  /*targetMachine=*/nullptr);
  static constexpr llvm::CodeGenOptLevel kCodeGen[] = {
      llvm::CodeGenOptLevel::None, llvm::CodeGenOptLevel::Less,
      llvm::CodeGenOptLevel::Default, llvm::CodeGenOptLevel::Aggressive};
  options.jitCodeGenOptLevel = kCodeGen[optLevel];
  options.sharedLibPaths = sharedLibPaths;
  auto engine = ExecutionEngine::create(module, options);
  if (!engine)
    return engine.takeError();
  (*engine)->initialize();
  return std::move(*engine);
}

Measurement Measurement::host() {
  Measurement measurement;
  measurement.liveBytes = ckptRuntimeLiveBytes;
  measurement.peakBytes = ckptRuntimePeakBytes;
  measurement.resetPeak = ckptRuntimeResetPeak;
  return measurement;
}

llvm::Expected<CallResults>
mlir::ckpt::exec::callRepeatedly(EntryInvoker &invoker, int64_t repeat,
                                 const Measurement &measurement) {
  if (repeat < 1)
    return makeError("the number of calls must be at least 1, got " +
                     llvm::Twine(repeat));
  CallResults results;
  std::optional<uint64_t> firstPeak;
  int64_t calls = measurement.warmUp ? repeat + 1 : repeat;
  for (int64_t call = 0; call < calls; ++call) {
    invoker.restoreArguments();
    measurement.resetPeak();
    uint64_t liveAtStart = measurement.liveBytes();
    double ms;
    if (measurement.timerStart) {
      void *timer = measurement.timerStart();
      if (llvm::Error error = invoker.call())
        return std::move(error);
      ms = measurement.timerStopMs(timer);
    } else {
      auto start = std::chrono::steady_clock::now();
      if (llvm::Error error = invoker.call())
        return std::move(error);
      auto stop = std::chrono::steady_clock::now();
      ms = std::chrono::duration<double, std::milli>(stop - start).count();
    }
    uint64_t peak = measurement.peakBytes() - liveAtStart;
    if (!firstPeak) {
      firstPeak = peak;
      auto outputs = invoker.readResults();
      if (!outputs) {
        invoker.releaseResults();
        return outputs.takeError();
      }
      results.outputs = std::move(*outputs);
    } else if (peak != *firstPeak) {
      results.warnings.push_back(
          ("peak bytes differ across calls (" + llvm::Twine(*firstPeak) +
           " in the first, " + llvm::Twine(peak) + " in call " +
           llvm::Twine(call) + ")")
              .str());
    }
    invoker.releaseResults();
    if (!measurement.warmUp || call > 0)
      results.timesMs.push_back(ms);
  }
  results.peakBytes = *firstPeak;
  return results;
}
