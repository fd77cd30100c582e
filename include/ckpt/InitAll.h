//===- InitAll.h - one registration point for ckpt --------------*- C++ -*-===//

#ifndef CKPT_INITALL_H
#define CKPT_INITALL_H

#include "mlir/IR/DialectRegistry.h"

namespace mlir::ckpt {

/// The ckpt dialect, the upstream dialects its pipelines use, their
/// interface models and the translations to LLVM IR.
void registerAllDialects(DialectRegistry &registry);

/// ckpt's passes and pipelines, and the upstream passes pipelines name.
/// Idempotent: later calls do nothing.
void registerAllPasses();

} // namespace mlir::ckpt

#endif // CKPT_INITALL_H
