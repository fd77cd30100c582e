//===- InitMakers.h - tensors made from nothing but scalars ----*- C++ -*-===//
//
// Empty and scalar-filled tensors, which --ckpt-untie-inits copies for each
// use, and the destinations --ckpt-remat folds into the ops that write into
// them.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_INITMAKERS_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_INITMAKERS_H

#include "mlir/IR/Operation.h"

namespace mlir::ckpt {

/// Whether `op` makes a tensor from nothing but scalars: tensor.empty of a
/// static shape, or a fill (named, or a generic that yields only scalar
/// inputs) of such a tensor.
bool isInitMaker(Operation *op);

/// isInitMaker, or the same over a bufferization.alloc_tensor with no
/// operands (the destinations ckpt-autodiff makes) instead of an empty
/// tensor.
bool isDestinationMaker(Operation *op);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_INITMAKERS_H
