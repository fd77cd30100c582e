//===- Runner.cpp - lower, JIT-compile and measure an entry function ------===//

#include "ckpt/Execution/Runner.h"

#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"
#include "ckpt/Pipelines/Pipelines.h"
#include "ckpt/Runtime/CkptRuntime.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/ExecutionEngine/Orc/Mangling.h"
#include "llvm/ExecutionEngine/Orc/CoreContainers.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/Target/TargetMachine.h"
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
  if (cuda)
    ckpt::buildLowerToNVVMPipeline(pm);
  else
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

/// A handle on the already loaded shared object defining `symbol`, which
/// keeps its local scope (RTLD_NOLOAD | RTLD_LOCAL).
static llvm::Expected<void *> libraryOf(const void *symbol,
                                        llvm::StringRef what) {
  Dl_info info;
  if (!dladdr(symbol, &info) || !info.dli_fname)
    return makeError("cannot find the library holding " + what);
  void *handle = dlopen(info.dli_fname, RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
  if (!handle)
    return makeError("cannot open " + what + ": " + dlerror());
  return handle;
}

llvm::Error mlir::ckpt::exec::registerRuntimeSymbols(ExecutionEngine &engine,
                                                     ModuleOp module) {
  static llvm::Expected<void *> runtime = libraryOf(
      reinterpret_cast<const void *>(&_mlir_memref_to_llvm_alloc),
      "the counting allocator");
  static llvm::Expected<void *> runnerUtils = libraryOf(
      reinterpret_cast<const void *>(&memrefCopy), "MLIR's C runner utilities");
  for (llvm::Expected<void *> *library : {&runtime, &runnerUtils})
    if (!*library)
      return makeError(llvm::toString(library->takeError()));

  // Parallel loops call libomp's __kmpc_* entry points, which the
  // translation to LLVM IR declares (they are not in `module`): libomp, a
  // dependency of the runtime, joins the global scope that the JIT's
  // process-wide lookup searches (it is loaded local to the Python
  // extension otherwise).
  static bool ompVisible = [] {
    Dl_info info;
    void *symbol = dlsym(*runtime, "omp_set_num_threads");
    return symbol && dladdr(symbol, &info) && info.dli_fname &&
           dlopen(info.dli_fname, RTLD_LAZY | RTLD_GLOBAL | RTLD_NOLOAD);
  }();
  if (!ompVisible)
    return makeError("cannot find LLVM's OpenMP runtime (libomp) through "
                     "the ckpt runtime");

  llvm::StringMap<void *> addresses;
  module.walk([&](LLVM::LLVMFuncOp func) {
    if (!func.isExternal())
      return;
    std::string name = func.getSymName().str();
    for (void *library : {*runtime, *runnerUtils})
      if (void *address = dlsym(library, name.c_str())) {
        addresses[name] = address;
        break;
      }
  });
  engine.registerSymbols([&](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap map;
    for (const auto &entry : addresses)
      map[interner(entry.getKey())] = {
          llvm::orc::ExecutorAddr::fromPtr(entry.getValue()),
          llvm::JITSymbolFlags::Exported};
    return map;
  });
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<ExecutionEngine>>
mlir::ckpt::exec::createEngine(ModuleOp module, unsigned optLevel,
                               llvm::ArrayRef<llvm::StringRef> sharedLibPaths,
                               bool runtimeSymbols) {
  if (optLevel > 3)
    return makeError("the optimization level must be 0 to 3, got " +
                     llvm::Twine(optLevel));
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  static constexpr llvm::CodeGenOptLevel kCodeGen[] = {
      llvm::CodeGenOptLevel::None, llvm::CodeGenOptLevel::Less,
      llvm::CodeGenOptLevel::Default, llvm::CodeGenOptLevel::Aggressive};
  // The optimizer needs the host's target to know its vector registers;
  // without one LLVM's vectorizers do nothing.
  auto hostBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!hostBuilder)
    return hostBuilder.takeError();
  hostBuilder->setCodeGenOptLevel(kCodeGen[optLevel]);
  auto host = hostBuilder->createTargetMachine();
  if (!host)
    return host.takeError();
  // ExecutionEngineOptions::transformer is a function_ref: the function it
  // refers to must outlive ExecutionEngine::create (a temporary here was a
  // stack-use-after-scope that AddressSanitizer reports).
  std::function<llvm::Error(llvm::Module *)> optimize =
      makeOptimizingTransformer(optLevel, /*sizeLevel=*/0, host->get());
  // The packed `_mlir_<name>` wrapper the engine adds for each public
  // function only unpacks arguments and calls it: straight-line code, glue
  // like ckpt-split-functions' chunks, so compiled without optimization. A
  // step with hundreds of gradients unpacks thousands of fields in one
  // block, which optimizing code generation schedules in superlinear time.
  std::function<llvm::Error(llvm::Module *)> transformer =
      [&optimize](llvm::Module *llvmModule) {
        for (llvm::Function &function : *llvmModule)
          if (!function.isDeclaration() &&
              function.getName().starts_with("_mlir_")) {
            function.addFnAttr(llvm::Attribute::NoInline);
            function.addFnAttr(llvm::Attribute::OptimizeNone);
          }
        return optimize(llvmModule);
      };
  ExecutionEngineOptions options;
  options.transformer = transformer;
  options.sharedLibPaths = sharedLibPaths;
  // The engine compiles with the target machine it is given (its
  // jitCodeGenOptLevel only reaches one it builds itself, which it then does
  // not use), so the code generator's level is set on `host` above.
  auto engine = ExecutionEngine::create(module, options, std::move(*host));
  if (!engine)
    return engine.takeError();
  if (runtimeSymbols)
    if (llvm::Error error = registerRuntimeSymbols(**engine, module))
      return std::move(error);
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

Measurement Measurement::cuda(const CudaHooks &hooks) {
  Measurement measurement;
  measurement.liveBytes = hooks.liveBytes;
  measurement.peakBytes = hooks.peakBytes;
  measurement.resetPeak = hooks.resetPeak;
  measurement.timerStart = hooks.timerStart;
  measurement.timerStopMs = hooks.timerStopMs;
  measurement.warmUp = true;
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
