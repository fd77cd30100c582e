//===- ckpt-run.cpp - JIT-run an entry function, report outputs and memory ===//
//
//   ckpt-run FILE.mlir|- --entry=NAME [--target=cpu|cuda] [--pipeline=STR]
//            [--input=A.npy ...] [--seed=N] [--output-dir=DIR] [--repeat=N]
//            [--threads=N] [--opt-level=N] [--json]
//
// Parses the module, reads the entry's signature, lowers (unless the module
// is already in the LLVM dialect), JIT-compiles it, calls the entry and
// reports its outputs, its peak heap bytes (docs/Interface.md, "Memory") and
// its time. Every failure is one `ckpt-run: error: ...` line and exit code 1.
//
// An already lowered module is run only if its entry carries the
// `ckpt.signature` record --ckpt-lower-to-cpu/-nvvm leave on it: the inputs'
// shapes and dtypes are checked against that tensor-level signature, as for a
// tensor-level module. Every size is overflow-checked and bounded
// (kMaxArrayBytes) before it sizes an allocation or a read.
//
//===----------------------------------------------------------------------===//

#include "Report.h"

#include "ckpt/Execution/CudaHooks.h"
#include "ckpt/Execution/Inputs.h"
#include "ckpt/Execution/Invoke.h"
#include "ckpt/Execution/Npy.h"
#include "ckpt/Execution/Runner.h"
#include "ckpt/Execution/Signature.h"
#include "ckpt/InitAll.h"
#include "ckpt/Runtime/CkptRuntime.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace mlir;
using namespace mlir::ckpt::exec;
namespace cl = llvm::cl;

namespace {
cl::OptionCategory category("ckpt-run options");

cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                               cl::desc("<FILE.mlir|->"), cl::cat(category));
cl::opt<std::string> entryName("entry", cl::Required,
                               cl::desc("Function to call"),
                               cl::value_desc("name"), cl::cat(category));
enum class RunTarget { CPU, CUDA };
cl::opt<RunTarget> target(
    "target", cl::init(RunTarget::CPU), cl::desc("Where the entry runs"),
    cl::values(clEnumValN(RunTarget::CPU, "cpu", "the host (default)"),
               clEnumValN(RunTarget::CUDA, "cuda", "an NVIDIA GPU")),
    cl::cat(category));
cl::opt<std::string>
    pipelineText("pipeline",
                 cl::desc("Textual pass pipeline replacing the target's "
                          "default lowering"),
                 cl::cat(category));
cl::list<std::string> inputPaths("input",
                                 cl::desc("One .npy per argument, in order"),
                                 cl::value_desc("file.npy"), cl::cat(category));
cl::opt<uint64_t> seed("seed", cl::init(0),
                       cl::desc("Seed for arguments without --input"),
                       cl::cat(category));
cl::opt<std::string> outputDir("output-dir",
                               cl::desc("Write each result as out<i>.npy"),
                               cl::value_desc("dir"), cl::cat(category));
cl::opt<int64_t> repeat("repeat", cl::init(1),
                        cl::desc("Number of timed calls"), cl::cat(category));
cl::opt<unsigned> optLevel(
    "opt-level", cl::init(2),
    cl::desc("LLVM optimization level of the JIT, 0 to 3 (default 2); 0 "
             "compiles fastest, for tests that run a program many times"),
    cl::cat(category));
cl::opt<bool> json("json", cl::desc("Print one JSON object to stdout"),
                   cl::cat(category));

/// Ends the run with one error line.
int fail(const llvm::Twine &msg) {
  std::string text = msg.str();
  // Keep the contract of a single line even for multi-line messages.
  for (char &c : text)
    if (c == '\n')
      c = ' ';
  llvm::errs() << "ckpt-run: error: " << llvm::StringRef(text).rtrim() << "\n";
  return 1;
}

int fail(llvm::Error error) { return fail(llvm::toString(std::move(error))); }

/// Keeps the first error MLIR reports, with its file location, for `fail`.
class FirstErrorCollector {
public:
  explicit FirstErrorCollector(MLIRContext &context)
      : handler(&context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error &&
              message.empty()) {
            llvm::raw_string_ostream os(message);
            if (auto loc = diag.getLocation()->findInstanceOf<FileLineColLoc>())
              os << loc.getFilename().getValue() << ":" << loc.getLine() << ":"
                 << loc.getColumn() << ": ";
            os << diag.str();
          }
          return success();
        }) {}

  std::string take(llvm::StringRef fallback) {
    return message.empty() ? fallback.str() : message;
  }

private:
  std::string message;
  ScopedDiagnosticHandler handler;
};

LogicalResult lower(ModuleOp module, bool cuda, FirstErrorCollector &errors,
                    std::string &what) {
  PassManager pm(module->getContext());
  if (llvm::Error error = buildLoweringPipeline(pm, pipelineText, cuda)) {
    std::string message = llvm::toString(std::move(error));
    what = pipelineText.empty() ? message : "invalid --pipeline: " + message;
    return failure();
  }
  if (failed(pm.run(module))) {
    what = "lowering failed: " + errors.take("pipeline failed");
    return failure();
  }
  return success();
}

/// `<dir of ckpt-run>/../lib/libckpt_cuda_runtime.so`, where the build and
/// an install leave it.
std::string cudaRuntimePath(const char *argv0) {
  static int anchor;
  std::string self = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(path, "..", "lib", kCudaRuntimeLibrary);
  llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
  return path.str().str();
}

