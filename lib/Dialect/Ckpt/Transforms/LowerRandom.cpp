//===- LowerRandom.cpp - --ckpt-lower-random ------------------------------===//
//
// Philox-4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2,
// 3", SC 2011), the generator cuRAND, JAX and PyTorch's CUDA backend use:
// counter-based, so each element is a pure function of (seed, offset + its
// index) and a recomputation redraws it exactly. Everything is i32/i64
// arith, which the host and GPU lowerings both take as they are.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/LowerRandom.h"
#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#define DEBUG_TYPE "ckpt-lower-random"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTLOWERRANDOM
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

namespace {
// The Philox-4x32 multipliers and Weyl key increments.
constexpr uint32_t kMul0 = 0xD2511F53u;
constexpr uint32_t kMul1 = 0xCD9E8D57u;
constexpr uint32_t kWeyl0 = 0x9E3779B9u;
constexpr uint32_t kWeyl1 = 0xBB67AE85u;
constexpr unsigned kRounds = 10;

/// Builds i32/i64 arith at one place.
struct IntBuilder {
  OpBuilder &b;
  Location loc;

  Value i32(uint32_t value) {
    return arith::ConstantOp::create(
        b, loc, b.getI32IntegerAttr(static_cast<int32_t>(value)));
  }
  Value i64(uint64_t value) {
    return arith::ConstantOp::create(
        b, loc, b.getI64IntegerAttr(static_cast<int64_t>(value)));
  }
  Value lo32(Value v) {
    return arith::TruncIOp::create(b, loc, b.getI32Type(), v);
  }
  Value hi32(Value v) {
    return lo32(arith::ShRUIOp::create(b, loc, v, i64(32)));
  }
  Value xor3(Value x, Value y, Value z) {
    return arith::XOrIOp::create(b, loc, arith::XOrIOp::create(b, loc, x, y),
                                 z);
  }
};
} // namespace

Value mlir::ckpt::buildPhiloxUniform(OpBuilder &b, Location loc, Value seed,
                                     Value counter, FloatType type) {
  IntBuilder ib{b, loc};
  Value key[2] = {ib.lo32(seed), ib.hi32(seed)};
  Value zero = ib.i32(0);
  Value ctr[4] = {ib.lo32(counter), ib.hi32(counter), zero, zero};
  Value mul0 = ib.i32(kMul0), mul1 = ib.i32(kMul1);
  Value weyl0 = ib.i32(kWeyl0), weyl1 = ib.i32(kWeyl1);
  for (unsigned round = 0; round < kRounds; ++round) {
    if (round != 0) {
      key[0] = arith::AddIOp::create(b, loc, key[0], weyl0);
      key[1] = arith::AddIOp::create(b, loc, key[1], weyl1);
    }
    auto p0 = arith::MulUIExtendedOp::create(b, loc, mul0, ctr[0]);
    auto p1 = arith::MulUIExtendedOp::create(b, loc, mul1, ctr[2]);
    Value next[4] = {ib.xor3(p1.getHigh(), ctr[1], key[0]), p1.getLow(),
                     ib.xor3(p0.getHigh(), ctr[3], key[1]), p0.getLow()};
    std::copy(std::begin(next), std::end(next), std::begin(ctr));
  }
  // The top mantissa-width bits of the first word(s), scaled into [0, 1):
  // exact, so every target produces the same value.
  if (type.isF32()) {
    Value bits = arith::ShRUIOp::create(b, loc, ctr[0], ib.i32(8));
    Value value = arith::UIToFPOp::create(b, loc, type, bits);
    Value scale =
        arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, 0x1p-24));
    return arith::MulFOp::create(b, loc, value, scale);
  }
  Value high = arith::ExtUIOp::create(b, loc, b.getI64Type(), ctr[0]);
  Value low = arith::ExtUIOp::create(b, loc, b.getI64Type(), ctr[1]);
  Value word = arith::OrIOp::create(
      b, loc, arith::ShLIOp::create(b, loc, high, ib.i64(32)), low);
  Value bits = arith::ShRUIOp::create(b, loc, word, ib.i64(11));
  Value value = arith::UIToFPOp::create(b, loc, type, bits);
  Value scale =
      arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, 0x1p-53));
  return arith::MulFOp::create(b, loc, value, scale);
}

void mlir::ckpt::lowerRandomUniform(RewriterBase &rewriter,
                                    RandomUniformOp op) {
  rewriter.setInsertionPoint(op);
  auto type = cast<RankedTensorType>(op.getType());
  auto element = cast<FloatType>(type.getElementType());
  Location loc = op.getLoc();
  Value seed = op.getSeed(), offset = op.getOffset();
  int64_t rank = type.getRank();
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, type.getShape(), element);
  SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(rank)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  ArrayRef<int64_t> shape = type.getShape();
  auto generic = linalg::GenericOp::create(
      rewriter, loc, TypeRange{type}, ValueRange{}, ValueRange{empty}, maps,
      iterators, [&](OpBuilder &b, Location bodyLoc, ValueRange) {
        // Row-major linear index, as i64.
        Value linear;
        for (int64_t dim = 0; dim < rank; ++dim) {
          Value index = linalg::IndexOp::create(b, bodyLoc, dim);
          if (!linear) {
            linear = index;
            continue;
          }
          Value size = arith::ConstantIndexOp::create(b, bodyLoc, shape[dim]);
          linear = arith::AddIOp::create(
              b, bodyLoc, arith::MulIOp::create(b, bodyLoc, linear, size),
              index);
        }
        if (!linear) // A 0-d result is element 0.
          linear = arith::ConstantIndexOp::create(b, bodyLoc, 0);
        Value counter = arith::AddIOp::create(
            b, bodyLoc, offset,
            arith::IndexCastUIOp::create(b, bodyLoc, b.getI64Type(), linear));
        Value value = buildPhiloxUniform(b, bodyLoc, seed, counter, element);
        linalg::YieldOp::create(b, bodyLoc, value);
      });
  // Marks such as the min cut's ckpt.recomputed are what keep CSE from
  // merging a redraw in the backward with the forward's draw.
  for (NamedAttribute attr : op->getDiscardableAttrs()) {
    empty.getDefiningOp()->setAttr(attr.getName(), attr.getValue());
    generic->setAttr(attr.getName(), attr.getValue());
  }
  rewriter.replaceOp(op, generic.getResults());
}

namespace {
struct LowerRandomUniform : public OpRewritePattern<RandomUniformOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(RandomUniformOp op,
                                PatternRewriter &rewriter) const override {
    lowerRandomUniform(rewriter, op);
    return success();
  }
};

struct LowerRandomPass
    : public ckpt::impl::CkptLowerRandomBase<LowerRandomPass> {
  void runOnOperation() override {
    SmallVector<RandomUniformOp> ops;
    getOperation()->walk([&](RandomUniformOp op) { ops.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (RandomUniformOp op : ops)
      lowerRandomUniform(rewriter, op);
    numLowered += ops.size();
  }
};
} // namespace

void mlir::ckpt::populateLowerRandomPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerRandomUniform>(patterns.getContext());
}
