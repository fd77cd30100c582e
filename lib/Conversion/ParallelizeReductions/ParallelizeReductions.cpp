//===- ParallelizeReductions.cpp - reductions as atomic parallel loops ----===//
//
// GPU threads come from scf.parallel dimensions only. A reduction dimension
// becomes one when the combiner is an atomic read-modify-write: each
// iteration computes its term and folds it into the (initialized) output.
// Float sums then depend on scheduling order, like every parallel GPU sum.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/TypeSwitch.h"

#define DEBUG_TYPE "ckpt-parallelize-reductions"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTPARALLELIZEREDUCTIONS
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {

std::optional<arith::AtomicRMWKind> atomicKind(Operation *combiner) {
  using K = arith::AtomicRMWKind;
  return llvm::TypeSwitch<Operation *, std::optional<K>>(combiner)
      .Case([](arith::AddFOp) { return K::addf; })
      .Case([](arith::MaximumFOp) { return K::maximumf; })
      .Case([](arith::MinimumFOp) { return K::minimumf; })
      .Case([](arith::MaxNumFOp) { return K::maxnumf; })
      .Case([](arith::MinNumFOp) { return K::minnumf; })
      .Case([](arith::AddIOp) { return K::addi; })
      .Case([](arith::MaxSIOp) { return K::maxs; })
      .Case([](arith::MinSIOp) { return K::mins; })
      .Case([](arith::MaxUIOp) { return K::maxu; })
      .Case([](arith::MinUIOp) { return K::minu; })
      .Default([](Operation *) { return std::nullopt; });
}

/// A reduction whose body ends in `yield(combiner(acc, term))`.
struct AtomicReduction {
  Operation *combiner;
  Value term; // the operand that is not the accumulator
  arith::AtomicRMWKind kind;
};

std::optional<AtomicReduction> matchAtomic(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1 || op.getNumReductionLoops() == 0 ||
      !op.hasPureBufferSemantics())
    return std::nullopt;
  for (int64_t size : op.getStaticLoopRanges())
    if (ShapedType::isDynamic(size))
      return std::nullopt;
  Block *body = op.getBlock();
  BlockArgument acc = body->getArguments().back();
  Value yielded = body->getTerminator()->getOperand(0);
  Operation *combiner = yielded.getDefiningOp();
  if (!combiner || combiner->getBlock() != body ||
      combiner->getNumOperands() != 2 || !acc.hasOneUse() ||
      !yielded.hasOneUse())
    return std::nullopt;
  std::optional<arith::AtomicRMWKind> kind = atomicKind(combiner);
  if (!kind)
    return std::nullopt;
  Value term;
  if (combiner->getOperand(0) == acc)
    term = combiner->getOperand(1);
  else if (combiner->getOperand(1) == acc)
    term = combiner->getOperand(0);
  else
    return std::nullopt;
  return AtomicReduction{combiner, term, *kind};
}

/// The elements `map` selects at iteration `ivs`.
SmallVector<Value> indicesAt(OpBuilder &b, Location loc, AffineMap map,
                             ValueRange ivs) {
  SmallVector<Value> indices;
  for (AffineExpr expr : map.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      indices.push_back(ivs[dim.getPosition()]);
      continue;
    }
    indices.push_back(affine::AffineApplyOp::create(
        b, loc, AffineMap::get(map.getNumDims(), 0, expr), ivs));
  }
  return indices;
}

void rewriteAtomic(linalg::LinalgOp op, const AtomicReduction &red) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  SmallVector<Value> lbs, ubs, steps;
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  for (int64_t size : op.getStaticLoopRanges()) {
    lbs.push_back(zero);
    ubs.push_back(arith::ConstantIndexOp::create(b, loc, size));
    steps.push_back(one);
  }
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  scf::ParallelOp::create(
      b, loc, lbs, ubs, steps, [&](OpBuilder &nb, Location l, ValueRange ivs) {
        IRMapping mapping;
        Block *body = op.getBlock();
        for (OpOperand *input : op.getDpsInputOperands()) {
          Value v = input->get();
          BlockArgument arg = op.getMatchingBlockArgument(input);
          if (!isa<MemRefType>(v.getType())) {
            mapping.map(arg, v);
            continue;
          }
          SmallVector<Value> idx = indicesAt(
              nb, l, maps[input->getOperandNumber()], ivs);
          mapping.map(arg, memref::LoadOp::create(nb, l, v, idx));
        }
        for (Operation &inner : body->without_terminator()) {
          if (&inner == red.combiner)
            continue;
          if (auto index = dyn_cast<linalg::IndexOp>(inner)) {
            mapping.map(index.getResult(), ivs[index.getDim()]);
            continue;
          }
          nb.clone(inner, mapping);
        }
        OpOperand *init = op.getDpsInitOperand(0);
        SmallVector<Value> outIdx =
            indicesAt(nb, l, maps[init->getOperandNumber()], ivs);
        memref::AtomicRMWOp::create(nb, l, red.kind,
                                    mapping.lookupOrDefault(red.term),
                                    init->get(), outIdx);
      });
  op->erase();
}

/// No parallel dimension to spread: keep the op, inside a one-iteration
/// parallel loop, so it still becomes a (one-thread) kernel.
void wrapSerial(linalg::LinalgOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  auto loop = scf::ParallelOp::create(b, loc, ValueRange{zero},
                                      ValueRange{one}, ValueRange{one});
  op->moveBefore(loop.getBody()->getTerminator());
}

struct ParallelizeReductionsPass
    : public ckpt::impl::CkptParallelizeReductionsBase<
          ParallelizeReductionsPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.hasPureBufferSemantics() &&
          !op->getParentOfType<scf::ParallelOp>())
        ops.push_back(op);
    });
    for (linalg::LinalgOp op : ops) {
      if (std::optional<AtomicReduction> red = matchAtomic(op)) {
        rewriteAtomic(op, *red);
        ++numAtomic;
      } else if (op.getNumParallelLoops() == 0) {
        wrapSerial(op);
        ++numSerial;
      }
    }
  }
};

} // namespace
