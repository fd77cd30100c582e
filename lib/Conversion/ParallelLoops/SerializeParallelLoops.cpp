//===- SerializeParallelLoops.cpp - parallel loops worth a thread team ----===//
//
// convert-linalg-to-parallel-loops makes an scf.parallel of every run of
// parallel dimensions, wherever it is in a nest, and convert-scf-to-openmp
// forks a thread team for each. A team forked inside another loop forks once
// per outer iteration, and one forked for a few hundred scalar operations
// costs more than it saves. This pass keeps scf.parallel only where a fork
// pays: outermost in its function, without reductions, with enough work.
// The others become scf.for nests running the same iterations in order.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTSERIALIZEPARALLELLOOPS
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {

/// Iterations of a loop with constant bounds; nullopt otherwise.
std::optional<uint64_t> tripCount(Value lb, Value ub, Value step) {
  APInt lo, hi, st;
  if (!matchPattern(lb, m_ConstantInt(&lo)) ||
      !matchPattern(ub, m_ConstantInt(&hi)) ||
      !matchPattern(step, m_ConstantInt(&st)) || st.getSExtValue() <= 0)
    return std::nullopt;
  int64_t span = hi.getSExtValue() - lo.getSExtValue();
  if (span <= 0)
    return 0;
  return static_cast<uint64_t>((span + st.getSExtValue() - 1) /
                               st.getSExtValue());
}

/// Saturating product, so that huge nests do not wrap around.
uint64_t times(uint64_t a, uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a)
    return UINT64_MAX;
  return a * b;
}

/// Innermost iterations run by `region` (loops with unknown bounds count as
/// many): the sum over its loops of their trip count times their bodies'.
uint64_t work(Region &region);

uint64_t loopWork(Operation *op) {
  uint64_t count = 1;
  if (auto loop = dyn_cast<scf::ForOp>(op)) {
    count = tripCount(loop.getLowerBound(), loop.getUpperBound(),
                      loop.getStep())
                .value_or(UINT64_MAX);
  } else if (auto loop = dyn_cast<scf::ParallelOp>(op)) {
    for (auto [lb, ub, step] : llvm::zip(loop.getLowerBound(),
                                         loop.getUpperBound(), loop.getStep()))
      count = times(count, tripCount(lb, ub, step).value_or(UINT64_MAX));
  }
  uint64_t inner = 0;
  for (Region &region : op->getRegions())
    inner += work(region);
  return times(count, std::max<uint64_t>(inner, 1));
}

uint64_t work(Region &region) {
  uint64_t total = 0;
  region.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (!isa<scf::ForOp, scf::ParallelOp>(op))
      return WalkResult::advance();
    uint64_t w = loopWork(op); // counts the loops inside it
    total = total > UINT64_MAX - w ? UINT64_MAX : total + w;
    return WalkResult::skip();
  });
  return total;
}

/// Whether `op` sits inside another loop of its function.
bool isNested(Operation *op) {
  for (Operation *parent = op->getParentOp(); parent;
       parent = parent->getParentOp()) {
    if (isa<LoopLikeOpInterface>(parent))
      return true;
    if (parent->hasTrait<OpTrait::IsIsolatedFromAbove>())
      return false;
  }
  return false;
}

/// Replaces `op` (no results) by an scf.for nest over the same space, in
/// the same order as its dimensions.
void serialize(scf::ParallelOp op) {
  OpBuilder builder(op);
  Location loc = op.getLoc();
  IRMapping mapping;
  for (auto [iv, lb, ub, step] :
       llvm::zip(op.getInductionVars(), op.getLowerBound(),
                 op.getUpperBound(), op.getStep())) {
    auto loop = scf::ForOp::create(builder, loc, lb, ub, step);
    mapping.map(iv, loop.getInductionVar());
    builder.setInsertionPoint(loop.getBody()->getTerminator());
  }
  for (Operation &inner : op.getBody()->without_terminator())
    builder.clone(inner, mapping);
  op.erase();
}

struct SerializeParallelLoopsPass
    : public ckpt::impl::CkptSerializeParallelLoopsBase<
          SerializeParallelLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<scf::ParallelOp> serial;
    getOperation()->walk([&](scf::ParallelOp op) {
      bool keep = !isNested(op) && op.getNumResults() == 0 &&
                  loopWork(op) >= minIterations;
      if (keep)
        ++numParallel;
      else
        serial.push_back(op);
    });
    // The walk is post-order: inner loops are serialized before the loops
    // holding them are cloned.
    for (scf::ParallelOp op : serial)
      if (op.getNumResults() == 0) {
        serialize(op);
        ++numSerialized;
      }
  }
};

} // namespace
