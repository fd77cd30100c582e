//===- ReuseDeadInputs.cpp - --ckpt-reuse-dead-inputs ---------------------===//
//
// Destination passing for elementwise generics: a result that could be
// written over an input the generic is the last reader of takes that
// input's tensor as its destination, so bufferization computes it in place.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#define DEBUG_TYPE "ckpt-reuse-dead-inputs"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTREUSEDEADINPUTS
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

/// A tensor with no contents yet: tensor.empty, or an alloc_tensor that
/// copies nothing (autodiff makes its accumulators so).
static bool isFresh(Value v) {
  if (v.getDefiningOp<tensor::EmptyOp>())
    return true;
  auto alloc = v.getDefiningOp<bufferization::AllocTensorOp>();
  return alloc && !alloc.getCopy() && alloc.getDynamicSizes().empty();
}

/// Whether nothing reads `v` after `op` (which reads it), all its readers
/// being ops of `op`'s block at or before `op`; a reshape or slice of `v`
/// reads it wherever its own result is read. (Bufferization would copy
/// where an alias is read later, which is correct but costs a buffer.)
static bool diesAt(Value v, Operation *op) {
  Block *block = op->getBlock();
  for (Operation *user : v.getUsers()) {
    if (user->getBlock() != block)
      return false;
    if (user != op && op->isBeforeInBlock(user))
      return false;
    if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
            tensor::ExtractSliceOp, tensor::CastOp>(user) &&
        !diesAt(user->getResult(0), op))
      return false;
  }
  return true;
}

/// A generic that adds its result onto a fresh zero fill (how adjoints
/// start their accumulation) computes the addend alone: the fill and the
/// add go, and the init becomes the fill's empty tensor. The result equals
/// 0 + x except that a -0.0 addend stays -0.0.
static void dropZeroAccumulator(linalg::GenericOp generic) {
  // Each element written once: no reduction loop, and the result's map a
  // permutation (a reduction's running value starts on its fill).
  if (!generic.hasPureTensorSemantics() || generic.getNumDpsInits() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops())
    return;
  OpOperand *init = generic.getDpsInitOperand(0);
  if (!generic.getMatchingIndexingMap(init).isPermutation())
    return;
  auto fill = init->get().getDefiningOp<linalg::FillOp>();
  if (!fill || !fill->hasOneUse() ||
      !isFresh(fill.getDpsInits()[0]))
    return;
  auto zero = fill.getInputs()[0].getDefiningOp<arith::ConstantOp>();
  auto zeroValue = zero ? dyn_cast<FloatAttr>(zero.getValue()) : nullptr;
  if (!zeroValue || !zeroValue.getValue().isPosZero())
    return;
  Block *body = generic.getBody();
  BlockArgument out = generic.getMatchingBlockArgument(init);
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  auto add = yield.getValues()[0].getDefiningOp<arith::AddFOp>();
  if (!add || add->getBlock() != body || !out.hasOneUse() ||
      !add->hasOneUse())
    return;
  Value addend;
  if (add.getLhs() == out)
    addend = add.getRhs();
  else if (add.getRhs() == out)
    addend = add.getLhs();
  else
    return;
  yield->setOperand(0, addend);
  add->erase();
  init->set(fill.getDpsInits()[0]);
  fill->erase();
}

/// The input `generic` may write its only result over, if any.
static OpOperand *deadInputFor(linalg::GenericOp generic) {
  if (!generic.hasPureTensorSemantics() || generic.getNumDpsInits() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops())
    return nullptr;
  OpOperand *init = generic.getDpsInitOperand(0);
  if (!isFresh(init->get()) ||
      generic.payloadUsesValueFromOperand(init) ||
      !generic.getMatchingIndexingMap(init).isIdentity())
    return nullptr;
  Type type = init->get().getType();
  for (OpOperand *input : generic.getDpsInputOperands()) {
    Value value = input->get();
    if (value.getType() != type ||
        !generic.getMatchingIndexingMap(input).isIdentity())
      continue;
    // A fresh buffer made in this block: not an argument (read-only), not
    // a view of a buffer that lives on, not something a loop carries.
    auto producer = value.getDefiningOp<linalg::LinalgOp>();
    if (!producer || producer->getBlock() != generic->getBlock() ||
        !diesAt(value, generic))
      continue;
    // Read elsewhere only element for element, or writing over it would
    // clobber what another iteration still reads.
    if (llvm::any_of(generic.getDpsInputOperands(), [&](OpOperand *other) {
          return other->get() == value &&
                 !generic.getMatchingIndexingMap(other).isIdentity();
        }))
      continue;
    return input;
  }
  return nullptr;
}

namespace {
struct ReuseDeadInputsPass
    : public ckpt::impl::CkptReuseDeadInputsBase<ReuseDeadInputsPass> {
  void runOnOperation() override {
    getOperation().walk([&](linalg::GenericOp generic) {
      dropZeroAccumulator(generic);
      OpOperand *input = deadInputFor(generic);
      if (!input)
        return;
      OpOperand *init = generic.getDpsInitOperand(0);
      Operation *fresh = init->get().getDefiningOp();
      init->set(input->get());
      if (fresh->use_empty())
        fresh->erase();
      ++numReused;
    });
  }
};
} // namespace
