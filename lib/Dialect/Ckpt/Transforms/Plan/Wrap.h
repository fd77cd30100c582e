//===- Wrap.h - turning a plan into checkpoint regions ----------*- C++ -*-===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_WRAP_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_WRAP_H

#include "ckpt/Dialect/Ckpt/Transforms/Plan/Solver.h"

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"

namespace mlir::ckpt {

/// A region the pass created, for the report.
struct WrappedRegion {
  std::string name;
  unsigned numOps = 0;
  int64_t inputsBytes = 0;
  int64_t recomputeFlops = 0;
  unsigned depth = 0;
  bool saveDots = false;
};

/// Wraps consecutive ops of one block (all in the same block, in order) in a
/// ckpt.checkpoint: operands are the tensors defined outside and used
/// inside, results the values used after; constants are cloned in. Fails,
/// changing nothing, when a non-tensor value would have to cross.
FailureOr<CheckpointOp> wrapInCheckpoint(ArrayRef<Operation *> ops,
                                         StringRef name);

/// Applies `plan` (over `chain`'s units, which must be ops of one block),
/// outer regions first, naming them auto_<counter>.
LogicalResult applyPlan(const OpChain &chain, ArrayRef<PlanRegion> plan,
                        unsigned &counter, SmallVectorImpl<WrappedRegion> &out,
                        unsigned depth = 0);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_WRAP_H
