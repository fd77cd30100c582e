//===- HoistDeallocs.cpp - free buffers right after their last use --------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/CallInterfaces.h"

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

/// Whether `buffer` (or a memref derived from it) may reach a call, a
/// terminator or a retained value: then it may alias what they return.
static bool mayEscape(Value buffer) {
  SmallVector<Value> worklist{buffer};
  llvm::SmallPtrSet<Value, 8> seen{buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      Operation *user = use.getOwner();
      if (isa<CallOpInterface>(user) ||
          user->hasTrait<OpTrait::IsTerminator>())
        return true;
      if (auto dealloc = dyn_cast<bufferization::DeallocOp>(user)) {
        if (use.getOperandNumber() >= dealloc.getMemrefs().size() +
                                          dealloc.getConditions().size())
          return true; // retained
        continue;
      }
      for (Value result : user->getResults())
        if (isa<BaseMemRefType>(result.getType()) &&
            seen.insert(result).second)
          worklist.push_back(result);
    }
  }
  return false;
}

/// Ownership-based deallocation frees a function's buffers with one
/// `bufferization.dealloc` that must check at run time whether they alias
/// the values it retains whenever calls return memrefs: its lowering then
/// frees them all at the end. A buffer allocated here, owned unconditionally
/// and never handed to a call, a terminator or the retained list cannot
/// alias anything retained: free it with its own memref.dealloc, which the
/// hoisting below then moves to its last use.
static void splitPrivateBuffers(bufferization::DeallocOp dealloc) {
  SmallVector<Value> keptMemrefs, keptConditions;
  OpBuilder b(dealloc);
  bool changed = false;
  for (auto [memref, condition] :
       llvm::zip(dealloc.getMemrefs(), dealloc.getConditions())) {
    bool isPrivate = memref.getDefiningOp<memref::AllocOp>() &&
                     matchPattern(condition, m_One()) && !mayEscape(memref);
    if (isPrivate) {
      memref::DeallocOp::create(b, dealloc.getLoc(), memref);
      changed = true;
      continue;
    }
    keptMemrefs.push_back(memref);
    keptConditions.push_back(condition);
  }
  if (!changed)
    return;
  dealloc.getMemrefsMutable().assign(keptMemrefs);
  dealloc.getConditionsMutable().assign(keptConditions);
}

namespace {
struct HoistDeallocsPass
    : public ckpt::impl::CkptHoistDeallocsBase<HoistDeallocsPass> {
  void runOnOperation() override {
    SmallVector<bufferization::DeallocOp> generic;
    getOperation().walk(
        [&](bufferization::DeallocOp op) { generic.push_back(op); });
    for (bufferization::DeallocOp op : generic)
      splitPrivateBuffers(op);
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
