//===- Invoke.h - calling a JIT-compiled entry function ---------*- C++ -*-===//
//
// The runner (ckpt-run, the Python package) calls the entry through the packed wrapper ExecutionEngine emits
// for every function (`_mlir_<name>`), using the standard memref calling
// convention of the LLVM lowering: each memref argument is flattened into
// (allocated ptr, aligned ptr, offset, sizes..., strides...), scalars pass by
// value, and the results come back as the function's return value: one
// memref descriptor or scalar, or a struct of them for several results. The
// same convention holds whether the runner lowered the module or was handed an
// already lowered one, so there is one calling path.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_INVOKE_H
#define CKPT_EXECUTION_INVOKE_H

#include "ckpt/Execution/HostArray.h"
#include "ckpt/Execution/Signature.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"

#include <vector>

namespace mlir::ckpt::exec {

class EntryInvoker {
public:
  EntryInvoker(ExecutionEngine &engine, llvm::StringRef name,
               const EntrySignature &signature);

  /// Finds the entry's packed wrapper, compiling the module if needed, so
  /// that the first `call` does not pay for compilation.
  llvm::Error resolve();

  /// Binds the arguments. `inputs` must match the signature (validated by
  /// the caller) and outlive the invoker; they are never modified: the
  /// compiled code sees copies that `call` restores before every call.
  llvm::Error bind(llvm::ArrayRef<HostArray> inputs);

  /// Restores the argument copies (in case the code wrote to them). Kept
  /// apart from `call` so that timing does not include it.
  void restoreArguments();

  /// Calls the entry once. The results stay owned by the invoker until
  /// `releaseResults`.
  llvm::Error call();

  /// Copies the results of the last call into contiguous host arrays and
  /// checks their shapes against the signature.
  llvm::Expected<std::vector<HostArray>> readResults() const;

  /// Frees the buffers the last call returned (through the runtime's free),
  /// skipping argument buffers, constants and duplicates.
  void releaseResults();

private:
  struct ResultSlot {
    size_t offset;
    ValueType type;
  };

  ExecutionEngine &engine;
  std::string name;
  void (*packedEntry)(void **) = nullptr;
  EntrySignature signature;

  llvm::ArrayRef<HostArray> inputs;
  std::vector<HostArray> argumentCopies;
  /// Flattened descriptors and scalar slots, 8 bytes per parameter.
  std::vector<int64_t> parameters;
  std::vector<ResultSlot> resultSlots;
  std::vector<int64_t> resultStorage;
};

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_INVOKE_H
