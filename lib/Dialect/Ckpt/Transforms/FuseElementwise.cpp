//===- FuseElementwise.cpp - --ckpt-fuse-elementwise ----------------------===//
//
// Elementwise fusion that never raises the peak: upstream's fusion patterns,
// driven by a control function that weighs the bytes a fusion saves (the
// producer's result is never materialized) against the bytes it keeps alive
// longer (the producer's inputs now live until the consumer runs).
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#define DEBUG_TYPE "ckpt-fuse-elementwise"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTFUSEELEMENTWISE
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

/// Bytes of a statically shaped tensor; nullopt otherwise.
static std::optional<int64_t> tensorBytes(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type || !type.hasStaticShape() ||
      !type.getElementType().isIntOrFloat())
    return std::nullopt;
  return type.getNumElements() *
         llvm::divideCeil(type.getElementType().getIntOrFloatBitWidth(), 8);
}

/// Whether `v` is read by `op` or by anything after it in `op`'s block.
static bool usedAtOrAfter(Value v, Operation *op) {
  Block *block = op->getBlock();
  for (Operation *user : v.getUsers()) {
    Operation *anchor = block->findAncestorOpInBlock(*user);
    if (!anchor || anchor == op || op->isBeforeInBlock(anchor))
      return true;
  }
  return false;
}

/// Payload ops beyond which a producer read by several generics is not
/// copied into each of them, and beyond which no fused body grows.
static constexpr unsigned kMaxCopiedOps = 8;
static constexpr unsigned kMaxFusedOps = 64;

static unsigned payloadSize(linalg::GenericOp op) {
  return op.getBody()->getOperations().size();
}

/// Fuse the producer of `use` into its owner only if the lifetimes that
/// grows weigh no more than the buffer it saves. A producer read by several
/// generics is copied into each (its arithmetic is redone per reader, each
/// element the same way); its buffer goes when the last reader has it, so
/// its inputs must then live until that reader.
static bool fusionKeepsPeak(OpOperand *use) {
  auto consumer = dyn_cast<linalg::GenericOp>(use->getOwner());
  auto producer = use->get().getDefiningOp<linalg::GenericOp>();
  if (!consumer || !producer ||
      producer->getBlock() != consumer->getBlock() ||
      payloadSize(producer) + payloadSize(consumer) > kMaxFusedOps)
    return false;
  // A producer that reads its own destination (an accumulation onto a
  // fill) is left to compute in place.
  for (OpOperand &init : producer.getDpsInitsMutable())
    if (producer.payloadUsesValueFromOperand(&init))
      return false;
  Operation *last = consumer;
  unsigned readers = 0;
  for (Operation *user : producer->getUsers()) {
    if (!isa<linalg::GenericOp>(user) ||
        user->getBlock() != producer->getBlock())
      return false;
    ++readers;
    if (last->isBeforeInBlock(user))
      last = user;
  }
  if (readers > 1 && payloadSize(producer) > kMaxCopiedOps)
    return false;
  int64_t saved = 0;
  for (Value result : producer->getResults()) {
    std::optional<int64_t> bytes = tensorBytes(result);
    if (!bytes)
      return false;
    saved += *bytes;
  }
  int64_t extended = 0;
  llvm::SmallPtrSet<Value, 4> seen;
  for (OpOperand *operand : producer.getDpsInputOperands()) {
    Value in = operand->get();
    if (!isa<RankedTensorType>(in.getType()) || !seen.insert(in).second)
      continue;
    // Arguments and constants are live anyway.
    if (isa<BlockArgument>(in) || matchPattern(in, m_Constant()))
      continue;
    if (usedAtOrAfter(in, last))
      continue;
    std::optional<int64_t> bytes = tensorBytes(in);
    if (!bytes)
      return false;
    extended += *bytes;
  }
  return extended <= saved;
}

namespace {
struct FuseElementwisePass
    : public ckpt::impl::CkptFuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    unsigned fused = 0;
    linalg::ControlFusionFn control = [&](OpOperand *use) {
      bool ok = fusionKeepsPeak(use);
      fused += ok;
      return ok;
    };
    linalg::populateElementwiseOpsFusionPatterns(patterns, control);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    numFused += fused;
  }
};
} // namespace
