//===- CkptModule.cpp - the native core of the `ckpt` Python package ------===//
//
// `ckpt._ckpt`: MLIR modules held by Python objects, pass pipelines run on
// them in-process, and entry functions JIT-compiled and called with numpy
// arrays. Everything that derives from LLVM's RTTI-less classes lives in
// CkptExecution; this file (built with RTTI, as nanobind needs) only calls
// it.
//
// Errors raise `ckpt._ckpt.Error` whose message is MLIR's diagnostics as
// mlir-opt prints them (location, severity, message, the source line).
//
//===----------------------------------------------------------------------===//

#include "ckpt/Analysis/MemoryModel.h"
#include "ckpt/Execution/CudaHooks.h"
#include "ckpt/Execution/HostArray.h"
#include "ckpt/Execution/Inputs.h"
#include "ckpt/Execution/Invoke.h"
#include "ckpt/Execution/Runner.h"
#include "ckpt/Execution/Signature.h"
#include "ckpt/InitAll.h"
#include "ckpt/Runtime/CkptRuntime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nb = nanobind;
using namespace mlir;
using namespace mlir::ckpt::exec;
using mlir::ckpt::FunctionMemoryProfile;
using mlir::ckpt::MemoryModel;
using mlir::ckpt::predictMemory;

namespace {

/// Raised as `ckpt._ckpt.Error`.
struct CkptError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// One MLIR context per parsed module and its clones; the source buffer is
/// kept so that diagnostics of later passes quote the source lines.
struct Session {
  Session() : context(makeRegistry(), MLIRContext::Threading::DISABLED) {}

  static DialectRegistry makeRegistry() {
    DialectRegistry registry;
    ckpt::registerAllDialects(registry);
    return registry;
  }

  MLIRContext context;
  llvm::SourceMgr sourceMgr;
};

/// Collects every diagnostic emitted while it lives, printed as mlir-opt
/// prints them.
class DiagnosticCapture {
public:
  explicit DiagnosticCapture(Session &session)
      : os(text), handler(session.sourceMgr, &session.context, os) {}

  /// `what` followed by the diagnostics, as the message of an exception.
  [[noreturn]] void raise(const std::string &what) {
    std::string message = what;
    llvm::StringRef diagnostics = llvm::StringRef(text).rtrim();
    if (!diagnostics.empty())
      message += ":\n" + diagnostics.str();
    throw CkptError(message);
  }

private:
  std::string text;
  llvm::raw_string_ostream os;
  SourceMgrDiagnosticHandler handler;
};

[[noreturn]] void raise(llvm::Error error) {
  throw CkptError(llvm::toString(std::move(error)));
}

nb::tuple describe(const ValueType &type) {
  nb::list shape;
  for (int64_t dim : type.shape)
    shape.append(dim);
  return nb::make_tuple(std::string(dtypeName(type.dtype)), nb::tuple(shape),
                        type.isScalar);
}

nb::list describeAll(const std::vector<ValueType> &types) {
  nb::list list;
  for (const ValueType &type : types)
    list.append(describe(type));
  return list;
}

/// Hands `array` to numpy without copying: the array owns the buffer.
nb::object toNumpy(HostArray &&array) {
  auto *owned = new HostArray(std::move(array));
  nb::capsule owner(owned, [](void *p) noexcept {
    delete static_cast<HostArray *>(p);
  });
  llvm::SmallVector<size_t, 4> shape(owned->getShape().begin(),
                                     owned->getShape().end());
  nb::dlpack::dtype dtype = owned->getDType() == DType::F32
                                ? nb::dtype<float>()
                            : owned->getDType() == DType::F64
                                ? nb::dtype<double>()
                                : nb::dtype<int64_t>();
  return nb::ndarray<nb::numpy>(owned->data(), shape.size(), shape.data(),
                                owner, /*strides=*/nullptr, dtype)
      .cast();
}

class PyModule {
public:
  PyModule(std::shared_ptr<Session> session, OwningOpRef<ModuleOp> module)
      : session(std::move(session)), module(std::move(module)) {}

