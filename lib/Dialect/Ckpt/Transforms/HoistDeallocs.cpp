//===- HoistDeallocs.cpp - free buffers right after their last use --------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/BitVector.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

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

/// Queues the memref operands of `def` (a view, a cast: an op that derives
/// its memref from them) not seen yet; false when it has none, so that what
/// it returns is not derived from anything traceable.
static bool traceMemrefOperands(Operation *def,
                                SmallVectorImpl<Value> &worklist,
                                llvm::SmallPtrSetImpl<Value> &seen) {
  bool derived = false;
  for (Value operand : def->getOperands())
    if (isa<BaseMemRefType>(operand.getType())) {
      derived = true;
      if (seen.insert(operand).second)
        worklist.push_back(operand);
    }
  return derived;
}

/// Traces the buffers `fn` returns back through the ops that derive memrefs
/// (views, casts) to their roots: an allocation is fresh, an argument may be
/// returned, the result of a call to a function in `known` may be what that
/// callee may return of its operands; anything else (a load, another call)
/// may be any argument.
static std::optional<llvm::BitVector>
computeReturnedArgs(func::FuncOp fn, const ReturnedArgs &known) {
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
    if (auto call = dyn_cast<func::CallOp>(def)) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
          call, call.getCalleeAttr());
      auto it = callee ? known.find(callee) : known.end();
      if (it == known.end())
        return std::nullopt;
      for (unsigned index : it->second.set_bits()) {
        Value operand = call.getOperand(index);
        if (seen.insert(operand).second)
          worklist.push_back(operand);
      }
      continue;
    }
    if (isa<CallOpInterface>(def) || def->getNumRegions() != 0)
      return std::nullopt;
    if (!traceMemrefOperands(def, worklist, seen))
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

/// The latest op of `block` that touches `buffer` or an alias of it,
/// ignoring `ignore`; null when nothing does. Failure when the buffer is
/// not provably confined to the block (a use outside it, or a terminator
/// handing it on).
static FailureOr<Operation *> lastUseIn(Value buffer, Block *block,
                                       Operation *ignore,
                                       const ReturnedArgs &returned) {
  Operation *last = nullptr;
  bool confined = !walkAliasUses(buffer, returned, [&](OpOperand &use) {
    if (use.getOwner() == ignore)
      return WalkResult::advance();
    Operation *anchor = ancestorIn(block, use.getOwner());
    if (!anchor || anchor->hasTrait<OpTrait::IsTerminator>())
      return WalkResult::interrupt();
    if (!last || last->isBeforeInBlock(anchor))
      last = anchor;
    return WalkResult::advance();
  });
  if (!confined)
    return failure();
  return last;
}

/// The latest op of `dealloc`'s block that touches its buffer, or failure
/// when the buffer is not provably confined to the block. A function
/// argument qualifies only when `ownArgs` (it was handed over by
/// transferOwnership).
static FailureOr<Operation *> findLastUse(memref::DeallocOp dealloc,
                                         const ReturnedArgs &returned,
                                         bool ownArgs = false) {
  Block *block = dealloc->getBlock();
  Value buffer = dealloc.getMemref();
  if (isa<BlockArgument>(buffer) && !ownArgs)
    return failure();
  FailureOr<Operation *> last = lastUseIn(buffer, block, dealloc, returned);
  if (failed(last))
    return failure();
  if (!*last)
    *last = buffer.getDefiningOp()
                ? ancestorIn(block, buffer.getDefiningOp())
                : nullptr;
  if (!*last)
    return failure();
  return last;
}

/// The allocations each result of `fn` may be, traced back through views
/// and casts; nullopt for a result that may be anything else (an argument,
/// a call's result, a global).
using ResultRoots = SmallVector<std::optional<llvm::SmallPtrSet<Operation *, 4>>>;

