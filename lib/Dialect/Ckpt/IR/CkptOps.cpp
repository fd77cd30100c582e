//===- CkptOps.cpp - ckpt operations and their verifiers ------------------===//

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::ckpt;

//===----------------------------------------------------------------------===//
// CheckpointOp
//===----------------------------------------------------------------------===//

void CheckpointOp::build(OpBuilder &builder, OperationState &state,
                         TypeRange resultTypes, ValueRange inputs) {
  state.addOperands(inputs);
  state.addTypes(resultTypes);
  Region *body = state.addRegion();
  Block *block = new Block();
  body->push_back(block);
  for (Value input : inputs)
    block->addArgument(input.getType(), input.getLoc());
}

Policy CheckpointOp::getEffectivePolicy() {
  if (auto policy = getPolicy())
    return *policy;
  return Policy::recompute_all;
}

YieldOp CheckpointOp::getYield() {
  return cast<YieldOp>(getBodyBlock().getTerminator());
}

LogicalResult CheckpointOp::verify() {
  Block &block = getBody().front();
  if (block.getNumArguments() != getInputs().size())
    return emitOpError("body has ")
           << block.getNumArguments() << " block arguments but the op has "
           << getInputs().size() << " operands; expected one per operand";
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip(block.getArguments(), getInputs()))) {
    auto [arg, input] = pair;
    if (arg.getType() != input.getType())
      return emitOpError("body argument #")
             << index << " has type " << arg.getType()
             << " but operand #" << index << " has type " << input.getType();
  }
  if (!isa<YieldOp>(block.getTerminator()))
    return emitOpError("body must end with 'ckpt.yield'");
  return success();
}

//===----------------------------------------------------------------------===//
// YieldOp
//===----------------------------------------------------------------------===//

LogicalResult YieldOp::verify() {
  auto parent = cast<CheckpointOp>((*this)->getParentOp());
  TypeRange results = parent.getResultTypes();
  if (getValues().size() != results.size())
    return emitOpError("yields ")
           << getValues().size() << " values but the enclosing "
           << "'ckpt.checkpoint' has " << results.size() << " results";
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip(getValues().getTypes(), results))) {
    auto [yielded, expected] = pair;
    if (yielded != expected)
      return emitOpError("value #")
             << index << " has type " << yielded
             << " but the enclosing 'ckpt.checkpoint' result #" << index
             << " has type " << expected;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ValueAndGradOp
//===----------------------------------------------------------------------===//

/// A differentiable scalar: f32/f64, or a 0-d tensor of them.
static bool isDifferentiableScalar(Type type) {
  if (auto tensor = dyn_cast<RankedTensorType>(type))
    return tensor.getRank() == 0 && isa<Float32Type, Float64Type>(
                                        tensor.getElementType());
  return isa<Float32Type, Float64Type>(type);
}

static bool isFloatLike(Type type) {
  return isa<FloatType>(getElementTypeOrSelf(type));
}

LogicalResult ValueAndGradOp::verify() {
  ArrayRef<int64_t> wrt = getWrt();
  int64_t numOperands = getOperands().size();
  for (auto [i, index] : llvm::enumerate(wrt)) {
    if (index < 0 || index >= numOperands)
      return emitOpError("wrt index ")
             << index << " is out of range: the op has " << numOperands
             << " operands";
    if (i > 0 && wrt[i - 1] >= index)
      return emitOpError("wrt indices must be strictly increasing, but ")
             << index << " follows " << wrt[i - 1];
    Type type = getOperands()[index].getType();
    if (!isFloatLike(type))
      return emitOpError("wrt index ")
             << index << " names operand of type " << type
             << ", which is not a floating-point value or tensor";
  }
  if (getResults().size() < wrt.size())
    return emitOpError("has ")
           << getResults().size() << " results, fewer than the "
           << wrt.size() << " gradients that wrt asks for";
  size_t numValues = getResults().size() - wrt.size();
  for (auto [i, index] : llvm::enumerate(wrt)) {
    Type grad = getResult(numValues + i).getType();
    Type expected = getOperands()[index].getType();
    if (grad != expected)
      return emitOpError("gradient result #")
             << (numValues + i) << " has type " << grad
             << " but operand #" << index << " has type " << expected;
  }
  return success();
}

LogicalResult
ValueAndGradOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto callee =
      symbolTable.lookupNearestSymbolFrom<func::FuncOp>(*this, getCalleeAttr());
  if (!callee)
    return emitOpError("'")
           << getCallee() << "' does not reference a valid func.func";
  FunctionType type = callee.getFunctionType();
  if (type.getNumInputs() != getOperands().size())
    return emitOpError("callee @")
           << getCallee() << " takes " << type.getNumInputs()
           << " arguments but the op has " << getOperands().size()
           << " operands";
  for (auto [index, pair] :
       llvm::enumerate(llvm::zip(type.getInputs(), getOperands()))) {
    auto [expected, operand] = pair;
    if (expected != operand.getType())
      return emitOpError("operand #")
             << index << " has type " << operand.getType() << " but callee @"
             << getCallee() << " expects " << expected;
  }
  if (type.getNumResults() == 0 || !isDifferentiableScalar(type.getResult(0)))
    return emitOpError("callee @")
           << getCallee()
           << " must return a scalar first result (f32, f64 or a 0-d tensor "
              "of them) to differentiate";
  size_t numValues = getResults().size() - getWrt().size();
  if (numValues != type.getNumResults())
    return emitOpError("has ")
           << numValues << " value results before the gradients but callee @"
           << getCallee() << " returns " << type.getNumResults();
  for (auto [index, pair] : llvm::enumerate(
           llvm::zip(type.getResults(), getResults().take_front(numValues)))) {
    auto [expected, result] = pair;
    if (expected != result.getType())
      return emitOpError("result #")
             << index << " has type " << result.getType() << " but callee @"
             << getCallee() << " returns " << expected;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// RandomUniformOp
//===----------------------------------------------------------------------===//

LogicalResult RandomUniformOp::verify() {
  auto type = cast<RankedTensorType>(getResult().getType());
  if (!isa<Float32Type, Float64Type>(type.getElementType()))
    return emitOpError("result must be a tensor of f32 or f64, but its "
                       "element type is ")
           << type.getElementType();
  if (!type.hasStaticShape())
    return emitOpError("result must have a static shape, but has type ")
           << type << "; the draw of each element depends on its index";
  return success();
}

#define GET_OP_CLASSES
#include "ckpt/Dialect/Ckpt/IR/CkptOps.cpp.inc"