  static PyModule parse(const std::string &text, const std::string &name,
                        bool allowUnregistered) {
    auto session = std::make_shared<Session>();
    session->context.allowUnregisteredDialects(allowUnregistered);
    session->sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBufferCopy(text, name), llvm::SMLoc());
    OwningOpRef<ModuleOp> module;
    {
      DiagnosticCapture diagnostics(*session);
      module = parseSourceFile<ModuleOp>(session->sourceMgr,
                                         &session->context);
      if (!module)
        diagnostics.raise("cannot parse '" + name + "'");
    }
    return PyModule(std::move(session), std::move(module));
  }

  std::string str(bool generic, bool debugInfo) const {
    std::string text;
    llvm::raw_string_ostream os(text);
    OpPrintingFlags flags;
    if (generic)
      flags.printGenericOpForm();
    if (debugInfo)
      flags.enableDebugInfo();
    module.get().print(os, flags);
    return text;
  }

  PyModule clone() const {
    return PyModule(session, OwningOpRef<ModuleOp>(module.get().clone()));
  }

  void verify() {
    DiagnosticCapture diagnostics(*session);
    if (failed(mlir::verify(*module)))
      diagnostics.raise("the module does not verify");
  }

  /// Runs `pipeline` in place and returns the ckpt-plan reports (JSON text).
  std::vector<std::string> runPipeline(const std::string &pipeline) {
    std::vector<std::string> reports;
    DiagnosticCapture diagnostics(*session);
    llvm::Error error = llvm::Error::success();
    {
      nb::gil_scoped_release release;
      error = mlir::ckpt::exec::runPipeline(*module, pipeline, reports);
    }
    if (error)
      diagnostics.raise(llvm::toString(std::move(error)));
    return reports;
  }

  /// (name, location) of each op of a dialect ckpt does not register, in
  /// program order (parse with allow_unregistered to get such ops at all).
  std::vector<std::tuple<std::string, std::string>> unregisteredOps() const {
    std::vector<std::tuple<std::string, std::string>> ops;
    module.get()->walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->isRegistered())
        return;
      std::string loc;
      llvm::raw_string_ostream os(loc);
      op->getLoc().print(os);
      ops.emplace_back(op->getName().getStringRef().str(), loc);
    });
    return ops;
  }

  /// The exact memory model's timeline of `entry` (the bufferized clone
  /// the planner checks): one (function, op, live bytes after it, location)
  /// per op in program order, calls expanded into their callee's ops on top
  /// of what the caller holds. Returns (entries, peak bytes, exact).
  nb::tuple memoryTimeline(const std::string &entry) const {
    DiagnosticCapture diagnostics(*session);
    OwningOpRef<ModuleOp> keepAlive;
    FailureOr<std::unique_ptr<MemoryModel>> model =
        predictMemory(*module, keepAlive);
    if (failed(model))
      diagnostics.raise("the memory model could not bufferize '" + entry +
                        "'");
    const FunctionMemoryProfile *profile = (*model)->lookup(entry);
    if (!profile)
      throw CkptError("no function '" + entry + "' in the module");
    nb::list entries;
    std::function<void(const FunctionMemoryProfile &, int64_t, unsigned)>
        expand = [&](const FunctionMemoryProfile &fn, int64_t base,
                     unsigned depth) {
          int64_t before = 0;
          for (auto [op, live] : fn.timeline) {
            auto call = dyn_cast<func::CallOp>(op);
            const FunctionMemoryProfile *callee =
                call && depth < 64 ? (*model)->lookup(call.getCallee())
                                   : nullptr;
            if (callee && !callee->timeline.empty())
              expand(*callee, base + before, depth + 1);
            std::string loc;
            llvm::raw_string_ostream os(loc);
            op->getLoc().print(os);
            entries.append(nb::make_tuple(fn.function,
                                          op->getName().getStringRef().str(),
                                          base + live, loc));
            before = live;
          }
        };
    expand(*profile, 0, 0);
    return nb::make_tuple(entries, profile->peakBytes, profile->exact);
  }

  nb::tuple signature(const std::string &entry) const {
    auto signature = getFuncSignature(module.get(), entry);
    if (!signature)
      raise(signature.takeError());
    return nb::make_tuple(describeAll(signature->args),
                          describeAll(signature->results));
  }

  std::shared_ptr<Session> session;
  OwningOpRef<ModuleOp> module;
};

