//===- Normalize.h - front-end IR normalization -----------------*- C++ -*-===//
//
// The rewrites of --ckpt-normalize as a function, for the passes that
// normalize the functions they differentiate or plan.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_NORMALIZE_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_NORMALIZE_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LogicalResult.h"

namespace mlir::ckpt {

/// Folds unit-extent dims, erases unused generic results and operands, and
/// folds transposes and broadcasts into the indexing maps of their users,
/// everywhere under `root` (see --ckpt-normalize). Fails only when the
/// rewrite does not converge.
LogicalResult normalizeTensorIR(Operation *root);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_NORMALIZE_H
