//===- HoistDeallocs.cpp - free buffers right after their last use --------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/BitVector.h"
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

/// For each function of the module, which arguments a returned buffer may
/// alias; functions missing from the map may return any argument.
using ReturnedArgs = DenseMap<Operation *, llvm::BitVector>;

/// Traces the buffers `fn` returns back through the ops that derive memrefs
/// (views, casts) to their roots: an allocation is fresh, an argument may be
/// returned, anything else (a call result, a load) may be any argument.
static std::optional<llvm::BitVector> computeReturnedArgs(func::FuncOp fn) {
  llvm::BitVector returned(fn.getNumArguments());
  SmallVector<Value> worklist;
  llvm::SmallPtrSet<Value, 16> seen;
  fn.walk([&](func::ReturnOp ret) {
    for (Value v : ret.getOperands())
      if (isa<BaseMemRefType>(v.getType()) && seen.insert(v).second)
        worklist.push_back(v);
  });
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    if (auto arg = dyn_cast<BlockArgument>(value)) {
      if (arg.getOwner() != &fn.getBody().front())
        return std::nullopt;
      returned.set(arg.getArgNumber());
      continue;
    }
    Operation *def = value.getDefiningOp();
    if (isa<memref::AllocOp, memref::AllocaOp, memref::GetGlobalOp>(def))
      continue;
    if (isa<CallOpInterface>(def) || def->getNumRegions() != 0)
      return std::nullopt;
    bool derived = false;
    for (Value operand : def->getOperands())
      if (isa<BaseMemRefType>(operand.getType())) {
        derived = true;
        if (seen.insert(operand).second)
          worklist.push_back(operand);
      }
    if (!derived)
      return std::nullopt;
  }
  return returned;
}

/// Whether a call may hand back an alias of its operand `use`.
static bool mayReturnOperand(OpOperand &use, const ReturnedArgs &returned) {
  auto call = dyn_cast<func::CallOp>(use.getOwner());
  if (!call)
    return true;
  auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      call, call.getCalleeAttr());
  auto it = callee ? returned.find(callee) : returned.end();
  if (it == returned.end())
    return true;
  return it->second.test(use.getOperandNumber());
}

/// Visits every use of `buffer` and of the memrefs derived from it: results
/// of views, casts and other ops that take it, and of calls that may return
/// it. Stops when `visit` interrupts; returns whether it did.
static bool walkAliasUses(Value buffer, const ReturnedArgs &returned,
                          function_ref<WalkResult(OpOperand &)> visit) {
  SmallVector<Value> worklist{buffer};
  llvm::SmallPtrSet<Value, 8> seen{buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      if (visit(use).wasInterrupted())
        return true;
      Operation *user = use.getOwner();
      if (isa<CallOpInterface>(user) && !mayReturnOperand(use, returned))
        continue;
      for (Value result : user->getResults())
        if (isa<BaseMemRefType>(result.getType()) &&
            seen.insert(result).second)
          worklist.push_back(result);
    }
  }
  return false;
}

/// Whether `buffer` (or a memref derived from it) may reach a terminator,
/// a retained list or a call that may return it: then it may alias what
/// they hand on.
static bool mayEscape(Value buffer, const ReturnedArgs &returned) {
  return walkAliasUses(buffer, returned, [&](OpOperand &use) {
    Operation *user = use.getOwner();
    bool escapes = user->hasTrait<OpTrait::IsTerminator>();
    if (isa<CallOpInterface>(user))
      escapes = mayReturnOperand(use, returned);
    if (auto dealloc = dyn_cast<bufferization::DeallocOp>(user))
      escapes = use.getOperandNumber() >= dealloc.getMemrefs().size() +
                                              dealloc.getConditions().size();
    return escapes ? WalkResult::interrupt() : WalkResult::advance();
  });
}

/// The latest op of `dealloc`'s block that touches its buffer, or failure
/// when the buffer is not provably confined to the block.
static FailureOr<Operation *> findLastUse(memref::DeallocOp dealloc,
                                         const ReturnedArgs &returned) {
  Block *block = dealloc->getBlock();
  Value buffer = dealloc.getMemref();
  if (isa<BlockArgument>(buffer))
    return failure();
  Operation *last = nullptr;
  bool confined = !walkAliasUses(buffer, returned, [&](OpOperand &use) {
    if (use.getOwner() == dealloc)
      return WalkResult::advance();
    Operation *anchor = ancestorIn(block, use.getOwner());
    // A use outside the block or a terminator passing the buffer on means
    // the buffer's lifetime is not ours to shorten.
    if (!anchor || anchor->hasTrait<OpTrait::IsTerminator>())
      return WalkResult::interrupt();
    if (!last || last->isBeforeInBlock(anchor))
      last = anchor;
    return WalkResult::advance();
  });
  if (!confined)
    return failure();
  if (!last)
    last = buffer.getDefiningOp() ? ancestorIn(block, buffer.getDefiningOp())
                                  : nullptr;
  if (!last)
    return failure();
  return last;
}

/// Ownership-based deallocation frees a function's buffers with one
/// `bufferization.dealloc` that must check at run time whether they alias
/// the values it retains whenever calls return memrefs: its lowering then
/// frees them all at the end. A buffer allocated here, owned unconditionally
/// and never handed to a call, a terminator or the retained list cannot
/// alias anything retained: free it with its own memref.dealloc, which the
/// hoisting below then moves to its last use.
static void splitPrivateBuffers(bufferization::DeallocOp dealloc,
                                const ReturnedArgs &returned) {
  SmallVector<Value> keptMemrefs, keptConditions;
  OpBuilder b(dealloc);
  bool changed = false;
  for (auto [memref, condition] :
       llvm::zip(dealloc.getMemrefs(), dealloc.getConditions())) {
    bool isPrivate = memref.getDefiningOp<memref::AllocOp>() &&
                     matchPattern(condition, m_One()) &&
                     !mayEscape(memref, returned);
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
    ReturnedArgs returned;
    for (auto fn : getOperation().getOps<func::FuncOp>())
      if (!fn.isExternal() && fn.getBody().hasOneBlock())
        if (auto args = computeReturnedArgs(fn))
          returned[fn] = *args;
    SmallVector<bufferization::DeallocOp> generic;
    getOperation().walk(
        [&](bufferization::DeallocOp op) { generic.push_back(op); });
    for (bufferization::DeallocOp op : generic)
      splitPrivateBuffers(op, returned);
    SmallVector<memref::DeallocOp> deallocs;
    getOperation().walk([&](memref::DeallocOp op) { deallocs.push_back(op); });
    for (memref::DeallocOp dealloc : deallocs) {
      FailureOr<Operation *> last = findLastUse(dealloc, returned);
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
