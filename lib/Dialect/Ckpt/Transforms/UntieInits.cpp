//===- UntieInits.cpp - --ckpt-untie-inits --------------------------------===//
//
// Empty and scalar-filled tensors are cheap to make and expensive to share:
// after CSE one zero-filled value serves as the accumulator of every matmul
// of a training step, and bufferization turns that into one long-lived
// buffer plus a copy per user. Each use gets its own copy of the op chain
// that makes it, built right before the use.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/InitMakers.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

#define DEBUG_TYPE "ckpt-untie-inits"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTUNTIEINITS
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

/// Whether `op` is an empty tensor of static shape, or with `allocations`
/// also a bufferization.alloc_tensor with no operands.
static bool isEmpty(Operation *op, bool allocations) {
  if (auto empty = dyn_cast_or_null<tensor::EmptyOp>(op))
    return empty.getDynamicSizes().empty();
  if (auto alloc = dyn_cast_or_null<bufferization::AllocTensorOp>(op))
    return allocations && alloc->getNumOperands() == 0;
  return false;
}

static bool isMaker(Operation *op, bool allocations) {
  if (isEmpty(op, allocations))
    return true;
  Value init;
  if (auto fill = dyn_cast<linalg::FillOp>(op)) {
    if (!fill.hasPureTensorSemantics())
      return false;
    init = fill.getDpsInits()[0];
  } else if (auto generic = dyn_cast<linalg::GenericOp>(op)) {
    if (!generic.hasPureTensorSemantics() || generic.getNumDpsInits() != 1 ||
        generic.getNumReductionLoops() != 0 ||
        llvm::any_of(generic.getDpsInputs(),
                     [](Value v) { return isa<ShapedType>(v.getType()); }) ||
        llvm::any_of(generic.getBody()->getOperations(), [](Operation &o) {
          return !isa<linalg::YieldOp>(o);
        }))
      return false;
    init = generic.getDpsInits()[0];
  } else {
    return false;
  }
  return isEmpty(init.getDefiningOp(), allocations);
}

bool mlir::ckpt::isInitMaker(Operation *op) { return isMaker(op, false); }

bool mlir::ckpt::isDestinationMaker(Operation *op) {
  return isMaker(op, true);
}

namespace {
struct UntieInitsPass
    : public ckpt::impl::CkptUntieInitsBase<UntieInitsPass> {
  void runOnOperation() override;
};
} // namespace

void UntieInitsPass::runOnOperation() {
  SmallVector<Operation *> makers;
  getOperation().walk([&](Operation *op) {
    if (op->getNumResults() == 1 && ckpt::isInitMaker(op) &&
        isa<RankedTensorType>(op->getResult(0).getType()))
      makers.push_back(op);
  });
  // Fills first (they are after their empty tensors in the walk): their
  // copies make their own empty tensors, leaving the originals unused.
  for (Operation *op : llvm::reverse(makers)) {
    Value result = op->getResult(0);
    SmallVector<OpOperand *> uses;
    for (OpOperand &use : result.getUses())
      uses.push_back(&use);
    if (uses.empty()) {
      op->erase();
      continue;
    }
    for (OpOperand *use : uses) {
      Operation *user = use->getOwner();
      // Scalars the op reads must dominate the copy: they are constants
      // or values defined before the op in a block that contains the user.
      Operation *anchor = op->getBlock()->findAncestorOpInBlock(*user);
      if (!anchor)
        continue;
      OpBuilder b(anchor);
      IRMapping mapping;
      Value empty;
      if (!isa<tensor::EmptyOp>(op)) {
        Operation *emptyOp =
            cast<DestinationStyleOpInterface>(op).getDpsInits()[0]
                .getDefiningOp();
        empty = b.clone(*emptyOp)->getResult(0);
        mapping.map(emptyOp->getResult(0), empty);
      }
      Operation *copy = b.clone(*op, mapping);
      use->set(copy->getResult(0));
      ++numUntied;
    }
    if (result.use_empty())
      op->erase();
  }
}
