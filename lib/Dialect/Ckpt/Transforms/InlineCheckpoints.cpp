//===- InlineCheckpoints.cpp - splice checkpoint bodies -------------------===//

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/IR/PatternMatch.h"

#define DEBUG_TYPE "ckpt-inline-checkpoints"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTINLINECHECKPOINTS
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

namespace {
struct InlineCheckpointsPass
    : public ckpt::impl::CkptInlineCheckpointsBase<InlineCheckpointsPass> {
  void runOnOperation() override {
    SmallVector<CheckpointOp> regions;
    // Post-order: inner regions are spliced before the ones that hold them.
    getOperation()->walk([&](CheckpointOp op) { regions.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (CheckpointOp op : regions) {
      YieldOp yield = op.getYield();
      // A yielded block argument stands for the operand it is bound to;
      // resolve it now since inlining erases the block's arguments.
      SmallVector<Value> yielded;
      for (Value value : yield.getValues()) {
        auto arg = dyn_cast<BlockArgument>(value);
        yielded.push_back(arg && arg.getOwner() == &op.getBodyBlock()
                              ? op.getInputs()[arg.getArgNumber()]
                              : value);
      }
      rewriter.eraseOp(yield);
      rewriter.inlineBlockBefore(&op.getBodyBlock(), op, op.getInputs());
      rewriter.replaceOp(op, yielded);
      ++numInlined;
    }
  }
};
} // namespace
