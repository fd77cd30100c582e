//===- CheckpointRule.cpp - recompute a region in the backward ------------===//
//
// The adjoint of a ckpt.checkpoint is a call of a generated function that
// re-executes the region's body from its operands and then differentiates
// it. Keeping the recomputation in its own function is what guarantees it
// survives cleanup: CSE and canonicalization never merge ops across
// functions, and the function is marked no_inline. Only the region's
// operands (and, with policy save_dots, its contraction results) are used by
// the backward, so nothing else inside the region outlives the forward.
//
// The adjoints the caller has already accumulated for the region's operands
// are passed in and the region adds to them in the same order as an
// unregioned sweep would, which makes gradients bit-identical with and
// without checkpointing.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

static bool isContraction(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalg::isaContractionOpInterface(linalgOp);
}

/// With policy save_dots, rebuilds `region` so that it also yields the
/// results of the contractions in its body; returns the new op and fills
/// `savedOps` with those contractions (in body order).
static CheckpointOp exposeContractions(AdjointEmitter &e, CheckpointOp region,
                                       SmallVectorImpl<Operation *> &savedOps) {
  for (Operation &op : region.getBodyBlock().without_terminator())
    if (isContraction(&op))
      savedOps.push_back(&op);
  if (savedOps.empty())
    return region;
  SmallVector<Type> types(region.getResultTypes());
  YieldOp yield = region.getYield();
  SmallVector<Value> yielded(yield.getValues());
  for (Operation *op : savedOps) {
    types.push_back(op->getResult(0).getType());
    yielded.push_back(op->getResult(0));
  }
  OpBuilder fb(region);
  auto widened = CheckpointOp::create(fb, region.getLoc(), types,
                                      region.getInputs());
  widened->setAttrs(region->getAttrs());
  widened.getBody().getBlocks().clear();
  widened.getBody().takeBody(region.getBody());
  yield->setOperands(yielded);
  for (auto [oldResult, newResult] :
       llvm::zip(region.getResults(), widened.getResults())) {
    oldResult.replaceAllUsesWith(newResult);
    if (e.isVaried(oldResult))
      e.markVaried(newResult);
  }
  region->erase();
  return widened;
}

/// The value whose adjoint slot `value`'s adjoint lives in: the source of
/// the static reshapes that define it (AdjointEmitter keeps a reshape's
/// adjoint on the tensor it reshapes), else the value itself.
static Value adjointRoot(Value value) {
  while (isa_and_nonnull<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
             value.getDefiningOp())) {
    auto type = dyn_cast<RankedTensorType>(value.getType());
    if (!type || !type.hasStaticShape())
      break;
    value = value.getDefiningOp()->getOperand(0);
  }
  return value;
}

/// Whether `to` can be rebuilt from `from` by static reshapes (both hold
/// the same number of elements in row-major order: their adjoint root is
/// the same tensor).
static bool reshapable(Value from, Value to) {
  auto a = dyn_cast<RankedTensorType>(from.getType());
  auto b = dyn_cast<RankedTensorType>(to.getType());
  return a && b && a.hasStaticShape() && b.hasStaticShape() &&
         a.getRank() > 0 && b.getRank() > 0 &&
         a.getNumElements() == b.getNumElements();
}

/// `value` reshaped to `type` through its one-dimensional form.
static Value reshapeLike(OpBuilder &b, Location loc, Value value, Type type) {
  auto from = cast<RankedTensorType>(value.getType());
  auto to = cast<RankedTensorType>(type);
  if (from == to)
    return value;
  auto all = [](int64_t rank) {
    ReassociationIndices group;
    for (int64_t d = 0; d < rank; ++d)
      group.push_back(d);
    return SmallVector<ReassociationIndices>{group};
  };
  Value flat = value;
  if (from.getRank() > 1)
    flat = tensor::CollapseShapeOp::create(
        b, loc,
        RankedTensorType::get({from.getNumElements()}, from.getElementType()),
        value, all(from.getRank()));
  if (to.getRank() == 1)
    return flat;
  return tensor::ExpandShapeOp::create(b, loc, to, flat, all(to.getRank()));
}

