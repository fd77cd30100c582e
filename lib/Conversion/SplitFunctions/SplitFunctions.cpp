//===- SplitFunctions.cpp - bounded function sizes for the JIT ------------===//
//
// LLVM's time on one function grows faster than the function: with the
// number of loops in it (IndVarSimplify) and with the length of a block
// (instruction selection). A whole backward is one function. Giving every
// top-level loop nest a function of its own, and cutting the rest into
// chunks, keeps each function small, so the JIT's time grows linearly with
// the model.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTSPLITFUNCTIONS
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {

/// Whether `op` stays in its function rather than move into an outlined
/// one: constants (cloned where used instead) and stack allocations, which
/// must not end with an outlined function's frame.
bool staysInParent(Operation *op) {
  return op->hasTrait<OpTrait::ConstantLike>() || isa<memref::AllocaOp>(op);
}

/// Whether `func`'s body is straight-line code (calls, allocations, views,
/// scalar ops): no op in it holds a region, such as a loop.
bool isStraightLine(func::FuncOp func) {
  for (Operation &op : func.getBody().front())
    if (op.getNumRegions() != 0)
      return false;
  return true;
}

/// Marks `func` for LLVM as never inlined and, when `unoptimized`, as
/// compiled without optimization (optnone), keeping what it had.
void setPassthrough(func::FuncOp func, bool unoptimized) {
  SmallVector<Attribute> entries;
  if (auto old = func->getAttrOfType<ArrayAttr>("passthrough"))
    entries.append(old.begin(), old.end());
  Builder builder(func.getContext());
  for (StringRef flag : {"noinline", "optnone"}) {
    if (flag == "optnone" && !unoptimized)
      continue;
    auto attr = builder.getStringAttr(flag);
    if (!llvm::is_contained(entries, attr))
      entries.push_back(attr);
  }
  func->setAttr("passthrough", builder.getArrayAttr(entries));
}

/// Moves `ops` (consecutive in one block) into a new private, never-inlined
/// function and calls it in their place. Constants they use are cloned into
/// the new function; any other value from outside becomes an argument, and
/// values used after them become results.
func::FuncOp outline(ArrayRef<Operation *> ops, StringRef name,
                     SymbolTable &symbols) {
  llvm::SmallPtrSet<Operation *, 16> moved(ops.begin(), ops.end());
  auto isInside = [&](Operation *user) {
    for (Operation *op = user; op; op = op->getParentOp())
      if (moved.contains(op))
        return true;
    return false;
  };
  llvm::SetVector<Value> captured;
  for (Operation *op : ops) {
    for (Value operand : op->getOperands())
      if (!isInside(operand.getDefiningOp() ? operand.getDefiningOp()
                                            : operand.getParentBlock()
                                                  ->getParentOp()))
        captured.insert(operand);
    getUsedValuesDefinedAbove(op->getRegions(), captured);
  }
  SmallVector<Value> arguments;
  SmallVector<Operation *> constants;
  for (Value value : captured) {
    Operation *def = value.getDefiningOp();
    if (def && moved.contains(def))
      continue; // defined by an earlier op of the same group
    if (def && def->hasTrait<OpTrait::ConstantLike>())
      constants.push_back(def);
    else
      arguments.push_back(value);
  }
  SmallVector<Value> results;
  for (Operation *op : ops)
    for (Value result : op->getResults())
      if (llvm::any_of(result.getUsers(),
                       [&](Operation *user) { return !isInside(user); }))
        results.push_back(result);

  Location loc = ops.front()->getLoc();
  auto parent = ops.front()->getParentOfType<func::FuncOp>();
  OpBuilder builder(parent);
  auto func = func::FuncOp::create(
      builder, loc, name,
      builder.getFunctionType(ValueRange(arguments).getTypes(),
                              ValueRange(results).getTypes()));
  func.setPrivate();
  // no_inline holds off MLIR's inliner; func-to-llvm carries `passthrough`
  // over to the llvm.func, where it holds off LLVM's.
  func.setNoInline(true);
  // Internal linkage (func-to-llvm keeps `llvm.linkage`): nothing outside
  // the module calls it, so LLVM may drop the descriptor fields it never
  // reads, and the JIT makes no packed wrapper for it.
  func->setAttr("llvm.linkage",
                LLVM::LinkageAttr::get(builder.getContext(),
                                       LLVM::Linkage::Internal));
  symbols.insert(func, Block::iterator(parent->getNextNode()));

  Block *body = func.addEntryBlock();
  builder.setInsertionPointToStart(body);
  IRMapping mapping;
  mapping.map(arguments, body->getArguments());
  for (Operation *constant : constants)
    builder.clone(*constant, mapping);
  for (Operation *op : ops)
    builder.clone(*op, mapping);
  SmallVector<Value> returned;
  for (Value result : results)
    returned.push_back(mapping.lookup(result));
  func::ReturnOp::create(builder, loc, returned);
  setPassthrough(func, /*unoptimized=*/false);

  builder.setInsertionPoint(ops.back());
  auto call = func::CallOp::create(builder, loc, func, arguments);
  for (auto [result, replacement] : llvm::zip(results, call.getResults()))
    result.replaceUsesWithIf(replacement, [&](OpOperand &use) {
      return !isInside(use.getOwner());
    });
  for (Operation *op : llvm::reverse(ops))
    op->erase();
  return func;
}

/// A hash of `func`'s body that equivalent bodies share: every op's name,
/// attributes and types in order, not which values it uses.
llvm::hash_code hashBody(func::FuncOp func) {
  llvm::hash_code hash =
      llvm::hash_value(func.getFunctionType().getAsOpaquePointer());
  func.getBody().walk([&](Operation *op) {
    hash = llvm::hash_combine(
        hash, OperationEquivalence::computeHash(
                  op, OperationEquivalence::ignoreHashValue,
                  OperationEquivalence::ignoreHashValue,
                  OperationEquivalence::IgnoreLocations));
  });
  return hash;
}

/// Replaces every outlined function whose type and body equal an earlier
/// one's (the same loop nest in another layer, say) by that one: LLVM then
/// compiles each distinct piece once, so a deep model costs little more to
/// compile than its distinct layers. Returns how many were removed.
unsigned mergeEquivalent(ArrayRef<func::FuncOp> outlined, ModuleOp module,
                         SymbolTable &symbols) {
  llvm::DenseMap<llvm::hash_code, SmallVector<func::FuncOp, 1>> buckets;
  llvm::DenseMap<Operation *, func::FuncOp> replacement;
  for (func::FuncOp func : outlined) {
    SmallVector<func::FuncOp, 1> &candidates = buckets[hashBody(func)];
    func::FuncOp same;
    for (func::FuncOp candidate : candidates)
      if (candidate.getFunctionType() == func.getFunctionType() &&
          OperationEquivalence::isRegionEquivalentTo(
              &candidate.getBody(), &func.getBody(),
              OperationEquivalence::IgnoreLocations)) {
        same = candidate;
        break;
      }
    if (same)
      replacement[func] = same;
    else
      candidates.push_back(func);
  }
  if (replacement.empty())
    return 0;
  module.walk([&](func::CallOp call) {
    if (Operation *callee = symbols.lookup(call.getCallee()))
      if (func::FuncOp same = replacement.lookup(callee))
        call.setCallee(same.getSymName());
  });
  for (auto &entry : replacement)
    symbols.erase(entry.first);
  return replacement.size();
}

struct SplitFunctionsPass
    : public ckpt::impl::CkptSplitFunctionsBase<SplitFunctionsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
    SmallVector<func::FuncOp> outlined;
    for (func::FuncOp func : funcs) {
      if (func.isExternal() || !func.getBody().hasOneBlock())
        continue;
      Block &block = func.getBody().front();
      // Loop nests first, each on its own.
      SmallVector<Operation *> nests;
      for (Operation &op : block)
        if (isa<scf::ForOp, scf::ParallelOp>(op) && op.getNumResults() == 0)
          nests.push_back(&op);
      bool split = false;
      if (nests.size() >= minNests) {
        split = true;
        unsigned index = 0;
        for (Operation *nest : nests) {
          outlined.push_back(outline(
              {nest}, (func.getSymName() + "__loop" + Twine(index++)).str(),
              symbols));
          ++numOutlined;
        }
      }
      // Then what is left, in chunks, when it is too long for one function.
      // Constants and static stack allocations move to the top first, so
      // that every chunk is a contiguous range; an op that stays and has
      // operands ends a chunk.
      auto markGlue = [&](func::FuncOp glue) {
        if (!optimizeGlue && isStraightLine(glue))
          setPassthrough(glue, /*unoptimized=*/true);
      };
      if (chunkOps == 0) {
        if (split)
          markGlue(func);
        continue;
      }
      size_t movable = llvm::count_if(block.without_terminator(),
                                      [](Operation &op) {
                                        return !staysInParent(&op);
                                      });
      if (movable <= chunkOps) {
        // Short straight-line code is glue too, split or not: a step that
        // only calls its gradient function passes and unpacks every
        // descriptor field of every gradient (thousands of LLVM values in
        // one block), which LLVM's optimizing code generation schedules in
        // time that grows faster than the block.
        markGlue(func);
        continue;
      }
      Operation *top = &block.front();
      for (Operation &op : llvm::make_early_inc_range(block))
        if (staysInParent(&op) && op.getNumOperands() == 0 && &op != top)
          op.moveBefore(top);
      SmallVector<SmallVector<Operation *>> chunks(1);
      for (Operation &op : block.without_terminator()) {
        if (staysInParent(&op)) {
          if (op.getNumOperands() && !chunks.back().empty())
            chunks.emplace_back();
          continue;
        }
        if (chunks.back().size() == chunkOps)
          chunks.emplace_back();
        chunks.back().push_back(&op);
      }
      unsigned index = 0;
      for (ArrayRef<Operation *> chunk : chunks) {
        if (chunk.empty())
          continue;
        func::FuncOp piece = outline(
            chunk, (func.getSymName() + "__chunk" + Twine(index++)).str(),
            symbols);
        markGlue(piece);
        outlined.push_back(piece);
        ++numChunks;
      }
      markGlue(func);
    }
    if (merge)
      numMerged += mergeEquivalent(outlined, module, symbols);
    // Every private function (a gradient function of ckpt-autodiff, say) is
    // internal to the module too: LLVM may drop what it does not use, and
    // the JIT makes no packed wrapper for it (one that unpacks thousands of
    // descriptor fields, whose scheduling takes LLVM minutes).
    for (func::FuncOp func : module.getOps<func::FuncOp>())
      if (func.isPrivate() && !func.isExternal() &&
          !func->hasAttr("llvm.linkage"))
        func->setAttr("llvm.linkage",
                      LLVM::LinkageAttr::get(func.getContext(),
                                             LLVM::Linkage::Internal));
  }
};

} // namespace
