//===- Wrap.cpp - turning a plan into checkpoint regions ------------------===//

#include "Wrap.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::ckpt;

/// Clones `op` and, first, the rebuildable ops defining its operands that
/// `needsClone` selects and `map` does not hold yet.
static void cloneRebuildable(OpBuilder &builder, Operation *op,
                             IRMapping &map,
                             function_ref<bool(Operation *)> needsClone) {
  if (map.contains(op))
    return;
  for (Value operand : op->getOperands())
    if (Operation *def = operand.getDefiningOp();
        def && !map.contains(operand) && isRebuildable(def) &&
        needsClone(def))
      cloneRebuildable(builder, def, map, needsClone);
  builder.clone(*op, map);
}

/// The function arguments that the carried scalars among `op` and the
/// rebuildable ops it is made from read: the region's inputs for them.
static void addCarriedTensors(Operation *op, llvm::SetVector<Value> &inputs) {
  if (isCarriedScalar(op)) {
    inputs.insert(cast<tensor::ExtractOp>(op).getTensor());
    return;
  }
  for (Value operand : op->getOperands())
    if (Operation *def = operand.getDefiningOp();
        def && def->getBlock() == op->getBlock() && isRebuildable(def))
      addCarriedTensors(def, inputs);
}

FailureOr<CheckpointOp> mlir::ckpt::wrapInCheckpoint(ArrayRef<Operation *> ops,
                                                     StringRef name) {
  Block *block = ops.front()->getBlock();
  llvm::SmallPtrSet<Operation *, 16> inside(ops.begin(), ops.end());
  auto isInside = [&](Operation *op) {
    Operation *anchor = block->findAncestorOpInBlock(*op);
    return anchor && inside.contains(anchor);
  };
  auto definedInside = [&](Value value) {
    if (Operation *def = value.getDefiningOp())
      return isInside(def);
    Operation *owner = cast<BlockArgument>(value).getOwner()->getParentOp();
    return owner && isInside(owner);
  };

  llvm::SetVector<Value> inputs;
  llvm::SetVector<Operation *> constants;
  for (Operation *op : ops) {
    WalkResult walk = op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands()) {
        if (definedInside(operand))
          continue;
        Operation *def = operand.getDefiningOp();
        if (def && isRebuildable(def)) {
          constants.insert(def);
          addCarriedTensors(def, inputs);
        } else if (isa<RankedTensorType>(operand.getType()))
          inputs.insert(operand);
        else
          return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  // A rebuildable op (constant, tensor.empty, fill) the segment defines but
  // later ops use stays available outside too: a copy before the region
  // serves those uses, so the region neither yields it nor keeps it alive.
  OpBuilder outside(ops.front());
  IRMapping outsideCopies;
  for (Operation *op : ops) {
    if (!isRebuildable(op))
      continue;
    auto usedOutside = [&](OpOperand &use) {
      return !isInside(use.getOwner());
    };
    if (llvm::none_of(op->getUses(), usedOutside))
      continue;
    cloneRebuildable(outside, op, outsideCopies,
                     [&](Operation *def) { return isInside(def); });
    for (Value from : op->getResults())
      from.replaceUsesWithIf(outsideCopies.lookup(from), usedOutside);
  }

  SmallVector<Value> outputs;
  for (Operation *op : ops)
    for (Value result : op->getResults())
      if (llvm::any_of(result.getUsers(),
                       [&](Operation *user) { return !isInside(user); })) {
        if (!isa<RankedTensorType>(result.getType()))
          return failure();
        outputs.push_back(result);
      }

  OpBuilder builder(ops.front());
  SmallVector<Type> resultTypes;
  for (Value output : outputs)
    resultTypes.push_back(output.getType());
  auto region = CheckpointOp::create(builder, ops.front()->getLoc(),
                                     resultTypes, inputs.getArrayRef());
  region.setName(name);
  Block &body = region.getBodyBlock();
  builder.setInsertionPointToEnd(&body);
  YieldOp::create(builder, ops.back()->getLoc(), outputs);
  YieldOp yield = region.getYield();

  // Results first: afterwards the outputs' remaining outside uses are
  // exactly those to redirect.
  for (auto [output, result] : llvm::zip(outputs, region.getResults()))
    output.replaceUsesWithIf(result, [&](OpOperand &use) {
      return use.getOwner() != yield && !isInside(use.getOwner());
    });
  for (Operation *op : ops)
    op->moveBefore(yield);
  // Rebuildable values from outside are remade at the top of the body.
  builder.setInsertionPointToStart(&body);
  IRMapping insideCopies;
  auto isOutside = [&](Operation *def) {
    return !region->isProperAncestor(def);
  };
  for (Operation *constant : constants)
    cloneRebuildable(builder, constant, insideCopies, isOutside);
  for (auto [from, to] : insideCopies.getValueMap())
    from.replaceUsesWithIf(to, [&](OpOperand &use) {
      return region->isProperAncestor(use.getOwner());
    });
  // Originals no op uses any more (a fill only the region read) go, so
  // they do not allocate outside.
  SmallVector<Operation *> originals;
  // (The map also holds the ops nested in those it cloned, e.g. a fill's
  // yield: those go with their parent, never alone.)
  for (auto &entry : insideCopies.getOperationMap())
    if (entry.first->getBlock() == block &&
        !entry.first->hasTrait<OpTrait::ConstantLike>())
      originals.push_back(entry.first);
  for (bool erased = true; erased;) {
    erased = false;
    for (Operation *&original : originals) {
      if (!original || !original->use_empty())
        continue;
      original->erase();
      original = nullptr;
      erased = true;
    }
  }
  for (auto [input, arg] : llvm::zip(inputs, body.getArguments()))
    Value(input).replaceUsesWithIf(arg, [&](OpOperand &use) {
      return region->isProperAncestor(use.getOwner());
    });
  return region;
}

LogicalResult mlir::ckpt::applyPlan(const OpChain &chain,
                                    ArrayRef<PlanRegion> plan,
                                    unsigned &counter,
                                    SmallVectorImpl<WrappedRegion> &out,
                                    unsigned depth) {
  for (const PlanRegion &region : plan) {
    SmallVector<Operation *> ops;
    int64_t flops = 0;
    for (unsigned u = region.begin; u < region.end; ++u) {
      llvm::append_range(ops, chain.units[u]);
      flops += chain.flops[u];
    }
    if (ops.empty())
      continue;
    std::string name = "auto_" + std::to_string(counter++);
    FailureOr<CheckpointOp> op = wrapInCheckpoint(ops, name);
    if (failed(op))
      return ops.front()->emitError("ckpt-plan: cannot wrap the segment ")
             << name << ": a non-tensor value would cross its boundary";
    if (region.saveDots) {
      op->setPolicyAttr(
          PolicyAttr::get(op->getContext(), Policy::save_dots));
      for (unsigned u = region.begin; u < region.end; ++u)
        flops -= chain.dotFlops[u];
    }
    int64_t inputsBytes = 0;
    for (Value input : op->getInputs())
      inputsBytes += shapedBytes(input.getType());
    out.push_back({name, static_cast<unsigned>(ops.size()), inputsBytes,
                   flops, depth, region.saveDots});
    // Children are units inside the region: the same ops, now in its body.
    if (failed(applyPlan(chain, region.children, counter, out, depth + 1)))
      return failure();
  }
  return success();
}