LogicalResult autodiff::checkpointAdjoint(AdjointEmitter &e,
                                          CheckpointOp region) {
  GradContext &ctx = e.context();
  OpBuilder &b = e.builder();
  Location loc = region.getLoc();
  MLIRContext *mctx = region.getContext();

  // Read everything keyed by the old op before save_dots may replace it.
  SmallVector<Value> resultAdj;
  for (Value result : region.getResults())
    resultAdj.push_back(e.lookup(result));
  SmallVector<Value> inputs(region.getInputs());
  SmallVector<unsigned> variedInputs;
  for (auto [i, input] : llvm::enumerate(inputs))
    if (e.isVaried(input) && isDifferentiableType(input.getType()))
      variedInputs.push_back(i);
  unsigned numResults = region.getNumResults();

  SmallVector<Operation *> savedOps;
  if (region.getEffectivePolicy() == Policy::save_dots)
    region = exposeContractions(e, region, savedOps);

  // Signature: operands, incoming result adjoints, incoming operand
  // adjoints, saved contraction results.
  SmallVector<Value> callArgs(inputs);
  SmallVector<unsigned> seededResults, seededInputs;
  for (auto [k, adj] : llvm::enumerate(resultAdj))
    if (adj) {
      seededResults.push_back(k);
      callArgs.push_back(adj);
    }
  // Operands whose adjoints share one slot (one value passed twice, or
  // reshapes of one tensor, whose adjoints live on that tensor): only the
  // first is seeded with the adjoint gathered so far and set from the call;
  // the others start from zero and their gradients are added to it.
  // Inside the region's function such an operand is rebuilt from the
  // first one by a reshape, so the inner sweep sums into one slot in the
  // order the sweep without the region would; the first one's gradient is
  // the slot's total.
  llvm::SmallDenseMap<Value, unsigned> firstOfRoot;
  DenseMap<unsigned, unsigned> slotOwner;
  for (unsigned i : variedInputs) {
    auto [it, inserted] = firstOfRoot.try_emplace(adjointRoot(inputs[i]), i);
    if (!inserted && reshapable(inputs[it->second], inputs[i]))
      slotOwner[i] = it->second;
  }
  SmallVector<bool> sharesSlot;
  for (unsigned i : variedInputs)
    sharesSlot.push_back(slotOwner.count(i));
  for (auto [k, i] : llvm::enumerate(variedInputs))
    if (Value adj = sharesSlot[k] ? Value() : e.lookup(inputs[i])) {
      seededInputs.push_back(i);
      callArgs.push_back(adj);
    }
  for (unsigned s = 0; s < savedOps.size(); ++s)
    callArgs.push_back(region.getResult(numResults + s));
  SmallVector<Type> argTypes, resultTypes;
  for (Value v : callArgs)
    argTypes.push_back(v.getType());
  for (auto [k, i] : llvm::enumerate(variedInputs))
    if (!sharesSlot[k])
      resultTypes.push_back(inputs[i].getType());

  std::string name = ctx.prefix + "_bwd_";
  if (auto userName = region.getName())
    name += userName->str() + "_";
  name += std::to_string(ctx.numRegionFunctions++);
  OpBuilder mb(mctx);
  auto fn = func::FuncOp::create(mb, loc, name,
                                 FunctionType::get(mctx, argTypes, resultTypes));
  fn.setPrivate();
  fn.setNoInline(true);
  ctx.symbols.insert(fn);
  Block *entry = fn.addEntryBlock();

  // Replay the body from the operands (or the saved contraction results).
  OpBuilder fb = OpBuilder::atBlockEnd(entry);
  IRMapping mapping;
  Block &body = region.getBodyBlock();
  for (auto [i, arg] : llvm::enumerate(body.getArguments())) {
    auto owner = slotOwner.find(i);
    mapping.map(arg, owner == slotOwner.end()
                         ? Value(entry->getArgument(i))
                         : reshapeLike(fb, loc, entry->getArgument(owner->second),
                                       arg.getType()));
  }
  unsigned savedBase = inputs.size() + seededResults.size() +
                       seededInputs.size();
  // A saved contraction is still cloned, so the sweep differentiates it,
  // but its forward uses read the saved result; the unused clone is dead
  // code that canonicalization removes, so it is never recomputed.
  SmallVector<std::pair<Value, Value>> standIns;
  for (Operation &op : body.without_terminator()) {
    Operation *clone = fb.clone(op, mapping);
    auto saved = llvm::find(savedOps, &op);
    if (saved == savedOps.end())
      continue;
    Value standIn = entry->getArgument(savedBase + (saved - savedOps.begin()));
    clone->getResult(0).replaceAllUsesWith(standIn);
    mapping.map(op.getResult(0), standIn);
    standIns.emplace_back(clone->getResult(0), standIn);
  }

  // Ops the sweep emits land after this marker; the replay is before it.
  Operation *boundary = createBoundary(fb, loc);
  AdjointEmitter inner(ctx, fb);
  for (auto [result, standIn] : standIns)
    inner.redirect(result, standIn);
  for (unsigned i : variedInputs)
    inner.markVaried(entry->getArgument(i));
  inner.propagateVaried(*entry);
  // Stand-ins are function arguments, which propagation does not reach.
  // One saved contraction can read another's stand-in (a matmul of a
  // matmul's result): repeat until no stand-in changes, or a later one
  // stays unvaried and its adjoint is dropped.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto [result, standIn] : standIns)
      if (inner.isVaried(result) && !inner.isVaried(standIn)) {
        inner.markVaried(standIn);
        changed = true;
      }
    inner.propagateVaried(*entry);
  }
  for (auto [k, i] : llvm::enumerate(seededInputs))
    inner.set(entry->getArgument(i),
              entry->getArgument(inputs.size() + seededResults.size() + k));
  YieldOp yield = region.getYield();
  for (auto [k, r] : llvm::enumerate(seededResults)) {
    Value yielded = mapping.lookupOrDefault(yield.getValues()[r]);
    if (inner.isVaried(yielded))
      inner.accumulate(yielded, entry->getArgument(inputs.size() + k));
  }
  if (failed(inner.backprop(*entry)))
    return failure();
  // Each tensor is returned once: two operands can get the same adjoint
  // value (both operands of an add, maybe through reshapes), and results of one call that alias
  // each other would let the caller's in-place updates of one gradient
  // clobber the other after bufferization. The caller reads such a result
  // for each of those operands, and bufferization copies where needed.
  SmallVector<Value> grads;
  SmallVector<unsigned> gradIndex;
  for (auto [k, i] : llvm::enumerate(variedInputs)) {
    if (sharesSlot[k])
      continue;
    Value grad = inner.lookupOrZero(entry->getArgument(i), loc);
    Value root = adjointRoot(grad);
    auto it = llvm::find_if(
        grads, [&](Value other) { return adjointRoot(other) == root; });
    if (it != grads.end() && it->getType() == grad.getType()) {
      gradIndex.push_back(it - grads.begin());
      continue;
    }
    // A view of a tensor returned already, shaped differently: a copy.
    if (it != grads.end())
      grad = bufferization::AllocTensorOp::create(
          fb, loc, cast<RankedTensorType>(grad.getType()), ValueRange(), grad);
    gradIndex.push_back(grads.size());
    grads.push_back(grad);
  }
  auto ret = func::ReturnOp::create(fb, loc, grads);
  if (ctx.minCut)
    saveMinimumCut(*entry, boundary);
  boundary->erase();
  fn.setFunctionType(
      FunctionType::get(mctx, argTypes, ret.getOperandTypes()));

  auto call = func::CallOp::create(b, loc, fn, callArgs);
  unsigned k = 0;
  for (auto [j, i] : llvm::enumerate(variedInputs))
    if (!sharesSlot[j])
      e.set(inputs[i], call.getResult(gradIndex[k++]));
  return success();
}