static ResultRoots computeReturnedAllocations(func::FuncOp fn) {
  ResultRoots all(fn.getNumResults());
  SmallVector<func::ReturnOp> returns;
  fn.walk([&](func::ReturnOp ret) { returns.push_back(ret); });
  for (unsigned index = 0; index < fn.getNumResults(); ++index) {
    llvm::SmallPtrSet<Operation *, 4> roots;
    SmallVector<Value> worklist;
    llvm::SmallPtrSet<Value, 16> seen;
    for (func::ReturnOp ret : returns) {
      Value v = ret.getOperand(index);
      if (seen.insert(v).second)
        worklist.push_back(v);
    }
    bool traced = true;
    while (traced && !worklist.empty()) {
      Operation *def = worklist.pop_back_val().getDefiningOp();
      if (!def || isa<CallOpInterface>(def) || def->getNumRegions() != 0) {
        traced = false;
        break;
      }
      if (isa<memref::AllocOp>(def)) {
        roots.insert(def);
        continue;
      }
      if (!traceMemrefOperands(def, worklist, seen))
        traced = false;
    }
    if (traced)
      all[index] = std::move(roots);
  }
  return all;
}

/// computeReturnedAllocations, once per function: a step hands every
/// result of its backward here, and the backward is most of the module.
using ReturnedAllocations = DenseMap<Operation *, ResultRoots>;

/// Whether `value`, a result of a call, is a buffer of its own: the callee
/// returns there only allocations it made, which none of its other results
/// can be. The caller then owns it as it owns its own allocations.
static bool isFreshCallResult(Value value, ReturnedAllocations &cache) {
  auto call = value.getDefiningOp<func::CallOp>();
  if (!call)
    return false;
  auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      call, call.getCalleeAttr());
  if (!callee || callee.isExternal() || !callee.getBody().hasOneBlock())
    return false;
  auto it = cache.find(callee);
  if (it == cache.end())
    it = cache.try_emplace(callee, computeReturnedAllocations(callee)).first;
  const ResultRoots &roots = it->second;
  unsigned index = cast<OpResult>(value).getResultNumber();
  const auto &mine = roots[index];
  if (!mine || mine->empty())
    return false;
  for (OpResult other : call->getResults()) {
    if (other.getResultNumber() == index ||
        !isa<BaseMemRefType>(other.getType()))
      continue;
    const auto &theirs = roots[other.getResultNumber()];
    if (!theirs)
      return false;
    for (Operation *root : *mine)
      if (theirs->contains(root))
        return false;
  }
  return true;
}

/// The buffer a `bufferization.dealloc` operand stands for: itself, or the
/// call result it is the base buffer of.
static Value ownedBuffer(Value memref) {
  if (auto meta = memref.getDefiningOp<memref::ExtractStridedMetadataOp>())
    if (meta.getBaseBuffer() == memref &&
        meta.getSource().getDefiningOp<func::CallOp>())
      return meta.getSource();
  return memref;
}