/// A lowered, JIT-compiled copy of a module and one of its entries, for the
/// host or, given the CUDA runtime library's path, for the GPU (as ckpt-run
/// --target=cuda: --ckpt-lower-to-nvvm, device memory counted).
class PyExecutable {
public:
  PyExecutable(const PyModule &source, const std::string &entry,
               const std::string &pipeline, unsigned optLevel,
               const std::string &cudaRuntime)
      : session(source.session), module(source.module.get().clone()),
        entry(entry) {
    if (isLoweredModule(*module, entry))
      throw CkptError("'" + entry +
                      "' is already lowered to the LLVM dialect; compile "
                      "the tensor-level module, whose signature gives the "
                      "arguments' shapes");
    auto read = getFuncSignature(*module, entry);
    if (!read)
      raise(read.takeError());
    signature = std::move(*read);
    // Before the lowering, so that a machine without a GPU fails at once.
    if (!cudaRuntime.empty()) {
      auto loaded = loadCudaHooks(cudaRuntime);
      if (!loaded)
        raise(loaded.takeError());
      cuda = std::move(*loaded);
    }

    DiagnosticCapture diagnostics(*session);
    // Lowering and LLVM's optimizations can take long: other Python threads
    // run meanwhile (an exception thrown here takes the GIL back).
    nb::gil_scoped_release release;
    PassManager pm(&session->context);
    if (llvm::Error error =
            buildLoweringPipeline(pm, pipeline, /*cuda=*/cuda.has_value()))
      diagnostics.raise("invalid pass pipeline: " +
                        llvm::toString(std::move(error)));
    if (failed(pm.run(*module)))
      diagnostics.raise("lowering failed");
    if (llvm::Error error = checkLoweredEntry(*module, entry, signature))
      raise(std::move(error));
    llvm::SmallVector<llvm::StringRef, 1> libraries;
    if (cuda)
      libraries.push_back(cuda->path);
    auto created = createEngine(*module, optLevel, libraries,
                                /*runtimeSymbols=*/true);
    if (!created)
      diagnostics.raise("cannot JIT-compile the module: " +
                        llvm::toString(created.takeError()));
    engine = std::move(*created);
    invoker = std::make_unique<EntryInvoker>(*engine, entry, signature);
    if (llvm::Error error = invoker->resolve())
      raise(std::move(error));
  }

  using InputArray = nb::ndarray<nb::ro, nb::c_contig, nb::device::cpu>;

  /// Calls the entry `repeat` times; returns (outputs, peak bytes, times in
  /// ms, warnings).
  nb::tuple call(const std::vector<InputArray> &arrays, int64_t repeat) {
    std::vector<HostArray> inputs = convertInputs(arrays);
    llvm::Expected<CallResults> results = CallResults();
    {
      nb::gil_scoped_release release;
      if (llvm::Error error = invoker->bind(inputs))
        raise(std::move(error));
      results = callRepeatedly(*invoker, repeat,
                               cuda ? Measurement::cuda(*cuda)
                                    : Measurement::host());
    }
    if (!results)
      raise(results.takeError());
    nb::list outputs;
    for (HostArray &output : results->outputs)
      outputs.append(toNumpy(std::move(output)));
    nb::list times, warnings;
    for (double ms : results->timesMs)
      times.append(ms);
    for (const std::string &warning : results->warnings)
      warnings.append(warning);
    return nb::make_tuple(outputs, results->peakBytes, times, warnings);
  }

  nb::list argTypes() const { return describeAll(signature.args); }
  nb::list resultTypes() const { return describeAll(signature.results); }
  std::string lowered() const {
    std::string text;
    llvm::raw_string_ostream os(text);
    module.get().print(os);
    return text;
  }

private:
  std::vector<HostArray> convertInputs(const std::vector<InputArray> &arrays) {
    if (arrays.size() != signature.args.size())
      throw CkptError("'" + entry + "' takes " +
                      std::to_string(signature.args.size()) +
                      " argument(s), got " + std::to_string(arrays.size()));
    std::vector<HostArray> inputs;
    for (auto [i, array] : llvm::enumerate(arrays)) {
      const ValueType &type = signature.args[i];
      std::optional<DType> dtype = dtypeOf(array.dtype());
      llvm::SmallVector<int64_t, 4> shape;
      for (size_t d = 0; d < array.ndim(); ++d)
        shape.push_back(static_cast<int64_t>(array.shape(d)));
      if (!dtype || *dtype != type.dtype ||
          llvm::ArrayRef<int64_t>(shape) != llvm::ArrayRef(type.shape))
        throw CkptError("argument #" + std::to_string(i) + " of '" + entry +
                        "' must be " + type.str() + ", got " +
                        (dtype ? std::string(dtypeName(*dtype))
                               : std::string("an unsupported dtype")) +
                        " " + formatShape(shape));
      HostArray input(*dtype, shape);
      if (!input.data())
        throw CkptError("cannot allocate argument #" + std::to_string(i) +
                        " of '" + entry + "' (" + type.str() + ")");
      std::memcpy(input.data(), array.data(), input.getNumBytes());
      inputs.push_back(std::move(input));
    }
    return inputs;
  }

