//===- CallTree.h - clone a function with the functions it calls -*- C++ -*-===//
//
// Passes that re-type a ckpt.value_and_grad callee (micro-batch shapes,
// low-precision floats) must re-type the helpers it calls with it, and must
// leave the originals to their other callers.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_CALLTREE_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_CALLTREE_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::ckpt {

/// Clones `root` and every function with a body it reaches through
/// func.call into private functions named `<name><suffix>` (made unique),
/// inserted into `symbols`; the clones call each other. Returns the clones,
/// `root`'s first. Fails (with an error at the call) when a call names no
/// func.func.
FailureOr<SmallVector<func::FuncOp>>
cloneCallTree(SymbolTable &symbols, func::FuncOp root, StringRef suffix);

/// Sets the function type of `func` from its entry block's argument types
/// and the operand types of its func.return ops.
void updateFunctionType(func::FuncOp func);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_CALLTREE_H
