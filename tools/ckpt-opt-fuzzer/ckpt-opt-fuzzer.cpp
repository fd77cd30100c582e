//===- ckpt-opt-fuzzer.cpp - libFuzzer target over ckpt-opt's passes -----===//
//
// Each input is MLIR text. It is parsed and verified as ckpt-opt would; a
// module that verifies then goes through ckpt's passes, each pipeline on a
// clone of its own, with verification after every pass: autodiff, inlining
// of checkpoint regions, normalization, planning (at half the activation
// budget) and the lowering to the LLVM
// dialect. Diagnostics are captured and dropped: rejecting an input is fine,
// crashing, tripping a sanitizer or leaving invalid IR behind is not (a
// pipeline that succeeds but leaves IR the verifier refuses aborts).
//
//   ninja -C build-sanitize ckpt-opt-fuzzer   (make fuzz-lib runs it)
//
//===----------------------------------------------------------------------===//

#include "ckpt/InitAll.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

using namespace mlir;

namespace {
/// What stays alive across inputs: the registry (registration is global and
/// slow); each input gets a fresh context so no state leaks between runs.
struct Fuzzer {
  DialectRegistry registry;
  Fuzzer() {
    ckpt::registerAllDialects(registry);
    ckpt::registerAllPasses();
  }
};
} // namespace

/// The pipelines run on every module that verifies.
static const char *const kPipelines[] = {
    "builtin.module(ckpt-autodiff)",
    "builtin.module(ckpt-inline-checkpoints)",
    "builtin.module(ckpt-normalize)",
    "builtin.module(ckpt-plan{activation-budget=0.5})",
    "builtin.module(ckpt-lower-to-cpu)",
};

static void runPipeline(ModuleOp module, llvm::StringRef pipeline) {
  OwningOpRef<ModuleOp> clone(module.clone());
  PassManager pm(module.getContext());
  pm.enableVerifier(true);
  if (failed(parsePassPipeline(pipeline, pm))) {
    llvm::errs() << "ckpt-opt-fuzzer: bad pipeline " << pipeline << "\n";
    std::abort();
  }
  // Failure (a diagnostic) is an acceptable answer; success must leave IR
  // that verifies, which the pass manager's verifier already checked after
  // each pass. Check once more after the whole pipeline.
  if (succeeded(pm.run(*clone)) && failed(verify(*clone))) {
    llvm::errs() << "ckpt-opt-fuzzer: " << pipeline
                 << " succeeded but left IR that does not verify\n";
    std::abort();
  }
}

/// Inputs that crash MLIR 22's own parser (upstream bugs, mlir-opt crashes
/// the same way), skipped so the fuzzer can look for ckpt's:
/// - linalg.reduce/broadcast/transpose with a malformed `dimensions = [...]`
///   or `permutation = [...]` list (`dimensions = [0, 1!`, `[,10]`): the
///   parser sets a null attribute and dereferences it (SEGV in
///   NamedAttrList::set, from linalg::ReduceOp::parse and friends).
/// Whether `text` starts with `i, j, ...]` (integers; maybe none).
static bool isIntegerList(llvm::StringRef text) {
  text = text.ltrim();
  if (text.consume_front("]"))
    return true;
  while (true) {
    text.consume_front("-");
    size_t digits = text.find_first_not_of("0123456789");
    if (digits == 0 || digits == llvm::StringRef::npos)
      return false;
    text = text.drop_front(digits).ltrim();
    if (text.consume_front("]"))
      return true;
    if (!text.consume_front(","))
      return false;
    text = text.ltrim();
  }
}

static bool hitsKnownUpstreamCrash(llvm::StringRef text) {
  for (llvm::StringRef key : {"dimensions", "permutation"}) {
    for (size_t at = text.find(key); at != llvm::StringRef::npos;
         at = text.find(key, at + 1)) {
      llvm::StringRef rest = text.drop_front(at + key.size()).ltrim();
      if (!rest.consume_front("="))
        continue;
      rest = rest.ltrim();
      if (!rest.consume_front("[") || !isIntegerList(rest))
        return true;
    }
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static Fuzzer fuzzer;
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  if (hitsKnownUpstreamCrash(text))
    return 0;
  MLIRContext context(fuzzer.registry, MLIRContext::Threading::DISABLED);
  context.allowUnregisteredDialects(false);
  // Diagnostics are expected on most inputs: swallow them.
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  // MLIR's lexer reads the byte after the buffer (files are loaded with a
  // terminating NUL); libFuzzer's data has none: parse a copy.
  std::string source = text.str();
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(source, &context, "fuzz-input");
  if (!module || failed(verify(*module)))
    return 0;
  for (const char *pipeline : kPipelines)
    runPipeline(*module, pipeline);
  return 0;
}
