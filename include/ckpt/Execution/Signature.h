//===- Signature.h - the entry function's shapes and dtypes -----*- C++ -*-===//
//
// The runner reads the entry's signature from the tensor-level func.func before
// lowering: after lowering, memrefs are flattened into pointers and integers
// and the element types are gone.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_SIGNATURE_H
#define CKPT_EXECUTION_SIGNATURE_H

#include "ckpt/Execution/HostArray.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace mlir::ckpt::exec {

/// One argument or result: a static ranked tensor/memref (rank 0..4) or a
/// scalar, of f32, f64 or i64.
struct ValueType {
  DType dtype = DType::F32;
  llvm::SmallVector<int64_t, 4> shape;
  bool isScalar = false;

  std::string str() const;
};

struct EntrySignature {
  std::vector<ValueType> args;
  std::vector<ValueType> results;
};

/// Reads the signature of func.func `name` in `module`. Errors are one line.
llvm::Expected<EntrySignature> getFuncSignature(ModuleOp module,
                                                llvm::StringRef name);

/// Whether `module` is already in the LLVM dialect: it holds no func.func and
/// defines `name` (or its C-interface wrapper) as an llvm.func.
bool isLoweredModule(ModuleOp module, llvm::StringRef name);

/// The signature of an already lowered entry, read from the tensor-level
/// FunctionType the lowering recorded on it as `ckpt.signature`
/// (--ckpt-record-signature): flattened memref descriptors carry neither
/// shapes nor element types. Without that record the entry is refused,
/// since its inputs could not be checked.
llvm::Expected<EntrySignature> getLoweredSignature(ModuleOp module,
                                                   llvm::StringRef name);

/// Checks that the lowered llvm.func `name` follows the calling convention
/// EntryInvoker uses for `signature` (flattened memref descriptors, results
/// returned by value), so that a custom --pipeline cannot make the runner call
/// it with the wrong arguments.
llvm::Error checkLoweredEntry(ModuleOp module, llvm::StringRef name,
                              const EntrySignature &signature);

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_SIGNATURE_H
