//===- Adjoint.cpp - reverse sweep and adjoint bookkeeping ----------------===//
//
// The sweep itself knows no op but ckpt.checkpoint (and reshapes, whose
// adjoints it keeps on their sources): every other op is differentiated by
// its AdjointOpInterface model.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

#include "ckpt/Dialect/Ckpt/Transforms/AdjointInterfaces.cpp.inc"

void mlir::ckpt::registerAdjointInterfaceExternalModels(
    DialectRegistry &registry) {
  registerArithAdjointModels(registry);
  registerMathAdjointModels(registry);
  registerLinalgAdjointModels(registry);
  registerTensorAdjointModels(registry);
  registerCkptAdjointModels(registry);
}

void mlir::ckpt::registerCkptAdjointModels(DialectRegistry &registry) {
  // A draw is a constant of its seed and offset: nothing flows back.
  registry.addExtension(+[](MLIRContext *ctx, CkptDialect *) {
    RandomUniformOp::attachInterface<
        NonDifferentiableAdjointModel<RandomUniformOp>>(*ctx);
  });
}

bool autodiff::isDifferentiableType(Type type) {
  return isa<FloatType>(getElementTypeOrSelf(type));
}

Value autodiff::buildFilled(OpBuilder &b, Location loc, Type type,
                            double value) {
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    Type element = tensor.getElementType();
    Value scalar = arith::ConstantOp::create(b, loc, element,
                                             b.getFloatAttr(element, value));
    // alloc_tensor, unlike tensor.empty, is never merged by CSE: each zero
    // accumulator gets its own buffer, written in place, instead of a copy
    // of one shared zero buffer that would live through the whole sweep.
    Value empty = bufferization::AllocTensorOp::create(b, loc, tensor,
                                                       ValueRange{});
    return linalg::FillOp::create(b, loc, scalar, empty).getResult(0);
  }
  return arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, value));
}

void AdjointEmitter::propagateVaried(Block &block) {
  for (Operation &op : block) {
    bool anyVaried = llvm::any_of(op.getOperands(),
                                  [&](Value v) { return isVaried(v); });
    if (!anyVaried && op.getNumRegions() != 0) {
      llvm::SetVector<Value> captured;
      for (Region &region : op.getRegions())
        getUsedValuesDefinedAbove(region, captured);
      anyVaried = llvm::any_of(captured, [&](Value v) { return isVaried(v); });
    }
    if (!anyVaried)
      continue;
    for (Value result : op.getResults())
      if (isDifferentiableType(result.getType()))
        markVaried(result);
  }
}

/// The reshape that defines `value`, whose adjoint lives on its source.
static Operation *definingReshape(Value value) {
  Operation *def = value.getDefiningOp();
  if (!isa_and_nonnull<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(def))
    return nullptr;
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() ? def : nullptr;
}

/// `adjoint` (shaped like the reshape's result) reshaped like its source.
static Value toSourceShape(OpBuilder &b, Operation *reshape, Value adjoint) {
  Location loc = reshape->getLoc();
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(reshape))
    return tensor::CollapseShapeOp::create(b, loc, expand.getSrc().getType(),
                                           adjoint,
                                           expand.getReassociationIndices());
  auto collapse = cast<tensor::CollapseShapeOp>(reshape);
  return tensor::ExpandShapeOp::create(b, loc, collapse.getSrc().getType(),
                                       adjoint,
                                       collapse.getReassociationIndices());
}

/// `adjoint` (shaped like the reshape's source) reshaped like its result.
static Value toResultShape(OpBuilder &b, Operation *reshape, Value adjoint) {
  Location loc = reshape->getLoc();
  Type type = reshape->getResult(0).getType();
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(reshape))
    return tensor::ExpandShapeOp::create(b, loc, type, adjoint,
                                         expand.getReassociationIndices());
  auto collapse = cast<tensor::CollapseShapeOp>(reshape);
  return tensor::CollapseShapeOp::create(b, loc, type, adjoint,
                                         collapse.getReassociationIndices());
}