/// Ownership-based deallocation frees a function's buffers with one
/// `bufferization.dealloc` that must check at run time whether they alias
/// the values it retains whenever calls return memrefs: its lowering then
/// frees them all at the end. A buffer allocated here (or returned fresh by
/// a call, such as the gradient a region's backward hands to the next one),
/// owned unconditionally and never handed to a call, a terminator or the
/// retained list cannot alias anything retained: free it with its own
/// memref.dealloc, which the hoisting below then moves to its last use.
static void splitPrivateBuffers(bufferization::DeallocOp dealloc,
                                const ReturnedArgs &returned,
                                ReturnedAllocations &cache) {
  SmallVector<Value> keptMemrefs, keptConditions;
  SmallVector<Operation *> metadata;
  OpBuilder b(dealloc);
  bool changed = false;
  for (auto [memref, condition] :
       llvm::zip(dealloc.getMemrefs(), dealloc.getConditions())) {
    Value owned = ownedBuffer(memref);
    bool isPrivate = (owned.getDefiningOp<memref::AllocOp>() ||
                      isFreshCallResult(owned, cache)) &&
                     matchPattern(condition, m_One()) &&
                     !mayEscape(owned, returned);
    if (isPrivate) {
      memref::DeallocOp::create(b, dealloc.getLoc(), owned);
      if (owned != memref)
        metadata.push_back(memref.getDefiningOp());
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
  // The base buffers taken apart only for the dealloc: otherwise they would
  // count as late uses of the buffer.
  for (Operation *op : metadata)
    if (op->use_empty())
      op->erase();
}

/// The fresh buffer `value` is a view of: an allocation of this function
/// or the result of a call that returns a buffer of its own, reached back
/// through view-like ops only (subviews, reshapes, casts), so that `value`
/// certainly aliases it. Null when it may be anything else.
static Value freshRoot(Value value, ReturnedAllocations &cache) {
  while (true) {
    Operation *def = value.getDefiningOp();
    if (!def)
      return nullptr;
    if (isa<memref::AllocOp>(def) || isFreshCallResult(value, cache))
      return value;
    auto view = dyn_cast<ViewLikeOpInterface>(def);
    if (!view || view.getViewDest() != value)
      return nullptr;
    value = view.getViewSource();
  }
}

/// Ownership-based deallocation also lists the buffers a function returns
/// in its final `bufferization.dealloc`, with what it returns retained:
/// the dealloc must find at run time (or upstream's simplification prove,
/// comparing every listed buffer with every retained value, quadratic in
/// the number of gradients) that they are not to be freed. When every
/// retained value is a view of one fresh buffer known here, a listed fresh
/// buffer that one of them views is never freed and hands its ownership
/// over: it leaves the list, and the results telling that those retained
/// values are owned become `true`.
static void dropReturnedBuffers(bufferization::DeallocOp dealloc,
                                ReturnedAllocations &cache) {
  if (dealloc.getRetained().empty())
    return;
  // Which retained values each fresh root is viewed by.
  llvm::DenseMap<Value, SmallVector<unsigned, 1>> viewedBy;
  for (auto [index, retained] : llvm::enumerate(dealloc.getRetained())) {
    Value root = freshRoot(retained, cache);
    if (!root)
      return;
    viewedBy[root].push_back(index);
  }
  SmallVector<Value> keptMemrefs, keptConditions;
  llvm::BitVector owned(dealloc.getRetained().size());
  for (auto [memref, condition] :
       llvm::zip(dealloc.getMemrefs(), dealloc.getConditions())) {
    auto it = viewedBy.find(ownedBuffer(memref));
    if (it == viewedBy.end() || !matchPattern(condition, m_One())) {
      keptMemrefs.push_back(memref);
      keptConditions.push_back(condition);
      continue;
    }
    for (unsigned index : it->second)
      owned.set(index);
  }
  if (keptMemrefs.size() == dealloc.getMemrefs().size())
    return;
  OpBuilder b(dealloc);
  Value yes;
  for (unsigned index : owned.set_bits()) {
    Value result = dealloc.getUpdatedConditions()[index];
    if (result.use_empty())
      continue;
    if (!yes)
      yes = arith::ConstantOp::create(b, dealloc.getLoc(), b.getBoolAttr(true));
    result.replaceAllUsesWith(yes);
  }
  llvm::SmallPtrSet<Value, 16> kept(keptMemrefs.begin(), keptMemrefs.end());
  SmallVector<Operation *> metadata;
  for (Value memref : dealloc.getMemrefs())
    if (!kept.contains(memref) && ownedBuffer(memref) != memref)
      metadata.push_back(memref.getDefiningOp());
  dealloc.getMemrefsMutable().assign(keptMemrefs);
  dealloc.getConditionsMutable().assign(keptConditions);
  for (Operation *op : metadata)
    if (op->use_empty())
      op->erase();
}

/// Whether `use` frees the value it takes (or may, conditionally).
static bool freesOperand(OpOperand &use) {
  Operation *user = use.getOwner();
  if (isa<memref::DeallocOp>(user))
    return true;
  if (auto dealloc = dyn_cast<bufferization::DeallocOp>(user))
    return use.getOperandNumber() < dealloc.getMemrefs().size();
  return false;
}

/// One round of handing buffers to the private callees they are last
/// passed to (see the pass description); returns how many moved.
static unsigned transferOwnership(ModuleOp module,
                                  const ReturnedArgs &returned) {
  unsigned moved = 0;
  for (auto fn : module.getOps<func::FuncOp>()) {
    if (fn.isExternal() || !fn.isPrivate() || !fn.getBody().hasOneBlock())
      continue;
    auto known = returned.find(fn);
    if (known == returned.end())
      continue;
    std::optional<SymbolTable::UseRange> uses =
        SymbolTable::getSymbolUses(fn, module);
    if (!uses)
      continue;
    SmallVector<func::CallOp> calls;
    bool onlyCalls = true;
    for (const SymbolTable::SymbolUse &use : *uses) {
      auto call = dyn_cast<func::CallOp>(use.getUser());
      onlyCalls &= call && call.getCallee() == fn.getSymName();
      if (call)
        calls.push_back(call);
    }
    if (!onlyCalls || calls.empty())
      continue;
    Block &body = fn.getBody().front();
    for (BlockArgument arg : body.getArguments()) {
      unsigned index = arg.getArgNumber();
      if (!isa<MemRefType>(arg.getType()) || known->second.test(index))
        continue;
      // The callee must not free it already, nor let it out of its body.
      bool freed = walkAliasUses(arg, returned, [](OpOperand &use) {
        return freesOperand(use) ? WalkResult::interrupt()
                                 : WalkResult::advance();
      });
      if (freed)
        continue;
      FailureOr<Operation *> last = lastUseIn(arg, &body, nullptr, returned);
      if (failed(last))
        continue;
      // Every caller owns what it passes here and is done with it.
      SmallVector<memref::DeallocOp> callerDeallocs;
      for (func::CallOp call : calls) {
        Value passed = call.getOperand(index);
        // The callee frees its argument after its own last use of it; a
        // second operand that aliases the buffer (the same value, or a view
        // of it) may still be read after that.
        bool aliasedTwice =
            walkAliasUses(passed, returned, [&](OpOperand &use) {
              return use.getOwner() == call.getOperation() &&
                             use.getOperandNumber() != index
                         ? WalkResult::interrupt()
                         : WalkResult::advance();
            });
        if (aliasedTwice)
          break;
        memref::DeallocOp owner;
        for (Operation *user : passed.getUsers())
          if (auto dealloc = dyn_cast<memref::DeallocOp>(user))
            if (dealloc->getBlock() == call->getBlock())
              owner = dealloc;
        if (!owner)
          break;
        FailureOr<Operation *> callerLast =
            findLastUse(owner, returned, /*ownArgs=*/true);
        if (failed(callerLast) || *callerLast != call.getOperation())
          break;
        callerDeallocs.push_back(owner);
      }
      if (callerDeallocs.size() != calls.size())
        continue;
      for (memref::DeallocOp dealloc : callerDeallocs)
        dealloc->erase();
      OpBuilder b(fn.getContext());
      if (*last)
        b.setInsertionPointAfter(*last);
      else
        b.setInsertionPointToStart(&body);
      memref::DeallocOp::create(b, fn.getLoc(), arg);
      ++moved;
    }
  }
  return moved;
}

namespace {
struct HoistDeallocsPass
    : public ckpt::impl::CkptHoistDeallocsBase<HoistDeallocsPass> {
  using CkptHoistDeallocsBase::CkptHoistDeallocsBase;

  void runOnOperation() override {
    // Callees before callers: a round adds the functions whose returned
    // calls all go to functions already known, until none is added.
    ReturnedArgs returned;
    for (bool grew = true; grew;) {
      grew = false;
      for (auto fn : getOperation().getOps<func::FuncOp>()) {
        if (fn.isExternal() || !fn.getBody().hasOneBlock() ||
            returned.count(fn))
          continue;
        if (auto args = computeReturnedArgs(fn, returned)) {
          returned[fn] = *args;
          grew = true;
        }
      }
    }
    SmallVector<bufferization::DeallocOp> generic;
    getOperation().walk(
        [&](bufferization::DeallocOp op) { generic.push_back(op); });
    ReturnedAllocations cache;
    for (bufferization::DeallocOp op : generic) {
      splitPrivateBuffers(op, returned, cache);
      dropReturnedBuffers(op, cache);
    }
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
    // Each round may hand a callee's newly owned argument on to its own
    // callee; a chain of n calls takes n rounds.
    if (transferOwnership)
      while (unsigned moved = ::transferOwnership(getOperation(), returned))
        numTransferred += moved;
  }
};
} // namespace
