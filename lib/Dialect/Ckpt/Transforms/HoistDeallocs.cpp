//===- HoistDeallocs.cpp - free buffers right after their last use --------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

#define DEBUG_TYPE "ckpt-hoist-deallocs"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTHOISTDEALLOCS
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

/// The op in `block` that is `op` or holds it; null when `op` is outside.
static Operation *ancestorIn(Block *block, Operation *op) {
  return block->findAncestorOpInBlock(*op);
}

/// The latest op of `dealloc`'s block that touches its buffer, or null when
/// the buffer is not provably confined to the block.
static FailureOr<Operation *> findLastUse(memref::DeallocOp dealloc) {
  Block *block = dealloc->getBlock();
  Value buffer = dealloc.getMemref();
  if (isa<BlockArgument>(buffer))
    return failure();
  SmallVector<Value> worklist{buffer};
  llvm::SmallPtrSet<Value, 8> aliases{buffer};
  Operation *last = nullptr;
  auto isLater = [&](Operation *a, Operation *b) {
    return !b || b->isBeforeInBlock(a);
  };
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      Operation *user = use.getOwner();
      if (user == dealloc)
        continue;
      Operation *anchor = ancestorIn(block, user);
      // A use outside the block or a terminator passing the buffer on means
      // the buffer's lifetime is not ours to shorten.
      if (!anchor || anchor->hasTrait<OpTrait::IsTerminator>())
        return failure();
      if (isLater(anchor, last))
        last = anchor;
      // Any memref an op derives from the buffer may alias it (views,
      // casts, calls that return an argument).
      for (Value result : user->getResults())
        if (isa<BaseMemRefType>(result.getType()) &&
            aliases.insert(result).second)
          worklist.push_back(result);
    }
  }
  if (!last)
    last = buffer.getDefiningOp() ? ancestorIn(block, buffer.getDefiningOp())
                                  : nullptr;
  if (!last)
    return failure();
  return last;
}

namespace {
struct HoistDeallocsPass
    : public ckpt::impl::CkptHoistDeallocsBase<HoistDeallocsPass> {
  void runOnOperation() override {
    SmallVector<memref::DeallocOp> deallocs;
    getOperation().walk([&](memref::DeallocOp op) { deallocs.push_back(op); });
    for (memref::DeallocOp dealloc : deallocs) {
      FailureOr<Operation *> last = findLastUse(dealloc);
      if (failed(last) || (*last)->getNextNode() == dealloc.getOperation())
        continue;
      if (!(*last)->isBeforeInBlock(dealloc))
        continue;
      dealloc->moveAfter(*last);
      ++numHoisted;
    }
  }
};
} // namespace