/// Parses the command line. llvm::cl reports some errors straight to stderr,
/// in several lines; they are captured through a temporary file so that
/// ckpt-run can keep to one error line.
std::optional<std::string> parseCommandLine(int argc, char **argv) {
  std::string captured;
  bool ok;
  {
    llvm::raw_string_ostream os(captured);
    std::FILE *tmp = std::tmpfile();
    int savedErr = tmp ? dup(STDERR_FILENO) : -1;
    if (savedErr >= 0)
      dup2(fileno(tmp), STDERR_FILENO);
    ok = cl::ParseCommandLineOptions(
        argc, argv, "ckpt-run: JIT-run an entry function of a ckpt module\n",
        &os);
    llvm::errs().flush();
    if (savedErr >= 0) {
      dup2(savedErr, STDERR_FILENO);
      close(savedErr);
      std::rewind(tmp);
      char buffer[512];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof(buffer), tmp)) > 0)
        captured.append(buffer, n);
    }
    if (tmp)
      std::fclose(tmp);
  }
  if (ok)
    return std::nullopt;
  llvm::StringRef first = llvm::StringRef(captured).trim().split('\n').first;
  first.consume_front("ckpt-run: ");
  return first.empty() ? std::string("bad command line") : first.str();
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  // libLLVM registers a hidden, undocumented `threads` option of its own;
  // ckpt-run's takes its name, so it is made here, after that one is gone.
  if (cl::Option *llvmThreads = cl::getRegisteredOptions().lookup("threads"))
    llvmThreads->removeArgument();
  static cl::opt<int64_t> threads(
      "threads", cl::init(0),
      cl::desc("Threads of the CPU code's BLAS calls (default 0: all cores)"),
      cl::cat(category));
  cl::HideUnrelatedOptions(category);
  if (std::optional<std::string> error = parseCommandLine(argc, argv))
    return fail(*error);
  if (repeat < 1)
    return fail("--repeat must be at least 1, got " + llvm::Twine(repeat));
  if (optLevel > 3)
    return fail("--opt-level must be 0 to 3, got " + llvm::Twine(optLevel));
  if (threads < 0 || threads > 1024)
    return fail("--threads must be 0 (all cores) to 1024, got " +
                llvm::Twine(threads));
  ckptRuntimeSetThreads(threads);
  bool cuda = target == RunTarget::CUDA;

  auto inputs = readInputs(inputPaths);
  if (!inputs)
    return fail(inputs.takeError());

  DialectRegistry registry;
  ckpt::registerAllDialects(registry);
  ckpt::registerAllPasses();
  MLIRContext context(registry);
  FirstErrorCollector errors(context);

  std::string openError;
  std::unique_ptr<llvm::MemoryBuffer> source =
      openInputFile(inputFile, &openError);
  if (!source)
    return fail("cannot read '" + inputFile + "': " + openError);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(source), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return fail(errors.take("cannot parse '" + inputFile + "'"));

  bool lowered = isLoweredModule(*module, entryName);
  auto signature = lowered ? getLoweredSignature(*module, entryName)
                           : getFuncSignature(*module, entryName);
  if (!signature)
    return fail(signature.takeError());
  if (inputPaths.empty()) {
    inputs = generateInputs(*signature, seed);
    if (!inputs)
      return fail(inputs.takeError());
  } else if (llvm::Error error =
                 checkInputs(*inputs, inputPaths, *signature, entryName)) {
    return fail(std::move(error));
  }

  std::optional<CudaHooks> hooks;
  if (cuda) {
    auto loaded = loadCudaHooks(cudaRuntimePath(argv[0]));
    if (!loaded)
      return fail(loaded.takeError());
    hooks = std::move(*loaded);
  }

  if (!lowered) {
    std::string what;
    if (failed(lower(*module, cuda, errors, what)))
      return fail(what);
  }

  if (llvm::Error error = checkLoweredEntry(*module, entryName, *signature))
    return fail(std::move(error));

  llvm::SmallVector<llvm::StringRef> libs;
  if (hooks)
    libs.push_back(hooks->path);
  auto engine = createEngine(*module, optLevel, libs);
  if (!engine)
    return fail("cannot JIT-compile the module: " +
                errors.take(llvm::toString(engine.takeError())));

  EntryInvoker invoker(**engine, entryName, *signature);
  if (llvm::Error error = invoker.resolve())
    return fail("cannot find the compiled entry: " +
                llvm::toString(std::move(error)));
  if (llvm::Error error = invoker.bind(*inputs))
    return fail(std::move(error));

  Measurement measurement =
      hooks ? Measurement::cuda(*hooks) : Measurement::host();
  auto calls = callRepeatedly(invoker, repeat, measurement);
  if (!calls)
    return fail(calls.takeError());
  for (const std::string &warning : calls->warnings)
    llvm::errs() << "ckpt-run: warning: " << warning << "\n";
  RunReport report;
  report.entry = entryName;
  report.target = cuda ? "cuda" : "cpu";
  report.outputs = std::move(calls->outputs);
  report.peakBytes = calls->peakBytes;
  report.timesMs = std::move(calls->timesMs);

  report.files.assign(report.outputs.size(), std::nullopt);
  if (!outputDir.empty()) {
    std::error_code ec = llvm::sys::fs::create_directories(outputDir);
    if (!ec && !llvm::sys::fs::is_directory(outputDir))
      ec = std::make_error_code(std::errc::not_a_directory);
    if (ec)
      return fail("cannot create --output-dir '" + outputDir +
                  "': " + ec.message());
    for (auto [i, output] : llvm::enumerate(report.outputs)) {
      llvm::SmallString<128> path(outputDir);
      llvm::sys::path::append(path, "out" + llvm::Twine(i) + ".npy");
      if (llvm::Error error = writeNpy(path, output))
        return fail(std::move(error));
      report.files[i] = path.str().str();
    }
  }

  if (json)
    printJson(llvm::outs(), report);
  else
    printSummary(llvm::outs(), report);
  return 0;
}