Value AdjointEmitter::lookup(Value primal) {
  if (Operation *reshape = definingReshape(primal)) {
    Value source = lookup(reshape->getOperand(0));
    return source ? toResultShape(b, reshape, source) : Value();
  }
  return adjoints.lookup(primal);
}

void AdjointEmitter::set(Value primal, Value adjoint) {
  if (Operation *reshape = definingReshape(primal))
    return set(reshape->getOperand(0), toSourceShape(b, reshape, adjoint));
  adjoints[primal] = adjoint;
}

void AdjointEmitter::accumulate(Value primal, Value contribution) {
  if (Operation *reshape = definingReshape(primal))
    return accumulate(reshape->getOperand(0),
                      toSourceShape(b, reshape, contribution));
  Value &slot = adjoints[primal];
  if (!slot) {
    slot = contribution;
    return;
  }
  slot = arith::AddFOp::create(b, primal.getLoc(), slot, contribution);
}

Value AdjointEmitter::lookupOrZero(Value primal, Location loc) {
  if (Value adj = lookup(primal))
    return adj;
  return buildFilled(b, loc, primal.getType(), 0.0);
}

static bool hasStaticShapes(Operation *op) {
  auto isStatic = [](Type t) {
    auto shaped = dyn_cast<ShapedType>(t);
    return !shaped || shaped.hasStaticShape();
  };
  return llvm::all_of(op->getOperandTypes(), isStatic) &&
         llvm::all_of(op->getResultTypes(), isStatic);
}

LogicalResult AdjointEmitter::backpropOp(Operation *op) {
  for (Value result : op->getResults())
    if (Value standIn = standIns.lookup(result))
      if (Value adj = lookup(standIn))
        set(result, adj);
  bool anyVariedOperand = llvm::any_of(
      op->getOperands(), [&](Value v) { return isVaried(v); });
  // Contributions to a reshape went to its source as they were made.
  if (op->getNumResults() == 1 && definingReshape(op->getResult(0)))
    return success();
  bool anyResultAdjoint = llvm::any_of(
      op->getResults(), [&](Value v) { return lookup(v) != nullptr; });
  if (auto region = dyn_cast<CheckpointOp>(op)) {
    if (!anyVariedOperand || !anyResultAdjoint)
      return success();
    return checkpointAdjoint(*this, region);
  }
  if (!anyResultAdjoint || op->getNumResults() == 0)
    return success();
  if (!anyVariedOperand && op->getNumRegions() == 0)
    return success();
  if (!hasStaticShapes(op))
    return op->emitOpError("cannot be differentiated: dynamic shapes are not "
                           "supported; give every tensor a static shape");
  if (auto rule = dyn_cast<AdjointOpInterface>(op))
    return rule.emitAdjoint(*this);
  if (isa<func::CallOp, func::CallIndirectOp>(op))
    return op->emitOpError("cannot be differentiated: the callee has no body "
                           "to differentiate (external or indirect call)");
  if (!isMemoryEffectFree(op))
    return op->emitOpError("cannot be differentiated: it has side effects; "
                           "ckpt differentiates value-semantic func, linalg, "
                           "tensor, arith and math ops");
  return op->emitOpError("cannot be differentiated: no adjoint for '")
         << op->getName()
         << "' (no AdjointOpInterface model is registered for it)";
}

LogicalResult AdjointEmitter::backprop(Block &block) {
  // Ops are erased from nothing here: collect first, since rules may
  // rewrite forward ops in place (save_dots regions gain results).
  SmallVector<Operation *> ops;
  for (Operation &op : block.without_terminator())
    ops.push_back(&op);
  for (Operation *op : llvm::reverse(ops))
    if (failed(backpropOp(op)))
      return failure();
  return success();
}