  static std::optional<DType> dtypeOf(nb::dlpack::dtype dtype) {
    if (dtype == nb::dtype<float>())
      return DType::F32;
    if (dtype == nb::dtype<double>())
      return DType::F64;
    if (dtype == nb::dtype<int64_t>())
      return DType::I64;
    return std::nullopt;
  }

  std::shared_ptr<Session> session;
  OwningOpRef<ModuleOp> module;
  std::string entry;
  EntrySignature signature;
  std::unique_ptr<ExecutionEngine> engine;
  std::unique_ptr<EntryInvoker> invoker;
  std::optional<CudaHooks> cuda;
};

/// Arguments filled as ckpt-run's --seed fills them (exec::generateInputs).
nb::list seededInputs(const PyModule &module, const std::string &entry,
                      uint64_t seed) {
  auto signature = getFuncSignature(module.module.get(), entry);
  if (!signature)
    raise(signature.takeError());
  auto inputs = generateInputs(*signature, seed);
  if (!inputs)
    raise(inputs.takeError());
  nb::list arrays;
  for (HostArray &input : *inputs)
    arrays.append(toNumpy(std::move(input)));
  return arrays;
}

} // namespace

NB_MODULE(_ckpt, m) {
  m.doc() = "The native core of the ckpt package (see ckpt/__init__.py).";
  nb::exception<CkptError>(m, "Error", PyExc_RuntimeError);

  ckpt::registerAllPasses();

  m.def(
      "set_threads",
      [](int64_t threads) {
        if (threads < 0 || threads > 1024)
          throw CkptError("threads must be 0 (all cores) to 1024, got " +
                          std::to_string(threads));
        ckptRuntimeSetThreads(threads);
      },
      nb::arg("threads"),
      "Threads of the CPU code's BLAS calls (0: all cores), process-wide.");

  nb::class_<PyModule>(m, "Module")
      .def_static("parse", &PyModule::parse, nb::arg("text"),
                  nb::arg("name") = "<string>",
                  nb::arg("allow_unregistered") = false,
                  "Parses MLIR text; raises Error with the diagnostics.")
      .def("unregistered_ops", &PyModule::unregisteredOps)
      .def("to_string", &PyModule::str, nb::arg("generic") = false,
           nb::arg("debug_info") = false)
      .def("clone", &PyModule::clone)
      .def("verify", &PyModule::verify)
      .def("run_pipeline", &PyModule::runPipeline, nb::arg("pipeline"),
           "Runs a textual pass pipeline in place; returns the JSON reports "
           "of the ckpt-plan passes that ran.")
      .def("memory_timeline", &PyModule::memoryTimeline, nb::arg("entry"))
      .def("signature", &PyModule::signature, nb::arg("entry"),
           "((dtype, shape, is_scalar) per argument, ... per result)")
      .def("seeded_inputs", &seededInputs, nb::arg("entry"), nb::arg("seed"));

  nb::class_<PyExecutable>(m, "Executable")
      .def(nb::init<const PyModule &, const std::string &, const std::string &,
                    unsigned, const std::string &>(),
           nb::arg("module"), nb::arg("entry"), nb::arg("pipeline") = "",
           nb::arg("opt_level") = 2, nb::arg("cuda_runtime") = "",
           "Lowers and JIT-compiles `entry`; with `cuda_runtime` (the path "
           "of libckpt_cuda_runtime.so) for the GPU.")
      .def("call", &PyExecutable::call, nb::arg("inputs"),
           nb::arg("repeat") = 1)
      .def_prop_ro("arg_types", &PyExecutable::argTypes)
      .def_prop_ro("result_types", &PyExecutable::resultTypes)
      .def("lowered", &PyExecutable::lowered);
}
